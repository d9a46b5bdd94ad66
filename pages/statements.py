"""Statements: one quote card per statement, in article order."""

from __future__ import annotations

import streamlit as st

from sco_app import data, render, ui
from sco_app.filters import filter_statements

ui.require_entrypoint(__file__)
ex = data.current_extraction()
filters = ui.current_filters()
labels, colors = data.theme_labels(), data.theme_colors()

st.title("Statements")
statements = filter_statements(ex.statements, filters, actors=ex.actors).sort_values("start", kind="stable")
st.caption(f"{len(statements)} of {len(ex.statements)} statements shown")

if statements.empty:
    ui.empty_state("statements", key="clear_filters_statements")
else:
    ui.downloads(statements, name="statements")
    first_para = int(ex.sentences["para_id"].min()) if not ex.sentences.empty else 0
    for statement in statements.to_dict("records"):
        label = render.card_label(
            statement["speaker"], statement["kind"], render.statement_opening(ex.text, statement)
        )
        icon = ":material/format_quote:" if statement["kind"] == "direct" else ":material/record_voice_over:"
        with st.expander(label, icon=icon, key=f"statement_{statement['stmt_id']}"):
            st.html(
                render.quote_card_html(ex, statement, labels=labels, colors=colors, first_para=first_para)
            )
