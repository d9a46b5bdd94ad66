"""The article library: SQLite kept across restarts, per-session memory, ids from content."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_core.library import (
    MemoryLibrary,
    SQLiteLibrary,
    add_files,
    default_db_path,
    library_mode,
    session_library,
)
from sco_core.sources import from_text
from sco_core.text_io import ArticleError

TEXT = "Foreign Minister Wang Yi said the talks were candid and constructive."


def test_sqlite_library_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    added = SQLiteLibrary(path).add(from_text(TEXT), title="Talks", date="2024-05-01")
    reopened = SQLiteLibrary(path)
    assert [a.article_id for a in reopened.list()] == [added.article_id]
    stored = reopened.get(added.article_id)
    assert (
        stored is not None and stored.text == TEXT and stored.title == "Talks" and stored.date == "2024-05-01"
    )


def test_same_text_is_kept_once_and_removal_works(tmp_path: Path) -> None:
    library = SQLiteLibrary(tmp_path / "lib.sqlite3")
    first = library.add(from_text(TEXT))
    again = library.add(from_text(TEXT), title="Other title")
    assert first.article_id == again.article_id and len(library.list()) == 1
    assert library.remove(first.article_id) is True
    assert library.remove(first.article_id) is False
    assert library.list() == []


def test_memory_libraries_do_not_share_articles() -> None:
    mine, theirs = MemoryLibrary(), MemoryLibrary()
    article = mine.add(from_text(TEXT))
    assert theirs.get(article.article_id) is None and theirs.list() == []


def test_a_session_library_is_bounded_and_keeps_what_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    library = MemoryLibrary(max_articles=2, max_chars=60)
    first = library.add(from_text("first article " * 2))
    library.add(from_text("first article " * 2))  # the same text again takes no room
    with pytest.raises(ArticleError, match="would pass 60 characters"):
        library.add(from_text("a longer second article " * 3))
    library.add(from_text("second"))
    with pytest.raises(ArticleError, match="already holds 2 articles"):
        library.add(from_text("third"))
    held = library.list()
    assert len(held) == 2 and held[0].article_id == first.article_id
    monkeypatch.setenv("SCO_SESSION_MAX_ARTICLES", "3")
    assert session_library().max_articles == 3
    monkeypatch.setenv("SCO_SESSION_MAX_ARTICLES", "many")
    with pytest.raises(ValueError, match="not a whole number"):
        session_library()


def test_db_path_and_mode_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SCO_DASHBOARD_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("SCO_DASHBOARD_DB")
    assert default_db_path().name == "library.sqlite3"
    monkeypatch.setenv("SCO_LIBRARY_MODE", "session")
    assert library_mode() == "session"
    monkeypatch.setenv("SCO_LIBRARY_MODE", "shared")
    with pytest.raises(ValueError, match="local, session"):
        library_mode()


def test_a_bad_file_in_a_batch_loses_nothing_else() -> None:
    library = MemoryLibrary()
    seen: list[int] = []
    results = add_files(
        library,
        [
            ("a.txt", TEXT.encode()),
            ("bad.txt", b"\x00\x01" * 50),
            ("b.md", ("# B\n" + TEXT + " Again.").encode()),
        ],
        on_progress=lambda done, name: seen.append(done),
    )
    assert [r.error is None for r in results] == [True, False, True]
    assert "binary" in (results[1].error or "")
    assert len(library.list()) == 2 and seen == [1, 2, 3]


@pytest.mark.parametrize("kind", ["sqlite", "memory"])
def test_summaries_list_metadata_in_order_without_text(tmp_path: Path, kind: str) -> None:
    library = SQLiteLibrary(tmp_path / "lib.sqlite3") if kind == "sqlite" else MemoryLibrary()
    first = library.add(from_text(TEXT), title="First")
    second = library.add(from_text(TEXT + " Again."), title="Second")
    summaries = library.summaries()
    assert [(s.article_id, s.title) for s in summaries] == [
        (first.article_id, "First"),
        (second.article_id, "Second"),
    ]
    assert not hasattr(summaries[0], "text")
    assert library.contains(first.article_id) and not library.contains("0" * 12)


def _correction(n: int = 0):
    from sco_core.corrections import Correction, text_hash

    return Correction(
        "statements", "confirm", text_hash(TEXT), start=0, end=len(TEXT), evidence=TEXT, id=f"c{n}"
    )


def test_corrections_are_kept_in_order_across_a_restart_and_undone_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    library = SQLiteLibrary(path)
    for n in range(3):
        library.add_correction("article-a", _correction(n))
    library.add_correction("article-b", _correction(9))
    reopened = SQLiteLibrary(path)
    assert [c.id for c in reopened.corrections("article-a")] == ["c0", "c1", "c2"]
    assert reopened.corrections("article-a")[0] == _correction(0)
    assert reopened.remove_correction("article-a", "c1") is True
    assert reopened.remove_correction("article-a", "c1") is False
    assert reopened.remove_correction("article-b", "c0") is False  # another article's id touches nothing
    assert [c.id for c in SQLiteLibrary(path).corrections("article-a")] == ["c0", "c2"]
    assert [c.id for c in SQLiteLibrary(path).corrections("article-b")] == ["c9"]


def test_session_corrections_are_the_sessions_own_and_bounded() -> None:
    one, other = session_library(), session_library()
    one.add_correction("article-a", _correction())
    assert [c.id for c in one.corrections("article-a")] == ["c0"]
    assert other.corrections("article-a") == []
    small = MemoryLibrary(max_corrections=1)
    small.add_correction("article-a", _correction(0))
    with pytest.raises(ArticleError, match="undo one"):
        small.add_correction("article-a", _correction(1))
    assert [c.id for c in small.corrections("article-a")] == ["c0"]
