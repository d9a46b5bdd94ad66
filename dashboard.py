"""Entry point of the dashboard: page config, navigation, the article selector and the global
filters shared by every page.

Run it with ``streamlit run dashboard.py``. The article and the filters live in the URL
(``article``, ``theme``, ``actor``, ``kind``, ``q``), so a copied link opens the same view.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from sco_app import data, render, review, ui
from sco_app.filters import KINDS, unknown_values

# The favicon is an emoji (drawn inline): a Material icon as page or page_icon would be fetched
# from Google's servers, which a locked-down network (and the browser tests) cannot reach.
st.set_page_config(page_title="SCO summit dashboard", page_icon="🌐", layout="wide")
data.start_run()
st.html(render.CSS)

# The article: its id is bound to the URL by a hidden text input (a bound selectbox would put
# its shown title in the URL); the visible selector writes that id in its callback.
titles = data.article_titles()
with st.sidebar:
    st.header("Article")
    st.text_input("Article id", key=data.ARTICLE_KEY, bind="query-params", max_chars=80)
    requested = str(st.session_state.get(data.ARTICLE_KEY) or "")
    # A link to an article this visitor cannot open (another dashboard's or session's, removed,
    # or mistyped) shows the default, with the same notice in every case.
    unknown = requested if requested and requested not in titles else ""
    st.session_state[ui.ARTICLE_CHOICE] = (
        data.DEFAULT_ARTICLE if unknown else requested or data.DEFAULT_ARTICLE
    )
    st.selectbox(
        "Article",
        list(titles),
        format_func=lambda article: titles.get(article, article),
        key=ui.ARTICLE_CHOICE,
        on_change=ui.choose_article,
        label_visibility="collapsed",
        help="The article every page shows. Add your own on the Add articles page.",
    )

if unknown:
    st.info(
        f"This dashboard holds no article with the id in the link ({render.escape_markdown(unknown)}); "
        "it shows the default article instead.",
        icon=":material/link_off:",
    )

extraction = data.current_extraction()
theme_ids = list(data.theme_labels())
actor_names = list(extraction.actors.sort_values("mentions", ascending=False, kind="stable")["name"])
options: dict[str, list[str]] = {ui.THEME: theme_ids, ui.ACTOR: actor_names, ui.KIND: list(KINDS)}

# Bound widgets drop URL values that match no option without a word; say which ones went.
dropped = {key: unknown_values(st.query_params.get_all(key), known) for key, known in options.items()}
dropped = {key: values for key, values in dropped.items() if values}
if dropped:
    st.session_state[ui.DROPPED_KEY] = dropped

with st.sidebar:
    st.header("Filters")
    st.multiselect(
        "Themes",
        theme_ids,
        key=ui.THEME,
        bind="query-params",
        on_change=ui.forget_dropped,
        placeholder="All themes",
        help="Keep what touches any of these themes.",
    )
    st.multiselect(
        "Actors",
        actor_names,
        key=ui.ACTOR,
        bind="query-params",
        on_change=ui.forget_dropped,
        placeholder="All actors",
        help="Keep statements and proposals by, and sentences mentioning, any of these actors.",
    )
    st.segmented_control(
        "Statement kind",
        list(KINDS),
        key=ui.KIND,
        bind="query-params",
        on_change=ui.forget_dropped,
        help="Direct statements hold the speaker's quoted words; reported ones paraphrase. "
        "Applies to statements and their speakers.",
    )
    st.text_input(
        "Search",
        key=ui.QUERY,
        bind="query-params",
        on_change=ui.forget_dropped,
        placeholder="Words in the text",
        max_chars=200,
    )
    st.button(
        "Clear filters",
        key="clear_filters_sidebar",
        on_click=ui.clear_filters,
        icon=":material/filter_alt_off:",
        disabled=not ui.current_filters().active,
    )
    st.caption("The filters are in the page address: copy it to share this view.")
    review.sidebar(extraction, data.current_article())

if ui.DROPPED_KEY in st.session_state:
    # The values come from a link anyone can write: shown literally, never as Markdown.
    notes = "; ".join(
        f"{key}: {', '.join(render.escape_markdown(v) for v in values)}"
        for key, values in st.session_state[ui.DROPPED_KEY].items()
    )
    st.warning(
        f"Some filter values in the link match nothing in this article and were ignored ({notes}).",
        icon=":material/link_off:",
    )

pages = Path(__file__).parent / "pages"
page = st.navigation(
    [
        st.Page(pages / "overview.py", title="Overview", default=True),
        st.Page(pages / "statements.py", title="Statements", url_path="statements"),
        st.Page(pages / "proposals.py", title="Proposals", url_path="proposals"),
        st.Page(pages / "principles.py", title="Principles and pillars", url_path="principles"),
        st.Page(pages / "actors.py", title="Actors", url_path="actors"),
        st.Page(pages / "source.py", title="Source", url_path="source"),
        st.Page(pages / "add.py", title="Add articles", url_path="add"),
        st.Page(pages / "compare.py", title="Compare", url_path="compare"),
    ]
)
ui.rerun_first_run()
ui.mark_entrypoint()
page.run()
