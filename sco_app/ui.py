"""Streamlit pieces every page shares: the current filters, clearing them, the empty state
and the downloads of a shown table."""

from __future__ import annotations

import json
from functools import partial

import pandas as pd
import streamlit as st

from sco_app.data import ARTICLE_KEY, DEFAULT_ARTICLE, theme_labels
from sco_app.filters import Filters, theme_filter_after_click, themes_from_selection

# Widget keys of the global filters; each is also its URL query parameter.
THEME, ACTOR, KIND, QUERY = "theme", "actor", "kind", "q"
FILTER_DEFAULTS: dict[str, object] = {THEME: [], ACTOR: [], KIND: None, QUERY: ""}
# Values dropped from the URL on this session's first run, shown until the filters change.
DROPPED_KEY = "dropped_filter_values"
# Set by dashboard.py on every run just before the page runs; a page consumes it.
ENTRYPOINT_KEY = "entrypoint_ran"
THEME_CHART_KEY = "theme_chart"
# Set on a session's first run, which then reruns once (see rerun_first_run).
SESSION_READY_KEY = "session_ready"
# The visible article selector; the article itself is in ARTICLE_KEY (bound to the URL).
ARTICLE_CHOICE = "article_choice"


def mark_entrypoint() -> None:
    """Called by dashboard.py right before it runs the page: the filters exist in this run."""
    st.session_state[ENTRYPOINT_KEY] = True


def require_entrypoint(page_file: str) -> None:
    """Make sure this page runs under dashboard.py (its filters and navigation), never alone.

    Until ``st.navigation`` has run once in a server process, Streamlit treats a ``pages/``
    folder as legacy auto-discovered pages and may run a page file by itself: the first
    visitor after a (re)start who opens a shared ``/statements?theme=...`` link would get the
    page without filters. Calling ``st.navigation`` ends that mode for the whole server (as
    documented), and the rerun then goes through dashboard.py to this same page, URL intact.
    """
    if st.session_state.pop(ENTRYPOINT_KEY, False):
        return
    # This page must not be the default (whose URL is "/"), so that a request for its own
    # URL resolves to it and the rerun keeps that URL.
    placeholder = st.Page(_placeholder_page, title="Loading", url_path="loading", default=True)
    st.navigation([placeholder, st.Page(page_file)], position="hidden")
    st.rerun()


def rerun_first_run() -> None:
    """Rerun once at the start of each session, after ``st.navigation`` has run.

    Right after a server (re)start, the first script run goes through Streamlit's legacy
    ``pages/`` mode (see require_entrypoint). Widgets registered in that run stay bound to the
    URL under the legacy page, and a filter then changed from code (a chart click, Clear
    filters) never reaches the URL. Rerunning once registers them afresh. It costs one short
    extra run per new session, and needs no Streamlit internals to tell which run was legacy.
    """
    if not st.session_state.get(SESSION_READY_KEY):
        st.session_state[SESSION_READY_KEY] = True
        st.rerun()


def _placeholder_page() -> None:
    """Stands in as the default page while require_entrypoint hands over to dashboard.py."""


def open_article(article: str) -> None:
    """Callback: show this article on every page (and in the URL); the actor filter, which
    names actors of the previous article, is cleared."""
    st.session_state[ARTICLE_KEY] = article
    st.session_state[ACTOR] = []
    forget_dropped()


def choose_article() -> None:
    """Callback of the sidebar's article selector."""
    open_article(st.session_state.get(ARTICLE_CHOICE) or DEFAULT_ARTICLE)


def current_filters() -> Filters:
    """The global filters as the sidebar widgets hold them now."""
    state = st.session_state
    return Filters(
        themes=tuple(state.get(THEME) or ()),
        actors=tuple(state.get(ACTOR) or ()),
        kind=state.get(KIND) or None,
        q=str(state.get(QUERY) or ""),
    )


def forget_dropped() -> None:
    """Callback: the user changed a filter, so the notice about dropped URL values goes."""
    st.session_state.pop(DROPPED_KEY, None)


def clear_filters() -> None:
    """Callback: reset every global filter (and so its URL parameter)."""
    for key, value in FILTER_DEFAULTS.items():
        st.session_state[key] = value.copy() if isinstance(value, list) else value
    forget_dropped()


def apply_theme_selection() -> None:
    """Callback of the overview's theme chart: the clicked bars become the theme filter."""
    event = st.session_state.get(THEME_CHART_KEY)
    points = list(event.selection.points) if event is not None else []
    clicked = themes_from_selection(points, set(theme_labels()))
    st.session_state[THEME] = theme_filter_after_click(list(st.session_state.get(THEME) or []), clicked)
    forget_dropped()


def empty_state(what: str, *, key: str, total: int) -> None:
    """The plain message shown when nothing is left to show: that the article has none (``total``
    is 0), or that the filters leave none, with a way out."""
    if total == 0:
        st.info(f"This article has no {what}.", icon=":material/info:")
        return
    st.info(f"No {what} match the current filters.", icon=":material/filter_alt_off:")
    st.button("Clear filters", key=key, on_click=clear_filters, icon=":material/filter_alt_off:")


def table_csv(table: pd.DataFrame) -> bytes:
    """A table as UTF-8 CSV; list cells (themes, aliases, quotes) as JSON so they read back."""
    cells = table.map(
        lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, tuple, dict)) else v
    )
    return cells.to_csv(index=False).encode("utf-8")


def table_json(table: pd.DataFrame) -> bytes:
    """A table as a UTF-8 JSON array of row objects."""
    return table.to_json(orient="records", force_ascii=False, indent=1).encode("utf-8")


def downloads(table: pd.DataFrame, *, name: str) -> None:
    """CSV and JSON downloads of a table exactly as shown (as filtered). The files are made
    only when a button is clicked."""
    left, right, _ = st.columns([1, 1, 4])
    frozen = table.reset_index(drop=True)
    left.download_button(
        f"{name}.csv",
        data=partial(table_csv, frozen),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"download_{name}_csv",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        f"{name}.json",
        data=partial(table_json, frozen),
        file_name=f"{name}.json",
        mime="application/json",
        key=f"download_{name}_json",
        on_click="ignore",
        icon=":material/download:",
    )
