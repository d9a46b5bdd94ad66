"""The cached boundary between the dashboard and sco_core: the only place pages get tables from.

The pipeline is built once per server (``st.cache_resource``); an article's extraction is
computed once per article and text (``st.cache_data``), so a filter change does no
extraction. Articles are named by a key; today the only one is the embedded default, and a
later article selector only has to add keys to ``ARTICLES`` and set ``ARTICLE_KEY``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

import sco_core

if TYPE_CHECKING:
    from sco_core import Extraction

DEFAULT_ARTICLE = "sco-summit-2020"
# Session-state key a future article selector will set.
ARTICLE_KEY = "article"
# A deploy (or a test) can serve another article file instead of the embedded one.
ARTICLE_FILE_ENV = "SCO_ARTICLE_FILE"

# key -> (title, loader of the text)
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


@st.cache_data(show_spinner="Reading the article…", max_entries=32)
def extract_text(text: str, *, doc_id: str, title: str) -> Extraction:
    """The tables of one article text, computed once per (text, doc_id, title)."""
    return extractor().extract(text, doc_id=doc_id, title=title)


@st.cache_data(show_spinner=False)
def article_text(article: str) -> str:
    """The text of a known article."""
    try:
        _, load = ARTICLES[article]
    except KeyError:
        raise ValueError(f"unknown article {article!r}; known: {', '.join(ARTICLES)}") from None
    return load()


def current_article() -> str:
    """The article the session looks at (the embedded default until a selector exists)."""
    article = st.session_state.get(ARTICLE_KEY, DEFAULT_ARTICLE)
    return article if article in ARTICLES else DEFAULT_ARTICLE


def current_extraction() -> Extraction:
    """The tables of the current article (cached)."""
    article = current_article()
    return extract_text(article_text(article), doc_id=article, title=ARTICLES[article][0])
