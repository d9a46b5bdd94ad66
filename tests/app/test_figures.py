"""Chart data and figures: the right counts, and one colour per theme (the taxonomy's)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from sco_app.figures import (
    KIND_COLORS,
    article_map_frame,
    circle_layout,
    cooccurrence_frame,
    figure_actor_network,
    figure_actor_themes,
    figure_article_map,
    figure_lists,
    figure_proposals_by_theme,
    figure_themes,
    figure_top_speakers,
    list_items_frame,
    speaker_counts_frame,
    theme_counts_frame,
    theme_rows_frame,
)
from sco_app.filters import Filters
from sco_app.ui import table_csv, table_json


def test_theme_counts_ignore_the_theme_filter_and_mark_the_chosen(tiny, labels, colors) -> None:
    counts = theme_counts_frame(tiny, Filters(themes=("security",)), labels=labels, colors=colors)
    assert dict(zip(counts["theme"], counts["sentences"], strict=True)) == {
        "health": 2,
        "trade": 2,
        "security": 1,
    }
    assert list(counts.loc[counts["selected"], "theme"]) == ["security"]
    assert dict(zip(counts["theme"], counts["color"], strict=True)) == {t: colors[t] for t in counts["theme"]}


def test_theme_counts_follow_the_other_filters(tiny, labels, colors) -> None:
    counts = theme_counts_frame(
        tiny, Filters(kind="direct", themes=("climate",)), labels=labels, colors=colors
    )
    # Only Bob's direct sentence passes; climate stays listed because it is chosen.
    assert dict(zip(counts["theme"], counts["sentences"], strict=True)) == {"security": 1, "climate": 0}


def test_theme_bars_carry_theme_ids_and_colours(tiny, labels, colors) -> None:
    counts = theme_counts_frame(tiny, Filters(themes=("health",)), labels=labels, colors=colors)
    bar = figure_themes(counts).data[0]
    assert list(bar.customdata) == list(counts["theme"])
    assert list(bar.marker.color) == [colors[t] for t in counts["theme"]]
    assert list(bar.marker.opacity) == [1.0 if t == "health" else 0.35 for t in counts["theme"]]
    assert list(bar.y) == [labels[t] for t in counts["theme"]]


def test_article_map_places_themes_and_speakers(tiny, labels, colors) -> None:
    lanes = article_map_frame(tiny, {1}, tiny.statements, labels=labels, colors=colors)
    themes = lanes.loc[lanes["group"] == "theme"]
    assert set(zip(themes["sent_id"], themes["key"], strict=True)) == {
        (0, "trade"),
        (0, "health"),
        (1, "security"),
        (3, "trade"),
        (4, "health"),
    }
    speakers = lanes.loc[lanes["group"] == "speaker"]
    assert list(zip(speakers["sent_id"], speakers["lane"], speakers["matched"], strict=True)) == [
        (0, "Alice Ames", False),
        (1, "Bob Bern", True),
    ]
    fig = figure_article_map(lanes, sentences=5)
    themes_trace, speakers_trace = fig.data
    assert set(zip(themes_trace.y, themes_trace.marker.color, strict=True)) == {
        ("Health", colors["health"]),
        ("Trade", colors["trade"]),
        ("Security", colors["security"]),
    }
    assert list(speakers_trace.x) == [1, 2] and list(speakers_trace.marker.opacity) == [0.2, 1.0]
    assert list(fig.layout.xaxis.range) == [0.5, 5.5]


def test_top_speakers(tiny) -> None:
    counts = speaker_counts_frame(pd.concat([tiny.statements, tiny.statements.iloc[[0]]]))
    assert list(counts["speaker"]) == ["Alice Ames", "Bob Bern"]
    assert list(counts["statements"]) == [2, 1]
    fig = figure_top_speakers(counts)
    assert [trace.marker.color for trace in fig.data] == [KIND_COLORS["direct"], KIND_COLORS["reported"]]


def test_proposals_by_theme(tiny, labels, colors) -> None:
    counts = theme_rows_frame(tiny.proposals, labels=labels, colors=colors)
    assert list(zip(counts["theme"], counts["count"], strict=True)) == [("health", 1), ("trade", 1)]
    bar = figure_proposals_by_theme(counts).data[0]
    assert list(bar.marker.color) == [colors["health"], colors["trade"]]


def test_who_speaks_about_what(tiny, labels, colors) -> None:
    counts = theme_rows_frame(tiny.statements, labels=labels, colors=colors, by="speaker")
    assert set(zip(counts["speaker"], counts["theme"], counts["count"], strict=True)) == {
        ("Alice Ames", "health", 1),
        ("Alice Ames", "trade", 1),
        ("Bob Bern", "security", 1),
    }
    fig = figure_actor_themes(counts)
    assert {trace.name: trace.marker.color for trace in fig.data} == {
        "Health": colors["health"],
        "Security": colors["security"],
        "Trade": colors["trade"],
    }


def test_lists_treemap(tiny) -> None:
    items = list_items_frame(tiny.lists)
    treemap = figure_lists(items).data[0]
    assert list(treemap.labels) == ["Spirit (principle)", "trust", "equality", "consultation"]
    assert list(treemap.parents) == ["", "list-0", "list-0", "list-0"]
    assert len(set(treemap.ids)) == 4


def test_cooccurrence_network(tiny) -> None:
    nodes, edges = cooccurrence_frame(tiny, {0, 1, 2, 3, 4})
    assert set(nodes["name"]) == {"Alice Ames", "Bob Bern"}
    assert edges.empty  # they never share a sentence
    merged = tiny.mentions.assign(sent_id=0)
    nodes, edges = cooccurrence_frame(type(tiny)(**{**vars(tiny), "mentions": merged}), {0})
    assert list(zip(edges["source"], edges["target"], edges["sentences"], strict=True)) == [
        ("Alice Ames", "Bob Bern", 1)
    ]
    fig = figure_actor_network(nodes, edges)
    lines, people = fig.data  # one edge weight, one node type
    assert list(lines.x)[:2] == [pytest.approx(0.0), pytest.approx(0.0)] and list(lines.y)[:2] == [1.0, -1.0]
    assert list(people.text) == ["Alice Ames", "Bob Bern"]
    json.loads(fig.to_json())


def test_circle_layout_spreads_names() -> None:
    positions = circle_layout(["a", "b", "c", "d"])
    assert positions["a"] == pytest.approx((0.0, 1.0))
    assert len(set(positions.values())) == 4


def test_empty_tables_give_empty_charts_not_errors(tiny, labels, colors) -> None:
    no_statements = tiny.statements.iloc[0:0]
    assert all(len(trace.x) == 0 for trace in figure_top_speakers(speaker_counts_frame(no_statements)).data)
    assert theme_rows_frame(no_statements, labels=labels, colors=colors).empty
    assert theme_counts_frame(tiny, Filters(q="nothing at all"), labels=labels, colors=colors).empty


def test_downloads_read_back(tiny) -> None:
    csv = table_csv(tiny.statements).decode("utf-8")
    back = pd.read_csv(pd.io.common.StringIO(csv))
    assert list(back.columns) == list(tiny.statements.columns)
    assert [json.loads(v) for v in back["themes"]] == [["trade", "health"], ["security"]]
    rows = json.loads(table_json(tiny.statements))
    assert [row["speaker"] for row in rows] == ["Alice Ames", "Bob Bern"]
    assert rows[1]["text"].startswith('"We will fight terrorism <together>')
