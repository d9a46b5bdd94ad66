"""The article library: the articles a user added, and the analyst's corrections of any article,
kept in SQLite or for one session only.

Only each article's text and metadata are stored; its tables are derived again on load, so
an improved engine improves stored articles too. An article's id is derived from its text, so
adding the same article twice keeps one copy. Corrections are kept as anchored data
(:mod:`sco_core.corrections`), by article id (the embedded default article has them too), and
applied on top of each fresh extraction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sco_core.corrections import Correction
from sco_core.extractor import doc_id_for
from sco_core.sources import Source, from_bytes
from sco_core.text_io import ArticleError

DB_ENV = "SCO_DASHBOARD_DB"
MODE_ENV = "SCO_LIBRARY_MODE"
SESSION_LIMIT_ENV = "SCO_SESSION_MAX_ARTICLES"
# What one visitor's session may hold on a public deploy: the server keeps it in memory.
SESSION_MAX_ARTICLES = 100
SESSION_MAX_CHARS = 20_000_000
MODES = ("local", "session")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT,
    origin TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    added_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS corrections (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_by_article ON corrections (article_id, seq);
"""
# Corrections one session-mode visitor may keep for one article (the server keeps them in memory).
SESSION_MAX_CORRECTIONS = 2_000


@dataclass(frozen=True)
class StoredArticle:
    """An article in the library."""

    article_id: str
    title: str
    date: str | None
    origin: str
    kind: str
    text: str
    added_at: float


@dataclass(frozen=True)
class ArticleSummary:
    """An article's metadata without its text, for listings that run on every page view."""

    article_id: str
    title: str
    date: str | None
    origin: str
    kind: str
    added_at: float


class Library(Protocol):
    """What the dashboard needs of a library."""

    def summaries(self) -> list[ArticleSummary]: ...
    def contains(self, article_id: str) -> bool: ...
    def add(self, source: Source, *, title: str | None = None, date: str | None = None) -> StoredArticle: ...
    def list(self) -> list[StoredArticle]: ...
    def get(self, article_id: str) -> StoredArticle | None: ...
    def remove(self, article_id: str) -> bool: ...
    def corrections(self, article_id: str) -> list[Correction]: ...
    def add_correction(self, article_id: str, correction: Correction) -> None: ...
    def remove_correction(self, article_id: str, correction_id: str) -> bool: ...


def _stored(source: Source, title: str | None, date: str | None) -> StoredArticle:
    return StoredArticle(
        article_id=doc_id_for(source.text),
        title=(title or source.title or source.origin).strip(),
        date=(date if date is not None else source.date) or None,
        origin=source.origin,
        kind=source.kind,
        text=source.text,
        added_at=time.time(),
    )


def _summary(article: StoredArticle) -> ArticleSummary:
    return ArticleSummary(
        article.article_id, article.title, article.date, article.origin, article.kind, article.added_at
    )


class MemoryLibrary:
    """A library that lives as long as its owner (one visitor's session on a public deploy).

    It holds at most ``max_articles`` articles of ``max_chars`` characters in all (``None``: no
    limit), so that no visitor can fill the server's memory; a full library refuses with a
    message that says so and keeps what it holds.
    """

    def __init__(
        self,
        *,
        max_articles: int | None = None,
        max_chars: int | None = None,
        max_corrections: int | None = None,
    ) -> None:
        self._articles: dict[str, StoredArticle] = {}
        self._corrections: dict[str, list[Correction]] = {}
        self.max_articles = max_articles
        self.max_chars = max_chars
        self.max_corrections = max_corrections

    def add(self, source: Source, *, title: str | None = None, date: str | None = None) -> StoredArticle:
        article = _stored(source, title, date)
        if article.article_id not in self._articles:
            self._check_room(len(article.text))
        self._articles.setdefault(article.article_id, article)
        return self._articles[article.article_id]

    def _check_room(self, chars: int) -> None:
        if self.max_articles is not None and len(self._articles) >= self.max_articles:
            raise ArticleError(
                f"this session already holds {len(self._articles)} articles, the most one session may "
                "keep; remove one to add another"
            )
        held = sum(len(a.text) for a in self._articles.values())
        if self.max_chars is not None and held + chars > self.max_chars:
            raise ArticleError(
                f"this session's articles would pass {self.max_chars:,} characters in all, the most one "
                "session may keep; remove one to add another"
            )

    def list(self) -> list[StoredArticle]:
        return sorted(self._articles.values(), key=lambda a: a.added_at)

    def summaries(self) -> list[ArticleSummary]:
        return [_summary(article) for article in self.list()]

    def get(self, article_id: str) -> StoredArticle | None:
        return self._articles.get(article_id)

    def contains(self, article_id: str) -> bool:
        return article_id in self._articles

    def remove(self, article_id: str) -> bool:
        self._corrections.pop(article_id, None)
        return self._articles.pop(article_id, None) is not None

    def corrections(self, article_id: str) -> list[Correction]:
        return list(self._corrections.get(article_id, ()))

    def add_correction(self, article_id: str, correction: Correction) -> None:
        held = self._corrections.setdefault(article_id, [])
        if self.max_corrections is not None and len(held) >= self.max_corrections:
            raise ArticleError(
                f"this article already holds {len(held):,} corrections in this session, the most one "
                "session may keep; undo one to make another"
            )
        held.append(correction)

    def remove_correction(self, article_id: str, correction_id: str) -> bool:
        held = self._corrections.get(article_id, [])
        kept = [c for c in held if c.id != correction_id]
        self._corrections[article_id] = kept
        return len(kept) < len(held)


class SQLiteLibrary:
    """A library in an SQLite file, shared by every session of a local server and kept across restarts."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, source: Source, *, title: str | None = None, date: str | None = None) -> StoredArticle:
        article = _stored(source, title, date)
        with self._lock, self._connect() as db:
            db.execute(
                "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    article.article_id,
                    article.title,
                    article.date,
                    article.origin,
                    article.kind,
                    article.text,
                    article.added_at,
                ),
            )
        return self.get(article.article_id) or article

    def list(self) -> list[StoredArticle]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM articles ORDER BY added_at").fetchall()
        return [StoredArticle(*row) for row in rows]

    def summaries(self) -> list[ArticleSummary]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT article_id, title, date, origin, kind, added_at FROM articles ORDER BY added_at"
            ).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def contains(self, article_id: str) -> bool:
        """Whether the library holds this article (without reading its text)."""
        with self._connect() as db:
            return (
                db.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone()
                is not None
            )

    def get(self, article_id: str) -> StoredArticle | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return StoredArticle(*row) if row else None

    def remove(self, article_id: str) -> bool:
        with self._lock, self._connect() as db:
            db.execute("DELETE FROM corrections WHERE article_id = ?", (article_id,))
            return db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,)).rowcount > 0

    def corrections(self, article_id: str) -> list[Correction]:
        """The article's corrections, in the order made."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT payload FROM corrections WHERE article_id = ? ORDER BY seq", (article_id,)
            ).fetchall()
        return [Correction.from_dict(json.loads(payload)) for (payload,) in rows]

    def add_correction(self, article_id: str, correction: Correction) -> None:
        with self._lock, self._connect() as db:
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM corrections").fetchone()[0]
            db.execute(
                "INSERT OR REPLACE INTO corrections VALUES (?, ?, ?, ?, ?, ?)",
                (
                    correction.id,
                    article_id,
                    correction.text_hash,
                    json.dumps(correction.to_dict(), ensure_ascii=False),
                    correction.created_at,
                    seq,
                ),
            )

    def remove_correction(self, article_id: str, correction_id: str) -> bool:
        with self._lock, self._connect() as db:
            return (
                db.execute(
                    "DELETE FROM corrections WHERE article_id = ? AND id = ?", (article_id, correction_id)
                ).rowcount
                > 0
            )


def default_db_path() -> Path:
    """Return the library file: ``$SCO_DASHBOARD_DB``, else one in the user's data folder."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("sco-dashboard", appauthor=False)) / "library.sqlite3"


def session_library() -> MemoryLibrary:
    """A new per-session library with the public-deploy limits (``$SCO_SESSION_MAX_ARTICLES``
    overrides the article count)."""
    configured = os.environ.get(SESSION_LIMIT_ENV, "").strip()
    try:
        max_articles = int(configured) if configured else SESSION_MAX_ARTICLES
    except ValueError:
        raise ValueError(f"{SESSION_LIMIT_ENV}={configured!r} is not a whole number") from None
    return MemoryLibrary(
        max_articles=max(1, max_articles),
        max_chars=SESSION_MAX_CHARS,
        max_corrections=SESSION_MAX_CORRECTIONS,
    )


def library_mode() -> str:
    """Return the library mode from ``$SCO_LIBRARY_MODE`` (``local`` by default); an unknown one fails."""
    mode = os.environ.get(MODE_ENV, "local").strip().lower() or "local"
    if mode not in MODES:
        raise ValueError(f"{MODE_ENV}={mode!r} is not a library mode; modes: {', '.join(MODES)}")
    return mode


@dataclass(frozen=True)
class AddResult:
    """What became of one file in a batch: the stored article, or why it was refused."""

    name: str
    article: StoredArticle | None
    error: str | None
    note: str | None = None


def add_files(
    library: Library,
    files: Iterable[tuple[str, bytes]],
    *,
    max_bytes: int | None = None,
    on_progress: Callable[[int, str], None] | None = None,
) -> list[AddResult]:
    """Add every readable file to ``library``; one bad file is reported and skips nothing else.

    ``on_progress(done, name)`` is called after each file, so a page can show progress.
    """
    results: list[AddResult] = []
    for done, (name, data) in enumerate(files, start=1):
        try:
            options = {"max_bytes": max_bytes} if max_bytes else {}
            source = from_bytes(data, name=name, **options)
            results.append(AddResult(name, library.add(source), None, source.note))
        except ArticleError as error:
            results.append(AddResult(name, None, str(error)))
        if on_progress is not None:
            on_progress(done, name)
    return results
