"""Shared pieces of the dashboard tests: a tiny hand-made extraction with known answers, and
an AppTest factory for the real app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sco_core import COLUMNS
from sco_core.tables import PROVENANCE

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard.py")

# A tiny article whose every table is written by hand below (offsets are found, not typed).
TINY_SENTENCES = [
    (0, "Alice Ames said trade and health must grow."),
    (0, '"We will fight terrorism <together>," Bob Bern said.'),
    (1, "The Spirit features trust, equality and consultation."),
    (2, "First, members should expand trade."),
    (2, "Second, members should improve health."),
]


def _tiny() -> SimpleNamespace:
    paragraphs: dict[int, list[str]] = {}
    for para, sentence in TINY_SENTENCES:
        paragraphs.setdefault(para, []).append(sentence)
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs.values())

    def at(fragment: str, after: int = 0) -> tuple[int, int]:
        start = text.index(fragment, after)
        return start, start + len(fragment)

    sentences = []
    for sent_id, (para, sentence) in enumerate(TINY_SENTENCES):
        start, end = at(sentence)
        sentences.append(("tiny", sent_id, para, start, end, sentence))

    def frame(name: str, rows: list[tuple]) -> pd.DataFrame:
        read = [c for c in COLUMNS[name] if c not in PROVENANCE]
        table = pd.DataFrame(rows, columns=read)
        for column in PROVENANCE:  # the engine's rows: provenance at its defaults
            if column in COLUMNS[name]:
                table[column] = PROVENANCE[column]
        return table[list(COLUMNS[name])]

    actors = frame(
        "actors",
        [
            ("tiny", "person:alice", "Alice Ames", "person", "Minister", ["Alice"], 1, 0, *at("Alice Ames")),
            ("tiny", "person:bob", "Bob Bern", "person", "", [], 1, 1, *at("Bob Bern")),
        ],
    )
    mentions = frame(
        "mentions",
        [
            ("tiny", "person:alice", 0, *at("Alice Ames"), "Alice Ames", "name"),
            ("tiny", "person:bob", 1, *at("Bob Bern"), "Bob Bern", "name"),
        ],
    )
    s0, s1 = sentences[0], sentences[1]
    quote = at("We will fight terrorism <together>,")
    statements = frame(
        "statements",
        [
            (
                "tiny",
                0,
                0,
                [0],
                0,
                s0[3],
                s0[4],
                s0[5],
                "Alice Ames",
                "person:alice",
                "reported",
                "said",
                "explicit",
                [],
                ["trade", "health"],
                False,
                [],
            ),
            (
                "tiny",
                1,
                1,
                [1],
                0,
                s1[3],
                s1[4],
                s1[5],
                "Bob Bern",
                "person:bob",
                "direct",
                "said",
                "explicit",
                [list(quote)],
                ["security"],
                False,
                [],
            ),
        ],
    )
    s3, s4 = sentences[3], sentences[4]
    proposals = frame(
        "proposals",
        [
            (
                "tiny",
                0,
                "two-point plan",
                1,
                3,
                s3[3],
                s3[4],
                s3[5],
                "Alice Ames",
                "person:alice",
                ["trade"],
                ["expand trade"],
                2,
                2,
                False,
            ),
            (
                "tiny",
                1,
                "two-point plan",
                2,
                4,
                s4[3],
                s4[4],
                s4[5],
                "Alice Ames",
                "person:alice",
                ["health"],
                ["improve health"],
                2,
                2,
                False,
            ),
        ],
    )
    items = ["trust", "equality", "consultation"]
    lists = frame(
        "lists",
        [("tiny", 0, "Spirit", "principle", item, i + 1, 2, *at(item)) for i, item in enumerate(items)],
    )
    principles = frame(
        "principles",
        [
            ("tiny", 0, "Spirit", "Spirit", "principle", item, i + 1, 2, *at(item))
            for i, item in enumerate(items)
        ],
    )
    themes = frame(
        "themes",
        [
            ("tiny", 0, "trade", "trade", *at("trade")),
            ("tiny", 0, "health", "health", *at("health")),
            ("tiny", 1, "security", "terrorism", *at("terrorism")),
            ("tiny", 3, "trade", "trade", *at("trade", s3[3])),
            ("tiny", 4, "health", "health", *at("health", s4[3])),
        ],
    )
    return SimpleNamespace(
        doc_id="tiny",
        title="Tiny",
        text=text,
        meta={"event": "Tiny summit", "host": None, "dates": [], "source": None},
        sentences=frame("sentences", sentences),
        actors=actors,
        mentions=mentions,
        statements=statements,
        proposals=proposals,
        lists=lists,
        principles=principles,
        pillars=frame("pillars", []),
        themes=themes,
    )


@pytest.fixture(autouse=True)
def library_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own library file (never the user's data folder), in local mode."""
    path = tmp_path / "library.sqlite3"
    monkeypatch.setenv("SCO_DASHBOARD_DB", str(path))
    monkeypatch.delenv("SCO_LIBRARY_MODE", raising=False)
    return path


@pytest.fixture
def tiny() -> SimpleNamespace:
    """A hand-made extraction of a five-sentence article, with known answers."""
    return _tiny()


@pytest.fixture
def labels() -> dict[str, str]:
    """Theme id -> label of a small taxonomy (in taxonomy order)."""
    return {"health": "Health", "security": "Security", "trade": "Trade", "climate": "Climate"}


@pytest.fixture
def colors() -> dict[str, str]:
    """Theme id -> colour of the same small taxonomy."""
    return {"health": "#1b9e77", "security": "#d95f02", "trade": "#7570b3", "climate": "#e7298a"}


# AppTest resets Streamlit's legacy `pages/` detection before every run, so with `pages/`
# beside the main script every rerun after the first would execute the page file alone (a
# real server does that at most once per process; see sco_app.ui.require_entrypoint). A
# small main script outside the repo runs the real dashboard.py without that detour, with
# the repo on sys.path as `streamlit run dashboard.py` would have it.
ENTRY = f"""import runpy, sys
if {str(ROOT)!r} not in sys.path:
    sys.path.insert(0, {str(ROOT)!r})
runpy.run_path({APP!r}, run_name="__main__")
"""


@pytest.fixture
def app() -> Callable[..., AppTest]:
    """Run the dashboard in AppTest: ``app(page=None, **query_params)``, already run once;
    ``page`` is a path relative to the repo root, e.g. ``"pages/statements.py"``."""

    def run(page: str | None = None, **query: str | list[str]) -> AppTest:
        at = AppTest.from_string(ENTRY, default_timeout=60)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        if page is not None:
            switch_page(at, page)
        return at

    return run


def switch_page(at: AppTest, page: str) -> AppTest:
    """Open a page (a path relative to the repo root) and run it."""
    return at.switch_page(str(ROOT / page)).run()


@pytest.fixture
def switch() -> Callable[[AppTest, str], AppTest]:
    """``switch(at, "pages/x.py")``: open another page in a running AppTest."""
    return switch_page
