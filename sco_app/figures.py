"""Chart data and plotly figures of the dashboard: ``*_frame`` shapes a table, ``figure_*`` draws it.

Every figure takes one tidy DataFrame that already carries its labels and colours, so a
theme has the same colour in every chart (the taxonomy's). Backgrounds and fonts are left
to Streamlit's chart theme, which keeps them readable in light and dark mode.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go

from sco_app.filters import Filters, matching_sentences
from sco_app.render import list_title

if TYPE_CHECKING:
    from sco_core import Extraction

NEUTRAL = "#8c8c8c"
KIND_COLORS: dict[str, str] = {"direct": "#4c78a8", "reported": "#9ecae9"}
LIST_KIND_COLORS: dict[str, str] = {
    "principle": "#4c78a8",
    "pillar": "#59a14f",
    "threat": "#e15759",
    "other": "#9c9c9c",
}
_MARGIN = {"l": 10, "r": 10, "t": 30, "b": 10}
# Legend under the plot, in the order the traces were added (plotly reverses stacked bars).
_LEGEND_BELOW = {"orientation": "h", "y": -0.12, "yanchor": "top", "traceorder": "normal"}


def _most(values: pd.Series) -> int:
    """The largest count in a column, 0 when empty."""
    return int(values.max()) if len(values) else 0


def _layout(fig: go.Figure, *, title: str, height: int) -> go.Figure:
    fig.update_layout(title={"text": title, "x": 0}, height=height, margin=_MARGIN)
    return fig


def theme_counts_frame(
    ex: Extraction, filters: Filters, *, labels: Mapping[str, str], colors: Mapping[str, str]
) -> pd.DataFrame:
    """Sentences per theme under every filter but the theme filter, so every theme stays
    clickable; ``selected`` marks the themes chosen now. Themes with no sentence are left out
    unless chosen."""
    matched = matching_sentences(ex, filters.without_themes())
    themes = ex.themes.loc[ex.themes["sent_id"].isin(list(matched))]
    counts = themes.drop_duplicates(["sent_id", "theme"])["theme"].value_counts()
    rows = [
        {
            "theme": theme,
            "label": label,
            "color": colors.get(theme, NEUTRAL),
            "sentences": int(counts.get(theme, 0)),
            "selected": theme in filters.themes,
        }
        for theme, label in labels.items()
        if counts.get(theme, 0) or theme in filters.themes
    ]
    frame = pd.DataFrame(rows, columns=["theme", "label", "color", "sentences", "selected"])
    return frame.sort_values("sentences", ascending=False, kind="stable").reset_index(drop=True)


def figure_themes(counts: pd.DataFrame) -> go.Figure:
    """Horizontal bars of sentences per theme, one colour per theme; click a bar to filter."""
    any_selected = bool(counts["selected"].any())
    opacity = [1.0 if (s or not any_selected) else 0.35 for s in counts["selected"]]
    fig = go.Figure(
        go.Bar(
            x=counts["sentences"].tolist(),
            y=counts["label"].tolist(),
            orientation="h",
            customdata=counts["theme"].tolist(),
            marker={"color": counts["color"].tolist(), "opacity": opacity},
            hovertemplate="%{y}: %{x} sentences<br>click to filter<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="sentences", dtick=1 if _most(counts["sentences"]) < 10 else None)
    return _layout(fig, title="Themes (click a bar to filter)", height=max(220, 40 + 28 * len(counts)))


def article_map_frame(
    ex: Extraction,
    matched: Collection[int],
    statements: pd.DataFrame,
    *,
    labels: Mapping[str, str],
    colors: Mapping[str, str],
) -> pd.DataFrame:
    """Where each theme and speaker occurs, sentence by sentence: one row per (sentence, lane).

    ``statements`` are the statements to place (already filtered); ``matched`` marks the
    sentences inside the current filter.
    """
    rows = []
    theme_order = {theme: i for i, theme in enumerate(labels)}
    for sent_id, theme in ex.themes[["sent_id", "theme"]].drop_duplicates().itertuples(index=False):
        rows.append(
            {
                "sent_id": int(sent_id),
                "lane": labels.get(theme, theme),
                "group": "theme",
                "key": theme,
                "color": colors.get(theme, NEUTRAL),
                "order": theme_order.get(theme, len(theme_order)),
                "matched": int(sent_id) in matched,
            }
        )
    for sent_id, speaker in statements[["sent_id", "speaker"]].drop_duplicates().itertuples(index=False):
        rows.append(
            {
                "sent_id": int(sent_id),
                "lane": str(speaker),
                "group": "speaker",
                "key": str(speaker),
                "color": NEUTRAL,
                "order": len(theme_order) + 1,
                "matched": int(sent_id) in matched,
            }
        )
    columns = ["sent_id", "lane", "group", "key", "color", "order", "matched"]
    return (
        pd.DataFrame(rows, columns=columns).sort_values(["order", "lane", "sent_id"]).reset_index(drop=True)
    )


def figure_article_map(lanes: pd.DataFrame, *, sentences: int) -> go.Figure:
    """Dots of themes (their colours) and speakers (grey) along the article's sentences;
    dots outside the filter are faint. One trace per group keeps the figure cheap to build."""
    fig = go.Figure()
    for group, symbol in (("theme", "circle"), ("speaker", "diamond")):
        rows = lanes.loc[lanes["group"] == group]
        fig.add_trace(
            go.Scatter(
                x=(rows["sent_id"] + 1).tolist(),
                y=rows["lane"].tolist(),
                mode="markers",
                name=group,
                marker={
                    "color": rows["color"].tolist(),
                    "size": 11,
                    "symbol": symbol,
                    "opacity": [1.0 if m else 0.2 for m in rows["matched"]],
                },
                hovertemplate=f"{group} %{{y}}<br>sentence %{{x}}<extra></extra>",
                showlegend=False,
            )
        )
    order = list(dict.fromkeys(lanes["lane"]))
    fig.update_yaxes(categoryorder="array", categoryarray=order, autorange="reversed", title=None)
    fig.update_xaxes(
        title="sentence", range=[0.5, max(sentences, 1) + 0.5], dtick=1 if sentences <= 30 else None
    )
    return _layout(
        fig, title="Article map: themes and speakers by sentence", height=max(240, 60 + 24 * len(order))
    )


def speaker_counts_frame(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker and kind, the most quoted speaker first."""
    counts = statements.groupby(["speaker", "kind"]).size().rename("statements").reset_index()
    totals = counts.groupby("speaker")["statements"].sum()
    counts["total"] = counts["speaker"].map(totals)
    return counts.sort_values(["total", "speaker"], ascending=[False, True]).reset_index(drop=True)


def figure_top_speakers(counts: pd.DataFrame) -> go.Figure:
    """Stacked bars of statements per speaker, direct and reported."""
    fig = go.Figure()
    for kind in ("direct", "reported"):
        rows = counts.loc[counts["kind"] == kind]
        fig.add_trace(
            go.Bar(
                x=rows["statements"].tolist(),
                y=rows["speaker"].tolist(),
                orientation="h",
                name=kind,
                marker={"color": KIND_COLORS[kind]},
                hovertemplate=f"%{{y}}: %{{x}} {kind}<extra></extra>",
            )
        )
    speakers = list(dict.fromkeys(counts["speaker"]))
    fig.update_layout(barmode="stack", legend=_LEGEND_BELOW)
    fig.update_yaxes(categoryorder="array", categoryarray=speakers, autorange="reversed", title=None)
    fig.update_xaxes(dtick=1 if _most(counts["total"]) < 10 else None)
    return _layout(
        fig,
        title="Most quoted actors: statements, direct and reported",
        height=max(240, 110 + 32 * len(speakers)),
    )


def theme_rows_frame(
    rows: pd.DataFrame, *, labels: Mapping[str, str], colors: Mapping[str, str], by: str | None = None
) -> pd.DataFrame:
    """Rows per theme from a table with a ``themes`` list column (optionally also per ``by``)."""
    exploded = rows.explode("themes").dropna(subset=["themes"])
    keys = [by, "themes"] if by else ["themes"]
    counts = exploded.groupby(keys).size().rename("count").reset_index().rename(columns={"themes": "theme"})
    counts["label"] = counts["theme"].map(lambda t: labels.get(t, t))
    counts["color"] = counts["theme"].map(lambda t: colors.get(t, NEUTRAL))
    order = {theme: i for i, theme in enumerate(labels)}
    counts["order"] = counts["theme"].map(lambda t: order.get(t, len(order)))
    return counts.sort_values(["order", *([by] if by else [])]).reset_index(drop=True)


def figure_proposals_by_theme(counts: pd.DataFrame) -> go.Figure:
    """Bars of proposals per theme, in the theme colours."""
    fig = go.Figure(
        go.Bar(
            x=counts["label"].tolist(),
            y=counts["count"].tolist(),
            customdata=counts["theme"].tolist(),
            marker={"color": counts["color"].tolist()},
            hovertemplate="%{x}: %{y} proposals<extra></extra>",
        )
    )
    fig.update_yaxes(title="proposals", dtick=1 if _most(counts["count"]) < 10 else None)
    fig.update_xaxes(title=None)
    return _layout(fig, title="Proposals by theme", height=320)


def figure_actor_themes(counts: pd.DataFrame) -> go.Figure:
    """Who speaks about what: statements per speaker, stacked by theme in the theme colours."""
    fig = go.Figure()
    for theme, rows in counts.groupby("theme", sort=False):
        fig.add_trace(
            go.Bar(
                x=rows["count"].tolist(),
                y=rows["speaker"].tolist(),
                orientation="h",
                name=str(rows["label"].iloc[0]),
                marker={"color": rows["color"].iloc[0]},
                customdata=[theme] * len(rows),
                hovertemplate="%{y} on %{fullData.name}: %{x} statements<extra></extra>",
            )
        )
    speakers = list(counts.groupby("speaker")["count"].sum().sort_values(ascending=False).index)
    fig.update_layout(barmode="stack", legend=_LEGEND_BELOW)
    fig.update_yaxes(categoryorder="array", categoryarray=speakers, autorange="reversed", title=None)
    return _layout(
        fig, title="Who speaks about what: statements per theme", height=max(280, 140 + 32 * len(speakers))
    )


def list_items_frame(lists: pd.DataFrame) -> pd.DataFrame:
    """Named lists and their items, for the list-to-items chart."""
    frame = lists[["list_id", "label", "kind", "item", "position", "sent_id"]].sort_values(
        ["list_id", "position"]
    )
    frame = frame.assign(
        label=[list_title(label, sent) for label, sent in zip(frame["label"], frame["sent_id"], strict=True)]
    )
    return (
        frame.drop(columns="sent_id")
        .assign(color=frame["kind"].map(lambda k: LIST_KIND_COLORS.get(k, NEUTRAL)))
        .reset_index(drop=True)
    )


def figure_lists(items: pd.DataFrame) -> go.Figure:
    """A treemap of each named list (principles, pillars, threats ...) and its items."""
    groups = items.drop_duplicates("list_id")
    ids = [f"list-{g}" for g in groups["list_id"]] + [
        f"list-{r.list_id}/{r.position}" for r in items.itertuples()
    ]
    labels = [f"{r.label} ({r.kind})" for r in groups.itertuples()] + list(items["item"])
    parents = [""] * len(groups) + [f"list-{g}" for g in items["list_id"]]
    colors = list(groups["color"]) + list(items["color"])
    fig = go.Figure(
        go.Treemap(
            ids=ids,
            labels=labels,
            parents=parents,
            marker={"colors": colors},
            branchvalues="remainder",
            hovertemplate="%{label}<extra></extra>",
            textinfo="label",
        )
    )
    return _layout(fig, title="Named lists and their items", height=360)


def cooccurrence_frame(ex: Extraction, matched: Collection[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Actors that occur (or speak) in the same sentence, among the matched sentences.

    Returns ``(nodes, edges)``: nodes name, type, mentions; edges source, target, sentences.
    """
    names = dict(zip(ex.actors["actor_id"], ex.actors["name"], strict=True))
    by_sentence: dict[int, set[str]] = {}
    for sent_id, actor_id in ex.mentions[["sent_id", "actor_id"]].itertuples(index=False):
        if int(sent_id) in matched and actor_id in names:
            by_sentence.setdefault(int(sent_id), set()).add(names[actor_id])
    for sent_id, speaker in ex.statements[["sent_id", "speaker"]].itertuples(index=False):
        if int(sent_id) in matched and speaker:
            by_sentence.setdefault(int(sent_id), set()).add(str(speaker))
    pairs: Counter[tuple[str, str]] = Counter()
    seen: Counter[str] = Counter()
    for together in by_sentence.values():
        seen.update(together)
        pairs.update(combinations(sorted(together), 2))
    types = dict(zip(ex.actors["name"], ex.actors["type"], strict=True))
    nodes = pd.DataFrame(
        # Most frequent first, then by name: the layout must not depend on set order.
        [
            {"name": n, "type": types.get(n, "other"), "sentences": c}
            for n, c in sorted(seen.items(), key=lambda item: (-item[1], item[0]))
        ],
        columns=["name", "type", "sentences"],
    )
    edges = pd.DataFrame(
        [{"source": a, "target": b, "sentences": c} for (a, b), c in sorted(pairs.items())],
        columns=["source", "target", "sentences"],
    )
    return nodes, edges


def circle_layout(names: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Positions of names evenly on a circle, the first at the top."""
    count = max(len(names), 1)
    return {
        name: (
            math.cos(math.pi / 2 - 2 * math.pi * i / count),
            math.sin(math.pi / 2 - 2 * math.pi * i / count),
        )
        for i, name in enumerate(names)
    }


def figure_actor_network(nodes: pd.DataFrame, edges: pd.DataFrame) -> go.Figure:
    """Actors on a circle, joined when they occur or speak in the same sentence (thicker: more often)."""
    positions = circle_layout(list(nodes["name"]))
    fig = go.Figure()
    widest = max(_most(edges["sentences"]), 1)
    # One trace per edge weight (lines broken by None), not one per edge: cheap to build.
    for weight, rows in edges.groupby("sentences", sort=True):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for source, target in zip(rows["source"], rows["target"], strict=True):
            (x0, y0), (x1, y1) = positions[source], positions[target]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"width": 1 + 5 * int(weight) / widest, "color": "rgba(140, 140, 140, 0.6)"},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    for actor_type, rows in nodes.groupby("type", sort=False):
        fig.add_trace(
            go.Scatter(
                x=[positions[n][0] for n in rows["name"]],
                y=[positions[n][1] for n in rows["name"]],
                mode="markers+text",
                text=list(rows["name"]),
                textposition="top center",
                name=str(actor_type),
                marker={"size": [10 + 3 * min(s, 10) for s in rows["sentences"]]},
                customdata=rows["sentences"].tolist(),
                hovertemplate="%{text}: %{customdata} sentences<extra></extra>",
            )
        )
    fig.update_xaxes(visible=False, range=[-1.5, 1.5])
    fig.update_yaxes(visible=False, range=[-1.3, 1.3], scaleanchor="x")
    fig.update_layout(legend=_LEGEND_BELOW)
    return _layout(fig, title="Actors that occur or speak together", height=460)


def figure_compare_themes(shares: pd.DataFrame) -> go.Figure:
    """Grouped bars: for each article, the share of its sentences per theme, one colour per
    theme (the taxonomy's), themes in taxonomy order."""
    fig = go.Figure()
    for theme, rows in shares.groupby("theme", sort=False):
        first = rows.iloc[0]
        fig.add_trace(
            go.Bar(
                # Plotly reads a little HTML in labels (links, too); article titles are data.
                x=rows["article"].map(html.escape),
                y=rows["share"],
                name=str(first["label"]),
                marker_color=str(first["color"]),
                customdata=rows[["sentences", "total"]].to_numpy(),
                hovertemplate=f"{first['label']}: %{{y:.0%}} of sentences (%{{customdata[0]}} of %{{customdata[1]}})<extra></extra>",
                legendgroup=str(theme),
            )
        )
    fig.update_layout(
        barmode="group", legend=_LEGEND_BELOW, yaxis={"tickformat": ".0%", "title": "share of sentences"}
    )
    return _layout(fig, title="Themes: share of sentences", height=420)
