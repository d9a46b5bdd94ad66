"""Source: the article itself, speakers, actors and theme terms marked; sentences outside the
filter dimmed."""

from __future__ import annotations

import streamlit as st

from sco_app import data, render, review, ui
from sco_app.filters import matching_sentences

ui.require_entrypoint(__file__)
article = data.current_article()
ex = data.current_extraction()
filters = ui.current_filters()
labels, colors = data.theme_labels(), data.theme_colors()

st.title("Source")
review.show_error()
review.missed_statement_form(ex, article)
matched = matching_sentences(ex, filters)
st.caption(f"{len(matched)} of {len(ex.sentences)} sentences match the filters")

if not matched:
    ui.empty_state("sentences", key="clear_filters_source", total=len(ex.sentences))
present = list(dict.fromkeys(ex.themes["theme"]))
st.html(render.legend_html(labels, colors, [t for t in labels if t in present]))
spans = render.source_spans(ex, colors=colors, labels=labels)
st.html(render.source_html(ex, spans, matched))
sentences = ex.sentences.loc[ex.sentences["sent_id"].isin(list(matched))]
if not sentences.empty:
    ui.downloads(sentences, name="sentences")
