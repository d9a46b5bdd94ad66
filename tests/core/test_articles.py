"""Article tests: tests/data/<doc_id>.json says what a reader finds in <doc_id>.txt.

The expectations were written by reading the articles, not by running the extractor.
Each one becomes its own test case at collection time, so one miss hides no other.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

# The folder of articles and expectations: tests/data, or another (a reviewed article exported
# from the dashboard, tried on its own) named by $SCO_TEST_DATA_DIR.
DATA_DIR = Path(os.environ.get("SCO_TEST_DATA_DIR") or Path(__file__).resolve().parents[1] / "data")

# The tables the expectations look at; every one carries start/end evidence offsets.
CHECKED_TABLES: tuple[str, ...] = (
    "sentences",
    "actors",
    "mentions",
    "statements",
    "proposals",
    "lists",
)

# Constructions the corpus as a whole must exercise (named in each file's "covers").
REQUIRED_FEATURES: tuple[str, ...] = (
    "postposed attribution with appositive",
    "curly quotes",
    "dashed bullet list",
    "five-point consensus",
    "declared count mismatch",
    "two speakers in one sentence",
    "organisation as speaker",
    "quote over two paragraphs",
    "President alone not an actor",
    "sentence-initial words not actors",
    "he/she said resolves to speaker in focus",
    "unattributed quote paragraph",
    "named list",
    "numbered items",
    "title, surname and role references",
)

MIN_WORDS = 250
MAX_WORDS = 700

Spec = Mapping[str, Any]
Row = Mapping[str, Any]

_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _load_specs() -> dict[str, Spec]:
    """Return every expectation file in DATA_DIR, keyed by the file's stem."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(DATA_DIR.glob("*.json"))
    }


SPECS: dict[str, Spec] = _load_specs()


# --- value helpers ------------------------------------------------------------


def _slug(value: str, *, limit: int = 40) -> str:
    """Return a short ASCII test-id fragment for a name or a substring."""
    slug = re.sub(r"[^a-z0-9]+", "-", value.casefold()).strip("-")
    return slug[:limit].rstrip("-") or "x"


def _is_missing(value: Any) -> bool:
    """Return whether a scalar cell is empty (None, NaN, NA); a list cell never is."""
    if value is None:
        return True
    if isinstance(value, str | Iterable):
        return False
    return bool(pd.isna(value))


def _as_str(value: Any) -> str:
    return "" if _is_missing(value) else str(value)


def _as_list(value: Any) -> list[str]:
    """Return a list-valued cell (list, tuple, array, or one string) as strings."""
    if _is_missing(value):
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(item) for item in value]
    return [str(value)]


def _norm(value: Any) -> str:
    """Return a name or label folded for comparison (case, quotes, spaces, 'the')."""
    folded = _as_str(value).replace("\u2019", "'").casefold()
    folded = " ".join(folded.strip(_QUOTE_CHARS + " ").split())
    return folded.removeprefix("the ")


def _same(left: Any, right: Any) -> bool:
    return _norm(left) == _norm(right)


# --- extraction, cached per document ------------------------------------------


def _doc_id(stem: str) -> str:
    return str(SPECS[stem].get("doc_id", stem))


@cache
def _text(stem: str) -> str:
    return (DATA_DIR / f"{stem}.txt").read_text(encoding="utf-8")


@cache
def _extraction(stem: str) -> Any:
    """Return sco_core's extraction of one article, with the analyst's corrections it carries
    (an exported review) applied, as the dashboard applies them."""
    import sco_core  # here, so collection works even while the engine is broken
    from sco_core.corrections import Correction, apply_corrections

    result = sco_core.extract(_text(stem), doc_id=_doc_id(stem))
    corrections = [Correction.from_dict(raw) for raw in SPECS[stem].get("corrections", ())]
    return apply_corrections(result, corrections) if corrections else result


def _table(stem: str, name: str) -> pd.DataFrame:
    frame = getattr(_extraction(stem), name)
    assert isinstance(frame, pd.DataFrame), f"{name} is {type(frame).__name__}, not a DataFrame"
    return frame


def _records(stem: str, name: str) -> list[dict[str, Any]]:
    return _table(stem, name).to_dict("records")


def _sentence_texts(stem: str) -> dict[Any, str]:
    return {row["sent_id"]: _as_str(row["text"]) for row in _records(stem, "sentences")}


def _rows_containing(stem: str, name: str, substring: str) -> list[dict[str, Any]]:
    """Return the rows whose text, or whose sentence's text, contains substring."""
    sentences = _sentence_texts(stem)
    return [
        row
        for row in _records(stem, name)
        if substring in _as_str(row.get("text")) or substring in sentences.get(row.get("sent_id"), "")
    ]


def _describe(rows: Sequence[Row], columns: Sequence[str]) -> str:
    if not rows:
        return "no rows"
    return "; ".join(
        ", ".join(f"{column}={_as_str(row.get(column))!r}" for column in columns) for row in rows
    )


# --- test-case generation ----------------------------------------------------


def _section_params(section: str, label_key: str | None) -> list[Any]:
    """Return one pytest.param(stem, expectation) per entry of a section of a spec."""
    params = []
    for stem, spec in SPECS.items():
        for index, expected in enumerate(spec.get(section, ()), start=1):
            label = expected if label_key is None else str(expected.get(label_key, ""))
            case_id = f"{_doc_id(stem)}/{section}-{index:02d}-{_slug(label)}"
            params.append(pytest.param(stem, expected, id=case_id))
    return params


def _proposal_params(*, require: str | None = None) -> list[Any]:
    """Return one param per proposal set that states `require` (every set if None)."""
    return [
        param
        for param in _section_params("proposals", "set_label")
        if require is None or require in param.values[1]
    ]


def _proposal_item_params() -> list[Any]:
    params = []
    for stem, spec in SPECS.items():
        for proposal in spec.get("proposals", ()):
            for item in proposal.get("items", ()):
                case_id = f"{_doc_id(stem)}/proposal-{_slug(proposal['set_label'])}-item-{item['ordinal']}"
                params.append(pytest.param(stem, proposal, item, id=case_id))
    return params


def _actor_params(field: str | None) -> list[Any]:
    """Return one param per expected actor that states `field` (every actor if None)."""
    return [param for param in _section_params("actors", "name") if field is None or field in param.values[1]]


def _doc_params() -> list[Any]:
    return [pytest.param(stem, id=_doc_id(stem)) for stem in SPECS]


def _table_params() -> list[Any]:
    return [
        pytest.param(stem, name, id=f"{_doc_id(stem)}/{name}") for stem in SPECS for name in CHECKED_TABLES
    ]


# --- the expectation files themselves -----------------------------------------


def _expected_substrings(spec: Spec) -> list[str]:
    substrings = [entry["contains"] for entry in spec.get("statements", ())]
    substrings += [
        item["contains"] for proposal in spec.get("proposals", ()) for item in proposal.get("items", ())
    ]
    return substrings


@pytest.mark.parametrize("stem", _doc_params())
def test_spec_agrees_with_its_article(stem: str) -> None:
    """The expectation file names its article, and what it quotes is in the article."""
    spec = SPECS[stem]
    assert spec.get("doc_id") == stem, "doc_id must equal the file name"
    text = _text(stem)
    assert MIN_WORDS <= len(text.split()) <= MAX_WORDS
    assert spec.get("covers"), "say which constructions the article covers"
    for substring in _expected_substrings(spec):
        assert text.count(substring) == 1, f"not exactly once in the text: {substring!r}"
    for substring in spec.get("not_statements", ()):
        assert substring in text, f"not in the text: {substring!r}"
    for listed in spec.get("lists", ()):
        for item in listed["items"]:
            assert item in text, f"list item not in the text: {item!r}"
    if spec.get("corrections"):
        # An exported review: every correction it carries still finds its row.
        review = _extraction(stem).review
        assert review.needs_attention == [], [reason for _, reason in review.needs_attention]
    folded = text.casefold()
    for actor in spec.get("actors", ()):
        assert actor["name"] in text, f"actor name not in the text: {actor['name']!r}"
        for form in [actor.get("title", ""), *actor.get("aliases_include", ())]:
            assert form.casefold() in folded, f"title or alias not in the text: {form!r}"


def test_corpus_covers_required_features() -> None:
    covered = {feature for spec in SPECS.values() for feature in spec.get("covers", ())}
    new_articles = [stem for stem in SPECS if stem != "sco_summit_2020"]
    assert len(new_articles) >= 5
    assert [feature for feature in REQUIRED_FEATURES if feature not in covered] == []


# --- table integrity ----------------------------------------------------------


@pytest.mark.parametrize(("stem", "name"), _table_params())
def test_table_has_declared_columns(stem: str, name: str) -> None:
    from sco_core.tables import COLUMNS  # here, like sco_core in _extraction

    frame = _table(stem, name)
    missing = [column for column in COLUMNS[name] if column not in frame.columns]
    assert missing == []
    assert set(frame["doc_id"]) <= {_doc_id(stem)}


@pytest.mark.parametrize(("stem", "name"), _table_params())
def test_offsets_point_at_the_evidence(stem: str, name: str) -> None:
    """Every row's start/end lie in the text, and text[start:end] is the row's text."""
    text = _text(stem)
    bad = []
    for row in _records(stem, name):
        start, end = row["start"], row["end"]
        if _is_missing(start) or _is_missing(end) or not 0 <= start <= end <= len(text):
            bad.append(f"out of range: start={start!r} end={end!r}")
        elif "text" in row and text[int(start) : int(end)] != row["text"]:
            bad.append(f"{text[int(start) : int(end)]!r} != {row['text']!r}")
    assert bad[:5] == [], f"{len(bad)} bad rows"


# --- statements ---------------------------------------------------------------


@pytest.mark.parametrize(("stem", "expected"), _section_params("statements", "speaker"))
def test_statement(stem: str, expected: Spec) -> None:
    rows = _rows_containing(stem, "statements", expected["contains"])
    checks = {key: expected[key] for key in ("speaker", "kind", "attribution") if key in expected}
    matching = [row for row in rows if all(_same(row.get(k), v) for k, v in checks.items())]
    assert matching, f"no statement with {checks} for {expected['contains']!r}; found: " + _describe(
        rows, ("speaker", "kind", "attribution", "cue")
    )
    if "members" in expected:
        # A collective speaker stands for the actors the text makes clear.
        names = {row["actor_id"]: row["name"] for row in _records(stem, "actors")}
        found = [{_norm(names.get(m, m)) for m in _as_list(row.get("members"))} for row in matching]
        assert {_norm(m) for m in expected["members"]} in found, f"members found: {found}"
        assert all(bool(row.get("joint")) for row in matching)
    if "through" in expected:
        # A quotation over several sentences or paragraphs is one statement that holds all of it.
        whole = [row for row in matching if expected["through"] in _as_str(row["text"])]
        assert whole, f"the quotation is split: no one statement holds {expected['through']!r}"
        assert len(_as_list(whole[0]["sentences"])) >= 2


def _not_statement_params() -> list[Any]:
    return [
        pytest.param(stem, substring, id=param.id)
        for param in _section_params("not_statements", None)
        for stem, substring in [param.values]
    ]


@pytest.mark.parametrize(("stem", "substring"), _not_statement_params())
def test_not_a_statement(stem: str, substring: str) -> None:
    rows = _rows_containing(stem, "statements", substring)
    assert rows == [], _describe(rows, ("speaker", "cue", "text"))


# --- proposals ----------------------------------------------------------------


def _proposal_rows(stem: str, proposal: Spec) -> list[dict[str, Any]]:
    rows = [row for row in _records(stem, "proposals") if _same(row.get("set_label"), proposal["set_label"])]
    assert rows, f"no proposals labelled {proposal['set_label']!r}; labels: " + repr(
        sorted({_as_str(row.get("set_label")) for row in _records(stem, "proposals")})
    )
    return rows


@pytest.mark.parametrize(("stem", "proposal"), _proposal_params())
def test_proposal_ordinals(stem: str, proposal: Spec) -> None:
    ordinals = sorted(int(row["ordinal"]) for row in _proposal_rows(stem, proposal))
    assert ordinals == [item["ordinal"] for item in proposal["items"]]


@pytest.mark.parametrize(("stem", "proposal", "item"), _proposal_item_params())
def test_proposal_item(stem: str, proposal: Spec, item: Spec) -> None:
    rows = [
        row
        for row in _proposal_rows(stem, proposal)
        if not _is_missing(row["ordinal"]) and int(row["ordinal"]) == item["ordinal"]
    ]
    assert len(rows) == 1, f"{len(rows)} rows with ordinal {item['ordinal']}"
    assert item["contains"] in _as_str(rows[0]["text"])


@pytest.mark.parametrize(("stem", "proposal"), _proposal_params(require="proposer"))
def test_proposal_proposer(stem: str, proposal: Spec) -> None:
    proposers = {_as_str(row.get("proposer")) for row in _proposal_rows(stem, proposal)}
    assert all(_same(proposer, proposal["proposer"]) for proposer in proposers), proposers


@pytest.mark.parametrize(("stem", "proposal"), _proposal_params(require="declared_count"))
def test_proposal_declared_count(stem: str, proposal: Spec) -> None:
    """The declared count is kept, and a count the items do not match is flagged."""
    declared = proposal["declared_count"]
    found = len(proposal["items"])
    for row in _proposal_rows(stem, proposal):
        assert int(row["declared_count"]) == declared
        assert int(row["found_count"]) == found
        assert bool(row["count_mismatch"]) is (declared != found)


# --- named lists --------------------------------------------------------------


def _list_groups(stem: str, label: str) -> list[list[dict[str, Any]]]:
    """Return the rows of each list with this label, each list in position order."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in _records(stem, "lists"):
        if _same(row.get("label"), label):
            groups.setdefault(row.get("list_id"), []).append(row)
    assert groups, f"no list labelled {label!r}; labels: " + repr(
        sorted({_as_str(row.get("label")) for row in _records(stem, "lists")})
    )
    return [sorted(rows, key=lambda row: row["position"]) for rows in groups.values()]


@pytest.mark.parametrize(("stem", "expected"), _section_params("lists", "label"))
def test_list_items(stem: str, expected: Spec) -> None:
    found = [[_as_str(row["item"]).strip() for row in rows] for rows in _list_groups(stem, expected["label"])]
    assert expected["items"] in found


@pytest.mark.parametrize(("stem", "expected"), _section_params("lists", "label"))
def test_list_kind(stem: str, expected: Spec) -> None:
    kinds = {_as_str(row["kind"]) for rows in _list_groups(stem, expected["label"]) for row in rows}
    assert expected["kind"] in kinds


# --- actors -------------------------------------------------------------------


def _actor(stem: str, name: str) -> dict[str, Any]:
    rows = [row for row in _records(stem, "actors") if _same(row.get("name"), name)]
    names = sorted(_as_str(row.get("name")) for row in _records(stem, "actors"))
    assert len(rows) == 1, f"{len(rows)} actors named {name!r}; actors: {names}"
    return rows[0]


@pytest.mark.parametrize(("stem", "expected"), _actor_params(None))
def test_actor_type(stem: str, expected: Spec) -> None:
    actor = _actor(stem, expected["name"])
    if "type" in expected:
        assert _as_str(actor["type"]) == expected["type"]


@pytest.mark.parametrize(("stem", "expected"), _actor_params("title"))
def test_actor_title(stem: str, expected: Spec) -> None:
    assert _same(_actor(stem, expected["name"])["title"], expected["title"])


@pytest.mark.parametrize(("stem", "expected"), _actor_params("aliases_include"))
def test_actor_aliases(stem: str, expected: Spec) -> None:
    aliases = {alias.casefold() for alias in _as_list(_actor(stem, expected["name"])["aliases"])}
    missing = [alias for alias in expected["aliases_include"] if alias.casefold() not in aliases]
    assert missing == [], f"aliases found: {sorted(aliases)}"


def _not_actor_params() -> list[Any]:
    return [
        pytest.param(stem, name, id=param.id)
        for param in _section_params("not_actors", None)
        for stem, name in [param.values]
    ]


@pytest.mark.parametrize(("stem", "name"), _not_actor_params())
def test_not_an_actor(stem: str, name: str) -> None:
    names = [_as_str(row.get("name")) for row in _records(stem, "actors")]
    assert name.casefold() not in {found.strip().casefold() for found in names}
