"""Compare: two or more articles side by side: themes, actors and speakers, proposals, and the
principles they share or not."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from sco_app import compare, data, figures, render, ui

COMPARE_KEY = "compare_articles"
# The chosen ids, joined by commas, in a hidden text input bound to the URL (``?compare=a,b``), so a
# link opens the same comparison. A bound multiselect would put the shown titles in the URL.
LINK_KEY = "compare"

ui.require_entrypoint(__file__)
titles = data.article_titles()

st.title("Compare")
st.caption("Whole articles side by side; the sidebar filters do not apply here.")
if len(titles) < 2:
    st.info("Only the default article is here: add articles to compare them.", icon=":material/compare:")
    st.page_link(str(Path(__file__).with_name("add.py")), label="Add articles", icon=":material/add:")
    st.stop()


def remember_choice() -> None:
    """Callback of the multiselect: the URL follows the choice."""
    st.session_state[LINK_KEY] = ",".join(st.session_state[COMPARE_KEY])


st.text_input("Compared article ids", key=LINK_KEY, bind="query-params", max_chars=1000)
linked = list(dict.fromkeys(a for a in str(st.session_state.get(LINK_KEY) or "").split(",") if a))
# Ids this visitor cannot open (another dashboard's or session's, removed, or mistyped) are left
# out with one notice, counted, never named: the same whatever the reason.
unknown = [a for a in linked if a not in titles]
current = data.current_article()
if linked:
    st.session_state[COMPARE_KEY] = [a for a in linked if a in titles]
elif COMPARE_KEY in st.session_state:
    st.session_state[COMPARE_KEY] = [a for a in st.session_state[COMPARE_KEY] if a in titles]
else:
    st.session_state[COMPARE_KEY] = [current, next(a for a in titles if a != current)]
chosen = st.multiselect(
    "Articles",
    list(titles),
    format_func=lambda article: titles.get(article, article),
    key=COMPARE_KEY,
    on_change=remember_choice,
    placeholder="Choose two or more articles",
    help="The choice is kept in the page address: copy it to share this comparison.",
)
if unknown:
    st.warning(
        f"{len(unknown)} article(s) in the link are not in this dashboard and were left out.",
        icon=":material/link_off:",
    )
if len(chosen) < 2:
    st.info("Choose two or more articles to compare.", icon=":material/compare:")
    st.stop()

extractions = [data.extraction_for(article) for article in chosen]
names = compare.article_names(extractions)
labels, colors = data.theme_labels(), data.theme_colors()

shares = compare.theme_share_frame(extractions, labels=labels, colors=colors)
if shares.empty:
    st.info("None of these articles names a theme of the taxonomy.")
else:
    st.plotly_chart(figures.figure_compare_themes(shares), width="stretch", key="compare_themes")

st.header("Speakers")
speakers = compare.speakers_frame(extractions)
if speakers.empty:
    st.info("No statements with a speaker in these articles.")
else:
    st.dataframe(speakers, hide_index=True, key="compare_speakers")
    ui.downloads(speakers, name="compare_speakers")

st.header("Actors")
actors = compare.actors_frame(extractions)
st.caption("Mentions of each actor in each article.")
st.dataframe(actors, hide_index=True, key="compare_actors")
ui.downloads(actors, name="compare_actors")

st.header("Proposals")
for number, (column, name, ex) in enumerate(
    zip(st.columns(len(extractions)), names, extractions, strict=True)
):
    with column:
        st.subheader(render.escape_markdown(name))
        proposals = compare.proposals_table(ex)
        if proposals.empty:
            st.caption("No enumerated proposals.")
        else:
            st.dataframe(proposals, hide_index=True)
            ui.downloads(proposals, name=f"compare_proposals_{number + 1}")

st.header("Principles")
principles = compare.principles_frame(extractions)
if principles.empty:
    st.info("None of these articles names a list of principles.")
else:
    shared = int((principles["shared by"] == len(extractions)).sum())
    st.caption(f"{shared} of {len(principles)} principles are named by every article chosen.")
    st.dataframe(principles, hide_index=True, key="compare_principles")
    ui.downloads(principles, name="compare_principles")
