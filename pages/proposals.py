"""Proposals: the enumerated proposals in order, by set, with proposer, counts, themes and actions."""

from __future__ import annotations

import streamlit as st

from sco_app import data, figures, render, review, ui
from sco_app.filters import filter_proposals

TABLE_COLUMNS = [
    "set_label",
    "ordinal",
    "proposer",
    "text",
    "themes",
    "actions",
    "declared_count",
    "found_count",
    "count_mismatch",
    "origin",
]

ui.require_entrypoint(__file__)
article = data.current_article()
ex = data.current_extraction()
filters = ui.current_filters()
labels, colors = data.theme_labels(), data.theme_colors()

st.title("Proposals")
review.show_error()
review.item_form(ex, article, "proposals")
proposals = filter_proposals(ex.proposals, filters).sort_values(["start", "ordinal"], kind="stable")
st.caption(f"{len(proposals)} of {len(ex.proposals)} proposals shown")

if proposals.empty:
    ui.empty_state("proposals", key="clear_filters_proposals", total=len(ex.proposals))
else:
    by_theme = figures.theme_rows_frame(proposals, labels=labels, colors=colors)
    if not by_theme.empty:
        st.plotly_chart(figures.figure_proposals_by_theme(by_theme), width="stretch")
    for rows in render.proposal_sets(proposals):
        first = rows.iloc[0]
        declared, found = render.count_text(first["declared_count"]), render.count_text(first["found_count"])
        st.subheader(render.escape_markdown(str(first["set_label"] or "Proposals")))
        st.caption(
            f"Proposed by {render.escape_markdown(str(first['proposer'] or 'an unnamed proposer'))} · "
            f"declared: {declared} · found: {found}"
        )
        if bool(first["count_mismatch"]):
            st.warning(f"The article announces {declared} items, but {found} were found.")
        for proposal in rows.to_dict("records"):
            with st.container(border=True):
                st.html(render.proposal_html(proposal, labels=labels, colors=colors))
    st.subheader("Table")
    st.dataframe(proposals[TABLE_COLUMNS], hide_index=True)
    ui.downloads(proposals, name="proposals")
