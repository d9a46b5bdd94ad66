"""Article sources: pasted text, .txt/.md/.html/.pdf files, each reduced to plain article text.

Every reader returns a :class:`Source` (the text, a title and a publication date where the
input has them) or raises :class:`~sco_core.text_io.ArticleError` with one clear line.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from sco_core.text_io import MAX_BYTES, ArticleError, decode_article

_MIN_ARTICLE_WORDS = 8
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
_DATE_LINE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b"
)


@dataclass(frozen=True)
class Source:
    """An article ready for extraction, with where it came from."""

    text: str
    title: str
    date: str | None
    origin: str
    kind: str
    note: str | None = None


def kind_for(name: str, content_type: str | None = None) -> str:
    """Return the source kind for a file name or a content type; an unsupported one fails and lists the rest."""
    if content_type:
        media = content_type.split(";")[0].strip().lower()
        by_type = {
            "text/html": "html",
            "application/xhtml+xml": "html",
            "application/pdf": "pdf",
            "text/plain": "text",
            "text/markdown": "markdown",
        }
        if media in by_type:
            return by_type[media]
        if media.startswith("text/"):
            return "text"
        raise ArticleError(
            f"{name}: content type {media!r} is not an article; supported: HTML, plain text, Markdown, PDF"
        )
    suffix = Path(name).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ArticleError(
            f"{name}: unsupported file type {suffix or '(none)'!r}; supported: {', '.join(sorted(EXTENSIONS))}"
        )
    return EXTENSIONS[suffix]


def read_source(path: str | Path) -> Source:
    """Return the article in a file: .html/.htm, .pdf, .md, and anything else read as plain text."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory, not a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from error
    kind_name = str(path) if path.suffix.lower() in EXTENSIONS else f"{path}.txt"
    try:
        source = from_bytes(data, name=kind_name)
    except ArticleError as error:
        raise ArticleError(str(error).replace(kind_name, str(path))) from None
    note = source.note.replace(kind_name, str(path)) if source.note else None
    return Source(source.text, source.title, source.date, str(path), source.kind, note)


def from_text(
    text: str, *, origin: str = "pasted text", kind: str = "text", title: str | None = None
) -> Source:
    """Return a :class:`Source` for article text (plain or Markdown, kept as written)."""
    if not text.strip():
        raise ArticleError(f"{origin}: the text is empty")
    return Source(
        text=text, title=title or guess_title(text), date=guess_date(text), origin=origin, kind=kind
    )


def from_bytes(
    data: bytes, *, name: str, content_type: str | None = None, max_bytes: int = MAX_BYTES
) -> Source:
    """Return a :class:`Source` for a file's bytes, read by its extension (or ``content_type``)."""
    if len(data) > max_bytes:
        raise ArticleError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit")
    kind = kind_for(name, content_type)
    if kind == "pdf":
        return from_pdf(data, name=name)
    if data.startswith(b"%PDF-"):
        raise ArticleError(f"{name}: is a PDF file, not {kind} text")
    text, encoding = decode_article(data, source=name)
    note = None if encoding == "utf-8" else f"{name} is not UTF-8; read it as {encoding}"
    if kind == "html":
        source = from_html(text, name=name)
    else:
        source = from_text(text, origin=name, kind=kind)
    return Source(**{**source.__dict__, "note": note}) if note else source


def from_html(html: str, *, name: str = "page") -> Source:
    """Return the article text of an HTML page, with its title and date, by trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, include_comments=False
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text.split()) < _MIN_ARTICLE_WORDS:  # a menu or a cookie notice is not an article
        raise ArticleError(f"{name}: the page holds no article text")
    title = (getattr(document, "title", None) or "").strip()
    date = getattr(document, "date", None) or guess_date(text)
    return Source(text=text, title=title or guess_title(text), date=date, origin=name, kind="html")


def from_pdf(data: bytes, *, name: str = "document.pdf") -> Source:
    """Return the text layer of a PDF, one paragraph a line, with its title from the metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ArticleError(f"{name}: not a readable PDF ({error})") from error
    text = _unwrap("\n".join(pages))
    if not text.strip():
        raise ArticleError(f"{name}: the PDF has no text layer (a scan?); no text to read")
    return Source(
        text=text,
        title=str(meta_title).strip() or guess_title(text),
        date=guess_date(text),
        origin=name,
        kind="pdf",
    )


def _unwrap(text: str) -> str:
    """Join the hard-wrapped lines of a PDF into paragraphs.

    A blank line ends a paragraph, and so does a line clearly shorter than the page's usual
    line (a heading, or the last line of a paragraph).
    """
    lines = [line.strip() for line in text.splitlines()]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    usual = lengths[len(lengths) * 3 // 4]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        if current and (not line or len(line) < 0.75 * usual):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)


def guess_title(text: str) -> str:
    """Return the first line when it reads as a headline, else the opening words of the text.

    Bylines ("By ...", "Staff Reporter") and one-word datelines ("JAKARTA") are skipped.
    """
    lines = [line.strip().lstrip("#").strip() for line in text.strip().splitlines() if line.strip()]
    body: list[str] = []
    for line in lines[:4]:
        words = line.split()
        byline = line.lower().startswith("by ") or words[-1:] in (["Reporter"], ["Correspondent"], ["Staff"])
        if byline or len(words) < 2:
            continue
        if len(words) <= 20 and not line.endswith((".", ":")) and not body:
            return line
        body.append(line)
    words = " ".join(body or lines[:1]).split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def guess_date(text: str) -> str | None:
    """Return a publication date written near the top of the text, as written."""
    match = _DATE_LINE.search(text[:400])
    return match.group(1) if match else None
