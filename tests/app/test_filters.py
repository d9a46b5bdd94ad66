"""The pure filter rules of the dashboard, on a hand-made extraction with known answers."""

from __future__ import annotations

import pytest

from sco_app.filters import (
    Filters,
    filter_actors,
    filter_lists,
    filter_proposals,
    filter_statements,
    matching_sentences,
    theme_filter_after_click,
    themes_from_selection,
    unknown_values,
)


def test_no_filter_keeps_everything(tiny) -> None:
    none = Filters()
    assert not none.active
    assert len(filter_statements(tiny.statements, none)) == 2
    assert len(filter_proposals(tiny.proposals, none)) == 2
    assert len(filter_lists(tiny, tiny.lists, none)) == 3
    assert len(filter_actors(tiny, none)) == 2
    assert matching_sentences(tiny, none) == {0, 1, 2, 3, 4}


@pytest.mark.parametrize(
    ("filters", "speakers", "ordinals", "sentences", "actors", "items"),
    [
        (Filters(themes=("health",)), ["Alice Ames"], [2], {0, 4}, ["Alice Ames"], []),
        (
            Filters(themes=("health", "security")),
            ["Alice Ames", "Bob Bern"],
            [2],
            {0, 1, 4},
            ["Alice Ames", "Bob Bern"],
            [],
        ),
        (Filters(themes=("climate",)), [], [], set(), [], []),
        (Filters(actors=("Bob Bern",)), ["Bob Bern"], [], {1}, ["Bob Bern"], []),
        (Filters(actors=("Alice Ames",)), ["Alice Ames"], [1, 2], {0}, ["Alice Ames"], []),
        # The kind applies to statements, their sentences and speakers, not to proposals or lists.
        (
            Filters(kind="direct"),
            ["Bob Bern"],
            [1, 2],
            {1},
            ["Bob Bern"],
            ["trust", "equality", "consultation"],
        ),
        (
            Filters(kind="reported"),
            ["Alice Ames"],
            [1, 2],
            {0},
            ["Alice Ames"],
            ["trust", "equality", "consultation"],
        ),
        # Search ignores case and looks at the text, the speaker and the list's sentence.
        (Filters(q="TERRORISM"), ["Bob Bern"], [], {1}, [], []),
        (Filters(q="alice"), ["Alice Ames"], [1, 2], {0}, ["Alice Ames"], []),
        (Filters(q="equality"), [], [], {2}, [], ["trust", "equality", "consultation"]),
        (Filters(q="expand trade"), [], [1], {3}, [], []),
        (
            Filters(q="   "),
            ["Alice Ames", "Bob Bern"],
            [1, 2],
            {0, 1, 2, 3, 4},
            ["Alice Ames", "Bob Bern"],
            ["trust", "equality", "consultation"],
        ),
        # Filters combine with AND.
        (Filters(themes=("trade",), actors=("Alice Ames",)), ["Alice Ames"], [1], {0}, ["Alice Ames"], []),
        (Filters(themes=("security",), kind="reported"), [], [], set(), [], []),
    ],
)
def test_filters(tiny, filters, speakers, ordinals, sentences, actors, items) -> None:
    assert list(filter_statements(tiny.statements, filters)["speaker"]) == speakers
    assert list(filter_proposals(tiny.proposals, filters)["ordinal"]) == ordinals
    assert matching_sentences(tiny, filters) == sentences
    assert list(filter_actors(tiny, filters)["name"]) == actors
    assert list(filter_lists(tiny, tiny.lists, filters)["item"]) == items


def test_filtered_tables_keep_their_columns_and_a_fresh_index(tiny) -> None:
    shown = filter_statements(tiny.statements, Filters(kind="direct"))
    assert list(shown.columns) == list(tiny.statements.columns)
    assert list(shown.index) == [0]
    empty = filter_proposals(tiny.proposals, Filters(themes=("climate",)))
    assert empty.empty and list(empty.columns) == list(tiny.proposals.columns)


def test_filtering_never_changes_its_input(tiny) -> None:
    before = tiny.statements.copy()
    filter_statements(tiny.statements, Filters(themes=("health",), q="x"))
    assert tiny.statements.equals(before)


def test_actor_statement_counts_follow_theme_and_kind(tiny) -> None:
    counts = filter_actors(tiny, Filters())
    assert dict(zip(counts["name"], counts["statements"], strict=True)) == {"Alice Ames": 1, "Bob Bern": 1}
    on_security = filter_actors(tiny, Filters(themes=("security",)))
    assert dict(zip(on_security["name"], on_security["statements"], strict=True)) == {"Bob Bern": 1}


def test_active_and_without_themes() -> None:
    assert Filters(q="x").active and Filters(kind="direct").active and Filters(themes=("a",)).active
    assert Filters(themes=("a",), actors=("b",), kind="direct", q="x").without_themes() == Filters(
        actors=("b",), kind="direct", q="x"
    )


@pytest.mark.parametrize(
    ("requested", "known", "expected"),
    [
        (["health", "nonsense", "nonsense", "x"], {"health"}, ["nonsense", "x"]),
        (["health"], {"health", "trade"}, []),
        ([], {"health"}, []),
        (["<script>"], {"health"}, ["<script>"]),
    ],
)
def test_unknown_values(requested, known, expected) -> None:
    assert unknown_values(requested, known) == expected


KNOWN = {"health", "trade", "security"}


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([{"customdata": "health", "y": "Health", "x": 3}], ["health"]),
        ([{"customdata": ["trade"], "y": "Trade"}], ["trade"]),
        # Without customdata, the category itself may be the id.
        ([{"y": "security", "x": 2}], ["security"]),
        ([{"x": "trade", "y": 1}], ["trade"]),
        ([{"customdata": "health"}, {"customdata": "trade"}, {"customdata": "health"}], ["health", "trade"]),
        ([{"customdata": "unknown", "y": "Unknown"}], []),
        ([{"y": "Health"}], []),  # a label is not an id
        ([], []),
    ],
)
def test_themes_from_selection(points, expected) -> None:
    assert themes_from_selection(points, KNOWN) == expected


@pytest.mark.parametrize(
    ("current", "clicked", "expected"),
    [
        ([], ["health"], ["health"]),
        (["trade"], ["health"], ["health"]),
        (["health"], ["health"], []),  # clicking the chosen bar again clears it
        (["health", "trade"], ["trade", "health"], []),
        (["health", "trade"], ["health"], ["health"]),
        (["health"], [], ["health"]),  # a click beside the bars changes nothing
    ],
)
def test_theme_filter_after_click(current, clicked, expected) -> None:
    assert theme_filter_after_click(current, clicked) == expected
