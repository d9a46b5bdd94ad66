"""Overview: what the article is, how much it holds, its themes (click to filter), where themes
and speakers occur, and who is quoted most."""

from __future__ import annotations

import streamlit as st

from sco_app import data, figures, render, ui
from sco_app.filters import (
    filter_actors,
    filter_lists,
    filter_proposals,
    filter_statements,
    matching_sentences,
)

ui.require_entrypoint(__file__)
ex = data.current_extraction()
filters = ui.current_filters()
labels, colors = data.theme_labels(), data.theme_colors()

st.title("Overview")
st.html(render.facts_html(ex.meta, title=ex.title, labels=labels, colors=colors))

statements = filter_statements(ex.statements, filters, actors=ex.actors)
counts = {
    "Actors": (len(filter_actors(ex, filters)), len(ex.actors)),
    "Statements": (len(statements), len(ex.statements)),
    "Proposals": (len(filter_proposals(ex.proposals, filters)), len(ex.proposals)),
    "Principles": (len(filter_lists(ex, ex.principles, filters)), len(ex.principles)),
}
for column, (name, (shown, total)) in zip(st.columns(len(counts)), counts.items(), strict=True):
    column.metric(name, f"{shown} of {total}" if filters.active else total)

matched = matching_sentences(ex, filters)
if not matched:
    ui.empty_state("sentences", key="clear_filters_overview", total=len(ex.sentences))

theme_counts = figures.theme_counts_frame(ex, filters, labels=labels, colors=colors)
if theme_counts.empty:
    st.info("No theme terms in the sentences that pass the other filters.")
else:
    st.plotly_chart(
        figures.figure_themes(theme_counts),
        key=ui.THEME_CHART_KEY,
        on_select=ui.apply_theme_selection,
        selection_mode="points",
        width="stretch",
    )

if matched:
    lanes = figures.article_map_frame(ex, matched, statements, labels=labels, colors=colors)
    st.plotly_chart(figures.figure_article_map(lanes, sentences=len(ex.sentences)), width="stretch")
    if statements.empty:
        st.info(
            "No statements match the current filters."
            if len(ex.statements)
            else "This article has no statements."
        )
    else:
        st.plotly_chart(
            figures.figure_top_speakers(figures.speaker_counts_frame(statements)), width="stretch"
        )
