"""Statements: one quote card per statement, in article order, each with its review tools."""

from __future__ import annotations

import streamlit as st

from sco_app import data, render, review, ui
from sco_app.filters import filter_statements

ui.require_entrypoint(__file__)
article = data.current_article()
ex = data.current_extraction()
filters = ui.current_filters()
labels, colors = data.theme_labels(), data.theme_colors()

st.title("Statements")
review.show_error()
review.needs_attention(ex, article)
unreviewed = st.toggle(
    "Unreviewed only",
    key=review.UNREVIEWED,
    bind="query-params",
    help="Keep the statements no analyst has confirmed or corrected yet.",
)
statements = filter_statements(ex.statements, filters, actors=ex.actors).sort_values("start", kind="stable")
if unreviewed:
    statements = statements.loc[~statements["reviewed"].astype(bool)]
reviewed = int(ex.statements["reviewed"].sum()) if len(ex.statements) else 0
st.caption(
    f"{len(statements)} of {len(ex.statements)} statements shown · "
    f"{reviewed} of {len(ex.statements)} statements reviewed"
)

if statements.empty:
    ui.empty_state("statements", key="clear_filters_statements", total=len(ex.statements))
else:
    ui.downloads(statements, name="statements")
    review.export_buttons(ex, article)
    corrections = data.corrections_for(article)
    first_para = int(ex.sentences["para_id"].min()) if not ex.sentences.empty else 0
    for statement in statements.to_dict("records"):
        label = render.card_label(
            statement["speaker"], statement["kind"], render.statement_opening(ex.text, statement)
        )
        if statement["origin"] == "analyst":
            label += " · corrected"
        icon = ":material/format_quote:" if statement["kind"] == "direct" else ":material/record_voice_over:"
        with st.expander(label, icon=icon, key=f"statement_{statement['start']}_{statement['end']}"):
            st.html(
                render.quote_card_html(ex, statement, labels=labels, colors=colors, first_para=first_para)
            )
            review.statement_tools(ex, article, statement, corrections)
