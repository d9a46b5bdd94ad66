"""The cached boundary between the dashboard and sco_core: the only place pages get tables from.

The pipeline is built once per server (``st.cache_resource``); an article's extraction is
computed once per text (``st.cache_data``), so a filter change does no extraction; the analyst's
corrections of the article (kept in the library) are read and applied on top once per run (the
dashboard's sidebar and its page share them), which is cheap. Articles
are the embedded default (``ARTICLES``) and those of the library: in local mode one SQLite
file shared by every session of the server; in session mode a library that lives in one
visitor's session only, so nothing of it can reach another visitor.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

import sco_core
from sco_core.corrections import Correction, apply_corrections, text_hash
from sco_core.library import SQLiteLibrary, default_db_path, library_mode, session_library

if TYPE_CHECKING:
    from sco_core import Extraction
    from sco_core.library import Library, StoredArticle

DEFAULT_ARTICLE = "sco-summit-2020"
# Session-state key (and URL query parameter) of the article shown; empty: the default.
ARTICLE_KEY = "article"
# Session-state keys of the per-session library (session mode) and of its cache scope.
SESSION_LIBRARY_KEY = "session_library"
SESSION_SCOPE_KEY = "session_cache_scope"
# Session-state key of what this run has read: each article's corrections and corrected tables.
RUN_MEMO_KEY = "run_memo"
# The last corrected reading of each article, with what it was built from (see _corrected).
APPLIED_KEY = "applied_memo"
# A deploy (or a test) can serve another article file instead of the embedded one.
ARTICLE_FILE_ENV = "SCO_ARTICLE_FILE"

# key -> (title, loader of the text): the articles every visitor has (the embedded default).
ARTICLES: dict[str, tuple[str, Callable[[], str]]] = {
    DEFAULT_ARTICLE: ("SCO heads-of-state summit, 2020", sco_core.load_default_article),
}
if os.environ.get(ARTICLE_FILE_ENV):
    _article_file = Path(os.environ[ARTICLE_FILE_ENV])
    DEFAULT_ARTICLE = _article_file.name
    ARTICLES[DEFAULT_ARTICLE] = (_article_file.stem, partial(_article_file.read_text, encoding="utf-8"))


@st.cache_resource(show_spinner="Building the language pipeline…")
def extractor() -> sco_core.Extractor:
    """The one shared extraction pipeline of this server."""
    return sco_core.Extractor()


@st.cache_resource(show_spinner=False)
def taxonomy() -> sco_core.Taxonomy:
    """The theme taxonomy (ids, labels, colours, terms)."""
    return sco_core.load_taxonomy()


def theme_labels() -> dict[str, str]:
    """Theme id -> label, in taxonomy order."""
    return {theme.id: theme.label for theme in taxonomy().themes}


def theme_colors() -> dict[str, str]:
    """Theme id -> hex colour from the taxonomy; the one colour of the theme everywhere."""
    return {theme.id: theme.color for theme in taxonomy().themes}


@st.cache_resource(show_spinner=False)
def _sqlite_library(path: str) -> SQLiteLibrary:
    """The library file of this server (one per path, shared by every session)."""
    return SQLiteLibrary(Path(path))


def library() -> Library:
    """The library of this visitor: the server's SQLite file (local mode) or this session's own
    (session mode, for a public deploy)."""
    # Community Cloud sets variables as root-level secrets, which Streamlit exports to the
    # environment once the secrets are loaded; load them (a no-op without a secrets file).
    st.secrets.load_if_toml_exists()
    if library_mode() == "session":
        if SESSION_LIBRARY_KEY not in st.session_state:
            st.session_state[SESSION_LIBRARY_KEY] = session_library()
        return st.session_state[SESSION_LIBRARY_KEY]
    return _sqlite_library(str(default_db_path()))


@st.cache_data(show_spinner="Reading the article…", max_entries=32)
def extract_text(text: str, *, doc_id: str, title: str, scope: str = "", published: str = "") -> Extraction:
    """The tables of one article text, computed once per (text, doc_id, title, scope, published);
    ``published`` (YYYY-MM-DD, the date the article was given when added) resolves its dates.

    The cache is shared by every session of the server; ``scope`` keeps a session-mode
    visitor's entries apart, so not even the speed of a page tells whether another visitor
    has read the same text.
    """
    return extractor().extract(text, doc_id=doc_id, title=title, published=_as_date(published))


def _as_date(value: str | None) -> dt.date | None:
    """A stored date ("2024-05-01", or a timestamp) as a date; None if it is none or unreadable."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _cache_scope() -> str:
    """The cache scope: empty in local mode (one shared library), a random token per session in session mode."""
    if library_mode() != "session":
        return ""
    if SESSION_SCOPE_KEY not in st.session_state:
        st.session_state[SESSION_SCOPE_KEY] = secrets.token_hex(16)
    return st.session_state[SESSION_SCOPE_KEY]


@st.cache_data(show_spinner=False)
def _builtin_text(article: str) -> str:
    _, load = ARTICLES[article]
    return load()


def article_titles() -> dict[str, str]:
    """Article id -> title of every article this visitor can open: the default first, then the
    library in the order added."""
    titles = {DEFAULT_ARTICLE: ARTICLES[DEFAULT_ARTICLE][0]}
    titles.update((key, title) for key, (title, _) in ARTICLES.items() if key not in titles)
    titles.update((stored.article_id, stored.title) for stored in library().summaries())
    return titles


def stored_article(article: str) -> StoredArticle | None:
    """The library's article with this id, or None (not this visitor's, or none such)."""
    return None if article in ARTICLES else library().get(article)


def article_text(article: str) -> str:
    """The text of an article this visitor can open; an unknown one fails."""
    if article in ARTICLES:
        return _builtin_text(article)
    stored = stored_article(article)
    if stored is None:
        raise ValueError(f"unknown article {article!r}")
    return stored.text


def is_known(article: str) -> bool:
    """Whether this visitor can open the article (the default, or one of its library)."""
    return article in ARTICLES or library().contains(article)


def current_article() -> str:
    """The article the session looks at: the selector's, else the default."""
    article = st.session_state.get(ARTICLE_KEY) or DEFAULT_ARTICLE
    return article if is_known(article) else DEFAULT_ARTICLE


def engine_extraction_for(article: str) -> Extraction:
    """The engine's tables of an article this visitor can open (cached by text), before any
    correction."""
    if article in ARTICLES:
        return extract_text(_builtin_text(article), doc_id=article, title=ARTICLES[article][0])
    stored = stored_article(article)
    if stored is None:
        raise ValueError(f"unknown article {article!r}")
    return extract_text(
        stored.text,
        doc_id=stored.article_id,
        title=stored.title,
        scope=_cache_scope(),
        published=stored.date or "",
    )


def start_run() -> None:
    """Forget what the last run read: called first in every run of the dashboard, and whenever a
    correction is kept or undone (another session's correction shows from this visitor's next run)."""
    st.session_state[RUN_MEMO_KEY] = {}


def _run_memo() -> dict[tuple[str, str], object]:
    """This run's memo; outside a run of the app (a script, a test) a new one on every call."""
    if get_script_run_ctx() is None:
        return {}
    if RUN_MEMO_KEY not in st.session_state:
        start_run()
    return st.session_state[RUN_MEMO_KEY]


def corrections_for(article: str) -> list[Correction]:
    """The analyst's corrections of an article, in the order made (this visitor's own in session
    mode), read from the library once per run."""
    memo = _run_memo()
    if ("corrections", article) not in memo:
        memo["corrections", article] = library().corrections(article)
    return list(memo["corrections", article])  # type: ignore[call-overload]


def extraction_for(article: str) -> Extraction:
    """The tables of an article this visitor can open: the engine's fresh reading with the
    analyst's corrections applied on top (every page, chart, download and comparison uses these),
    built once per run."""
    memo = _run_memo()
    if ("extraction", article) not in memo:
        memo["extraction", article] = _corrected(
            article, engine_extraction_for(article), corrections_for(article)
        )
    return memo["extraction", article]  # type: ignore[return-value]


def _corrected(article: str, engine: Extraction, corrections: list[Correction]) -> Extraction:
    """The engine's reading with the corrections applied, kept in the session while neither
    changes: a rerun (a filter moved, another page opened) applies none again."""
    if get_script_run_ctx() is None or not corrections:
        return apply_corrections(engine, corrections)
    key = (text_hash(engine.text), engine.doc_id, tuple(c.id for c in corrections))
    kept = st.session_state.setdefault(APPLIED_KEY, {})
    if article not in kept or kept[article][0] != key:
        kept[article] = (key, apply_corrections(engine, corrections))
    return kept[article][1]


def current_extraction() -> Extraction:
    """The tables of the current article (cached)."""
    return extraction_for(current_article())
