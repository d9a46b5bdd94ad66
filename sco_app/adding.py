"""Adding articles to the library, as the Add articles page does it: pasted text, uploaded files
and fetched web pages. No Streamlit here, so the benchmark and the tests take the same path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from sco_core.library import AddResult, add_files
from sco_core.sources import Source, from_text

if TYPE_CHECKING:
    from sco_core.library import Library, StoredArticle

# The file types the uploader accepts (sco_core.sources reads each by its extension).
UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm", "pdf"]


class UploadRow(NamedTuple):
    """One line of the per-file result list shown after an upload."""

    file: str
    added: bool
    title: str
    message: str
    article_id: str


def add_pasted(library: Library, text: str, *, title: str = "", date: str = "") -> StoredArticle:
    """Add pasted text; the title and date typed by the user win over those guessed from the
    text. Raises ArticleError (empty or whitespace-only text) with one clear line."""
    source = from_text(text, origin="pasted text")
    return library.add(source, title=title.strip() or None, date=date.strip() or None)


def add_source(library: Library, source: Source, *, title: str = "", date: str = "") -> StoredArticle:
    """Add a fetched page with the title and date as the user left them."""
    return library.add(source, title=title.strip() or None, date=date.strip() or None)


def add_uploads(
    library: Library,
    files: Sequence[tuple[str, bytes]],
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> list[UploadRow]:
    """Add every uploaded file; a bad one is reported in its row and stops nothing.

    ``on_progress(done, total, name)`` is called after each file.
    """
    total = len(files)

    def progress(done: int, name: str) -> None:
        if on_progress is not None:
            on_progress(done, total, name)

    return [upload_row(result) for result in add_files(library, files, on_progress=progress)]


def upload_row(result: AddResult) -> UploadRow:
    """The result of one file as a row of the list the page shows."""
    if result.article is None:
        return UploadRow(result.name, False, "", result.error or "not added", "")
    message = "added" + (f" ({result.note})" if result.note else "")
    return UploadRow(result.name, True, result.article.title, message, result.article.article_id)


def retitle(library: Library, article: StoredArticle, *, title: str, date: str) -> StoredArticle:
    """Store the article again under a new title and date (the id, from the text, stays)."""
    library.remove(article.article_id)
    source = Source(article.text, article.title, article.date, article.origin, article.kind)
    return library.add(source, title=title.strip() or article.title, date=date.strip() or None)
