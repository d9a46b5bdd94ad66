"""sco_core: turn a diplomatic news article into evidence-linked tables."""

from __future__ import annotations

from sco_core.extractor import Extraction, Extractor, doc_id_for, extract
from sco_core.resources import Taxonomy, Theme, load_default_article, load_taxonomy
from sco_core.sources import Source, from_bytes, from_text, read_source
from sco_core.tables import COLUMNS, TABLE_NAMES
from sco_core.text_io import ArticleError, decode_article

__all__ = [
    "COLUMNS",
    "TABLE_NAMES",
    "ArticleError",
    "Extraction",
    "Extractor",
    "Source",
    "Taxonomy",
    "Theme",
    "decode_article",
    "doc_id_for",
    "extract",
    "from_bytes",
    "from_text",
    "load_default_article",
    "load_taxonomy",
    "read_source",
]
