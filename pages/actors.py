"""Actors: who appears, who speaks about what, and who occurs together."""

from __future__ import annotations

import streamlit as st

from sco_app import data, figures, review, ui
from sco_app.filters import filter_actors, filter_statements, matching_sentences

ui.require_entrypoint(__file__)
article = data.current_article()
ex = data.current_extraction()
filters = ui.current_filters()
labels, colors = data.theme_labels(), data.theme_colors()

st.title("Actors")
review.show_error()
review.actor_form(ex, article)
actors = filter_actors(ex, filters)
st.caption(f"{len(actors)} of {len(ex.actors)} actors shown")

if actors.empty:
    ui.empty_state("actors", key="clear_filters_actors", total=len(ex.actors))
else:
    table = actors[["name", "type", "title", "aliases", "mentions", "statements", "origin"]]
    st.dataframe(table, hide_index=True)
    ui.downloads(table, name="actors")
    statements = filter_statements(ex.statements, filters, actors=ex.actors)
    speaking = figures.theme_rows_frame(statements, labels=labels, colors=colors, by="speaker")
    if speaking.empty:
        st.info("None of these actors speaks on a theme under the current filters.")
    else:
        st.plotly_chart(figures.figure_actor_themes(speaking), width="stretch")
    nodes, edges = figures.cooccurrence_frame(ex, matching_sentences(ex, filters))
    if edges.empty:
        st.info("No two actors occur in the same sentence under the current filters.")
    else:
        st.plotly_chart(figures.figure_actor_network(nodes, edges), width="stretch")
