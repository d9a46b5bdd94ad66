"""Principles and pillars: every named list (principles, pillars, threats, others) and its evidence."""

from __future__ import annotations

import streamlit as st

from sco_app import data, figures, render, review, ui
from sco_app.filters import filter_lists

ui.require_entrypoint(__file__)
article = data.current_article()
ex = data.current_extraction()
filters = ui.current_filters()

st.title("Principles and pillars")
review.show_error()
review.item_form(ex, article, "lists")
lists = filter_lists(ex, ex.lists, filters).sort_values(["list_id", "position"], kind="stable")
st.caption(f"{len(lists)} of {len(ex.lists)} list items shown")

if lists.empty:
    ui.empty_state("named lists", key="clear_filters_principles", total=len(ex.lists))
else:
    st.plotly_chart(figures.figure_lists(figures.list_items_frame(lists)), width="stretch")
    for _, items in lists.groupby("list_id", sort=False):
        first = items.iloc[0]
        with st.container(border=True):
            st.markdown(
                f"**{render.escape_markdown(render.list_title(first['label'], first['sent_id']))}** ·"
                f" {render.escape_markdown(str(first['kind']))}"
            )
            st.html(render.list_card_html(ex, items))
    st.subheader("Table")
    st.dataframe(
        lists[["label", "kind", "position", "item", "sent_id", "start", "end", "origin"]], hide_index=True
    )
    ui.downloads(lists, name="lists")
