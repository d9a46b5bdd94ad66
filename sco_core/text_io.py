"""Reading article files safely: clear errors for what is not readable text."""

from __future__ import annotations

MAX_BYTES = 5_000_000
_FALLBACK_ENCODINGS = ("utf-16", "cp1252")


class ArticleError(ValueError):
    """An input that is not a readable article; the message says why, in one line."""


def decode_article(data: bytes, *, source: str = "input") -> tuple[str, str]:
    """Return ``(text, encoding)`` for article bytes, or raise :class:`ArticleError`.

    UTF-8 (with or without BOM) is tried first; UTF-16 with a BOM and Windows-1252 are the
    fallbacks, and the encoding used is returned so the caller can say so.
    """
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{source}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), source), "utf-16"
        except UnicodeDecodeError as error:
            raise ArticleError(f"{source}: not valid UTF-16 text ({error.reason})") from error
    if b"\x00" in data:
        raise ArticleError(f"{source}: looks like a binary file, not text")
    try:
        return _checked(data.decode("utf-8-sig"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{source}: not UTF-8 or Windows-1252 text ({error.reason})") from error
    return _checked(text, source), "cp1252"


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise ArticleError(f"{source}: the text is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise ArticleError(f"{source}: looks like a binary file, not text")
    return text
