"""sco_core: turn a diplomatic news article into evidence-linked tables."""

from __future__ import annotations

from sco_core.extractor import Extraction, Extractor, extract
from sco_core.resources import Taxonomy, Theme, load_default_article, load_taxonomy
from sco_core.tables import COLUMNS, TABLE_NAMES
from sco_core.text_io import ArticleError, decode_article, read_article

__all__ = [
    "COLUMNS",
    "TABLE_NAMES",
    "ArticleError",
    "Extraction",
    "Extractor",
    "Taxonomy",
    "Theme",
    "decode_article",
    "extract",
    "load_default_article",
    "load_taxonomy",
    "read_article",
]
