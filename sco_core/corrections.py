"""Analyst corrections: anchored to their evidence, validated on the way in, applied on top of a
fresh extraction.

A correction is data, never a copy of the tables: one operation on one row, anchored to the row's
evidence (character offsets plus the evidence text; an actor by its id and name) and to the
article's text (its SHA-256). Each time an article is opened the engine's extraction is computed
afresh and its corrections are applied on top, so a better engine still improves what no one
corrected. A correction whose anchor matches no row any more (the engine now reads the text
differently) is reported as needing attention: never dropped, never applied to another row.

Operations, by table:

- ``statements``: ``speaker`` (``speaker_id`` of an actor of the article, or a new ``speaker``
  name and ``type``), ``kind`` (direct | reported), ``reject`` (not a statement), ``confirm``
  (right as it is), ``add`` (a missed statement: the anchor is its sentence; a ``speaker``).
- ``actors``: ``rename`` (``name``), ``retype`` (``type``), ``title`` (``title``), ``merge``
  (``into``: the actor id the actor's mentions and statements move to).
- ``proposals``: ``remove``, ``ordinal`` (``ordinal``).
- ``lists``: ``remove`` (one item), ``list_kind`` (``kind``, for the item's whole list).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from sco_core.tables import COLUMNS, LIST_VIEWS, Tables, frame, row_dicts

if TYPE_CHECKING:
    from sco_core.extractor import Extraction

OPERATIONS: dict[str, tuple[str, ...]] = {
    "statements": ("speaker", "kind", "reject", "confirm", "add"),
    "actors": ("rename", "retype", "title", "merge"),
    "proposals": ("remove", "ordinal"),
    "lists": ("remove", "list_kind"),
}
ACTOR_TYPES = ("person", "country", "organization", "document", "event", "group")
STATEMENT_KINDS = ("direct", "reported")
LIST_KINDS = ("principle", "pillar", "threat", "outcome", "other")
MAX_VALUE_CHARS = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The actors an analyst names get ids of their own, apart from the engine's.
ANALYST_ID_PREFIX = "analyst:"


class CorrectionError(ValueError):
    """A correction that cannot be accepted: the message says why, in words for the analyst."""


def text_hash(text: str) -> str:
    """The SHA-256 of an article's text: a correction belongs to exactly one text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Correction:
    """One analyst correction of one row, anchored to its evidence."""

    table: str
    op: str
    text_hash: str
    start: int = 0
    end: int = 0
    evidence: str = ""
    actor_id: str = ""
    value: Mapping[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    author: str = "analyst"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "op": self.op,
            "text_hash": self.text_hash,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "actor_id": self.actor_id,
            "value": dict(self.value),
            "created_at": self.created_at,
            "author": self.author,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Correction:
        """Read a stored or uploaded correction; a malformed one fails with a clear message."""
        if not isinstance(raw, Mapping):
            raise CorrectionError(f"a correction must be an object, not {type(raw).__name__}")
        table, op = raw.get("table"), raw.get("op")
        if table not in OPERATIONS:
            raise CorrectionError(f"unknown table {table!r}; corrections apply to {', '.join(OPERATIONS)}")
        if op not in OPERATIONS[table]:
            raise CorrectionError(
                f"unknown operation {op!r} on {table}; known: {', '.join(OPERATIONS[table])}"
            )
        value = raw.get("value") or {}
        if not isinstance(value, Mapping):
            raise CorrectionError("a correction's value must be an object")
        for key in ("start", "end"):
            if not isinstance(raw.get(key, 0), int) or isinstance(raw.get(key, 0), bool):
                raise CorrectionError(f"{key} must be a whole number of characters")
        strings = {
            k: raw.get(k, "") for k in ("text_hash", "evidence", "actor_id", "id", "created_at", "author")
        }
        for key, item in strings.items():
            if not isinstance(item, str):
                raise CorrectionError(f"{key} must be text")
        kept = {k: v for k, v in strings.items() if v or k in {"text_hash", "evidence", "actor_id"}}
        return cls(
            table=table, op=op, start=raw.get("start", 0), end=raw.get("end", 0), value=dict(value), **kept
        )


@dataclass
class Review:
    """What the corrections did to one article: those applied, and those needing attention."""

    applied: list[Correction] = field(default_factory=list)
    needs_attention: list[tuple[Correction, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "applied": [c.to_dict() for c in self.applied],
            "needs_attention": [{**c.to_dict(), "reason": reason} for c, reason in self.needs_attention],
        }


def _clean_text(value: Any, what: str, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise CorrectionError(f"{what} must be text")
    value = " ".join(value.split())
    if required and not value:
        raise CorrectionError(f"{what} is empty")
    if len(value) > MAX_VALUE_CHARS:
        raise CorrectionError(f"{what} is longer than {MAX_VALUE_CHARS} characters")
    if _CONTROL.search(value):
        raise CorrectionError(f"{what} holds control characters")
    return value


def validate(correction: Correction, extraction: Extraction) -> Correction:
    """Return ``correction`` checked against the article it is for (and its values tidied), or
    raise :class:`CorrectionError` saying what is wrong: another text, offsets outside the text,
    evidence that is not the text at those offsets, an unknown actor id, a value out of range."""
    text = extraction.text
    if correction.text_hash != text_hash(text):
        raise CorrectionError("this correction belongs to another text (its text hash differs)")
    value = dict(correction.value)
    if correction.table == "actors":
        actors = set(extraction.actors["actor_id"])
        if correction.actor_id not in actors:
            raise CorrectionError(f"no actor {correction.actor_id!r} in this article")
    else:
        if not 0 <= correction.start < correction.end <= len(text):
            raise CorrectionError(
                f"offsets {correction.start}-{correction.end} fall outside the text ({len(text):,} characters)"
            )
        if text[correction.start : correction.end] != correction.evidence:
            raise CorrectionError("the evidence is not the text at those offsets")
    op = correction.op
    if op in {"speaker", "add"}:
        speaker_id = value.get("speaker_id") or ""
        if speaker_id:
            if speaker_id not in set(extraction.actors["actor_id"]):
                raise CorrectionError(f"no actor {speaker_id!r} in this article")
            value = {"speaker_id": speaker_id}
        else:
            kind = value.get("type", "person")
            if kind not in ACTOR_TYPES:
                raise CorrectionError(f"unknown actor type {kind!r}; types: {', '.join(ACTOR_TYPES)}")
            value = {"speaker": _clean_text(value.get("speaker"), "the speaker's name"), "type": kind}
        if op == "add":
            kind = correction.value.get("kind", "reported")
            if kind not in STATEMENT_KINDS:
                raise CorrectionError(f"unknown statement kind {kind!r}; kinds: {', '.join(STATEMENT_KINDS)}")
            value["kind"] = kind
    elif op == "kind":
        if value.get("kind") not in STATEMENT_KINDS:
            raise CorrectionError(
                f"unknown statement kind {value.get('kind')!r}; kinds: {', '.join(STATEMENT_KINDS)}"
            )
        value = {"kind": value["kind"]}
    elif op == "rename":
        value = {"name": _clean_text(value.get("name"), "the new name")}
    elif op == "retype":
        if value.get("type") not in ACTOR_TYPES:
            raise CorrectionError(
                f"unknown actor type {value.get('type')!r}; types: {', '.join(ACTOR_TYPES)}"
            )
        value = {"type": value["type"]}
    elif op == "title":
        value = {"title": _clean_text(value.get("title", ""), "the title", required=False)}
    elif op == "merge":
        into = value.get("into")
        if into == correction.actor_id:
            raise CorrectionError("an actor cannot be merged into itself")
        if into not in set(extraction.actors["actor_id"]):
            raise CorrectionError(f"no actor {into!r} in this article to merge into")
        value = {"into": into}
    elif op == "ordinal":
        ordinal = value.get("ordinal")
        if not isinstance(ordinal, int) or isinstance(ordinal, bool) or not 1 <= ordinal <= 99:
            raise CorrectionError("an ordinal must be a whole number from 1 to 99")
        value = {"ordinal": ordinal}
    elif op == "list_kind":
        if value.get("kind") not in LIST_KINDS:
            raise CorrectionError(f"unknown list kind {value.get('kind')!r}; kinds: {', '.join(LIST_KINDS)}")
        value = {"kind": value["kind"]}
    else:
        value = {}
    return replace(correction, value=value)


def for_row(table: str, op: str, row: Mapping[str, Any], text: str, **value: Any) -> Correction:
    """A correction of one row of ``table`` (a statement, proposal or list item, or an actor),
    anchored to that row's evidence in ``text``."""
    digest = text_hash(text)
    if table == "actors":
        return Correction(
            table, op, digest, evidence=str(row["name"]), actor_id=str(row["actor_id"]), value=value
        )
    start, end = int(row["start"]), int(row["end"])
    return Correction(table, op, digest, start=start, end=end, evidence=text[start:end], value=value)


# -- applying ----------------------------------------------------------------------------


class _Tables:
    """The tables being corrected, as lists of row dicts (read from a frame once, on first use),
    with the anchors of each indexed, so that applying many corrections costs little more than
    building each touched frame once again."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]) -> None:
        self.tables = tables if isinstance(tables, Tables) else Tables(tables)
        self.rows: dict[str, list[dict[str, Any]]] = {}
        # The tables whose rows came from the engine's rows, not from a frame: name -> doc_id.
        self._unbuilt: dict[str, str] = {}
        self._anchors: dict[str, dict[tuple, dict[str, Any]]] = {}
        self._values: dict[str, dict[str, list]] = {}
        self._actors: dict[str, dict[str, Any]] | None = None
        # The correction being applied (who and when go on every row it touches), and the list
        # kinds whose items changed (their views are dropped, to be built from the corrected lists).
        self.correction: Correction | None = None
        self.list_kinds: set[str] = set()

    def mark(self, row: dict[str, Any], *, changed: bool = True) -> None:
        """Record on ``row`` that the current correction reviewed it, and changed it unless a confirmation."""
        assert self.correction is not None
        row["reviewed_by"], row["reviewed_at"] = self.correction.author, self.correction.created_at
        if changed:
            row["origin"] = "analyst"

    def __getitem__(self, name: str) -> list[dict[str, Any]]:
        if name not in self.rows and name in self.tables.pending:
            # No frame built yet: the engine's rows, corrected before their frame is built.
            doc_id, records = self.tables.pending[name]
            self.rows[name] = row_dicts(name, records, doc_id)
            self._unbuilt[name] = doc_id
        if name not in self.rows:
            frame = self.tables[name]
            columns = list(frame.columns)
            # One conversion of the whole frame: far cheaper than to_dict("records") or column by column.
            records = frame.to_numpy(dtype=object).tolist()
            self._values[name] = {c: [r[k] for r in records] for k, c in enumerate(columns)}
            self.rows[name] = [dict(zip(columns, row, strict=True)) for row in records]
        return self.rows[name]

    def at(self, name: str, key: tuple) -> dict[str, Any] | None:
        """The live row of ``name`` anchored at ``key``: (start, end, evidence), or (actor id, name)."""
        if name not in self._anchors:
            if name == "actors":
                self._anchors[name] = {(r["actor_id"], r["name"]): r for r in self[name]}
            else:
                column = "item" if name == "lists" else "text"
                self._anchors[name] = {(r["start"], r["end"], r[column]): r for r in self[name]}
        row = self._anchors[name].get(key)
        return row if row is not None and not row.get("_removed") else None

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        if self._actors is None:
            self._actors = {}
            for row in self["actors"]:
                self._actors.setdefault(row["actor_id"], row)
        row = self._actors.get(actor_id)
        return row if row is not None and not row.get("_removed") else None

    def add_actor(self, row: dict[str, Any]) -> None:
        self["actors"].append(row)
        if self._actors is not None:
            self._actors.setdefault(row["actor_id"], row)

    def frames_out(self) -> Tables:
        """The tables with the corrections in, removed rows dropped and added ones in text order.
        A table read from the engine's rows is built once, from the corrected rows; of one read from
        a frame only the columns that changed are built again (building a whole frame costs more
        than all the corrections); a table no correction read is passed on as it was, built or not."""
        out = Tables()
        for name in dict.keys(self.tables):
            if name not in self.rows:
                out[name] = dict.__getitem__(self.tables, name)
        out.pending = {name: rows for name, rows in self.tables.pending.items() if name not in self.rows}
        for name, rows in self.rows.items():
            if name in self._unbuilt:
                out[name] = frame(name, self._in_order(name, rows), self._unbuilt[name])
                continue
            source = self.tables[name]
            original, added = rows[: len(source)], rows[len(source) :]
            changed = {
                column: _like(source[column].dtype, new)
                for column, old in self._values[name].items()
                if (new := [r[column] for r in original]) != old
            }
            table = source.assign(**changed) if changed else source
            removed = [bool(r.get("_removed")) for r in original]
            if any(removed):
                table = table[[not gone for gone in removed]]
            added = [r for r in added if not r.get("_removed")]
            if added:
                columns = list(COLUMNS[name])
                extra = pd.DataFrame({c: [r[c] for r in added] for c in columns}, columns=columns)
                table = pd.concat([table, extra], ignore_index=True)
                if "start" in table.columns and name != "actors":
                    table = table.sort_values("start", kind="stable")
            out[name] = table.reset_index(drop=True) if (added or any(removed)) else table
        return out

    def _in_order(self, name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows kept, those an analyst added among the engine's in text order (actors: last)."""
        kept = [r for r in rows if not r.get("_removed")]
        engine_rows = len(self.tables.pending[name][1])
        if len(rows) > engine_rows and name != "actors":
            kept.sort(key=lambda r: r["start"])  # stable: the engine's order among equal starts
        return kept


def _like(dtype: Any, values: list) -> Any:
    """``values`` as an array of ``dtype``: pandas then need not infer it value by value."""
    if isinstance(dtype, np.dtype):
        if dtype.kind != "O":
            return np.array(values, dtype=dtype)
        array = np.empty(len(values), dtype=object)
        for k, value in enumerate(values):  # element by element: a list value stays one value
            array[k] = value
        return array
    return pd.array(values, dtype=dtype)


def apply_corrections(extraction: Extraction, corrections: Iterable[Correction]) -> Extraction:
    """Return a copy of ``extraction`` with ``corrections`` applied (the engine's tables are not
    changed), and what became of each in its ``review``. Corrections of another text are left out
    as needing attention; actors are corrected first, so statements can name a renamed or merged
    actor, then statements, proposals and lists, each in the order made."""
    from sco_core.extractor import Extraction

    tables = _Tables(extraction.tables)
    review = Review()
    digest = text_hash(extraction.text)
    order = {name: k for k, name in enumerate(OPERATIONS)}
    for correction in sorted(corrections, key=lambda c: order.get(c.table, len(order))):
        if correction.text_hash != digest:
            review.needs_attention.append((correction, "it was made on another text of this article"))
            continue
        tables.correction = correction
        reason = _APPLY[correction.table](tables, correction, extraction.text)
        if reason is None:
            review.applied.append(correction)
        else:
            review.needs_attention.append((correction, reason))
    frames = tables.frames_out()
    for name, kind in LIST_VIEWS.items():
        if kind in tables.list_kinds:
            frames.pop(name, None)  # built again from the corrected lists when read
    return Extraction(
        doc_id=extraction.doc_id,
        title=extraction.title,
        text=extraction.text,
        meta=extraction.meta,
        tables=frames,
        review=review,
    )


def _span_key(correction: Correction) -> tuple[int, int, str]:
    return correction.start, correction.end, correction.evidence


def _speaker(tables: _Tables, correction: Correction, anchor: tuple[int, int, int]) -> tuple[str, str, str]:
    """The (id, name, type) of the speaker a correction names, adding a new actor if it names one."""
    speaker_id = correction.value.get("speaker_id")
    if speaker_id:
        actor = tables.actor(speaker_id)
        if actor is None:
            raise LookupError(f"the actor {speaker_id!r} it names is not in the article any more")
        return speaker_id, str(actor["name"]), str(actor["type"])
    name = str(correction.value["speaker"])
    kind = str(correction.value.get("type", "person"))
    actors = tables["actors"]
    existing = next(
        (r for r in actors if str(r["name"]).casefold() == name.casefold() and not r.get("_removed")), None
    )
    if existing is not None:
        return str(existing["actor_id"]), str(existing["name"]), str(existing["type"])
    actor_id = ANALYST_ID_PREFIX + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "actor")
    sent_id, start, end = anchor
    sentences = tables.tables["sentences"]
    actor = {
        "doc_id": sentences["doc_id"].iloc[0] if len(sentences) else "",
        "actor_id": actor_id,
        "name": name,
        "type": kind,
        "title": "",
        "aliases": [],
        "mentions": 0,
        "sent_id": sent_id,
        "start": start,
        "end": end,
    }
    tables.mark(actor)
    tables.add_actor(actor)
    return actor_id, name, kind


def _apply_statement(tables: _Tables, correction: Correction, text: str) -> str | None:
    if correction.op == "add":
        return _add_statement(tables, correction, text)
    row = tables.at("statements", _span_key(correction))
    if row is None:
        return "the engine no longer reads a statement at these words"
    if correction.op == "reject":
        row["_removed"] = True
        return None
    if correction.op == "speaker":
        try:
            row["speaker_id"], row["speaker"], kind = _speaker(
                tables, correction, (int(row["sent_id"]), int(row["start"]), int(row["end"]))
            )
        except LookupError as error:
            return str(error)
        row["joint"], row["members"] = kind == "group", []
    elif correction.op == "kind":
        row["kind"] = correction.value["kind"]
    row["reviewed"] = True
    tables.mark(row, changed=correction.op != "confirm")
    return None


def _add_statement(tables: _Tables, correction: Correction, text: str) -> str | None:
    sentence = tables.at("sentences", _span_key(correction))
    if sentence is None:
        return "the engine no longer reads a sentence at these words"
    sent_id = int(sentence["sent_id"])
    statements = tables["statements"]
    if any(sent_id in list(r["sentences"]) for r in statements if not r.get("_removed")):
        return "the engine now reads a statement in this sentence"
    try:
        speaker_id, name, kind = _speaker(tables, correction, (sent_id, correction.start, correction.end))
    except LookupError as error:
        return str(error)
    themes = tables.tables["themes"]
    added = {
        "doc_id": sentence["doc_id"],
        "stmt_id": max((int(r["stmt_id"]) for r in statements), default=-1) + 1,
        "sent_id": sent_id,
        "sentences": [sent_id],
        "para_id": int(sentence["para_id"]),
        "start": correction.start,
        "end": correction.end,
        "text": text[correction.start : correction.end],
        "speaker": name,
        "speaker_id": speaker_id,
        "kind": correction.value.get("kind", "reported"),
        "cue": "",
        "attribution": "analyst",
        "quotes": [],
        "themes": list(dict.fromkeys(themes.loc[themes["sent_id"] == sent_id, "theme"])),
        "joint": kind == "group",
        "members": [],
        "reviewed": True,
    }
    tables.mark(added)
    statements.append(added)
    return None


def _apply_actor(tables: _Tables, correction: Correction, text: str) -> str | None:
    actor = tables.at("actors", (correction.actor_id, correction.evidence))
    if actor is None:
        return "the engine no longer finds this actor under this name"
    actor_id = correction.actor_id
    op = correction.op
    if op == "rename":
        old = str(actor["name"])
        actor["name"] = str(correction.value["name"])
        actor["aliases"] = list(dict.fromkeys([*actor["aliases"], old]))
        _retarget(tables, actor_id, actor_id, actor["name"])
    elif op == "retype":
        actor["type"] = correction.value["type"]
    elif op == "title":
        actor["title"] = correction.value["title"]
    elif op == "merge":
        target = tables.actor(str(correction.value["into"]))
        if target is None:
            return "the actor it merges into is not in the article any more"
        aliases = [*target["aliases"], str(actor["name"]), *actor["aliases"]]
        target["aliases"] = [a for a in dict.fromkeys(aliases) if a != target["name"]]
        target["mentions"] = int(target["mentions"]) + int(actor["mentions"])
        tables.mark(target)
        actor["_removed"] = True
        for mention in tables["mentions"]:
            if mention["actor_id"] == actor_id:
                mention["actor_id"] = target["actor_id"]
        _retarget(tables, actor_id, str(target["actor_id"]), str(target["name"]))
        return None
    tables.mark(actor)
    return None


def _retarget(tables: _Tables, actor_id: str, into: str, name: str) -> None:
    """Statements and proposals of ``actor_id`` are ``into``'s, under ``name``."""
    for row in tables["statements"]:
        if row["speaker_id"] == actor_id:
            row["speaker_id"], row["speaker"] = into, name
        if actor_id != into and actor_id in list(row["members"]):
            row["members"] = list(dict.fromkeys(into if m == actor_id else m for m in row["members"]))
    for row in tables["proposals"]:
        if row["proposer_id"] == actor_id:
            row["proposer_id"], row["proposer"] = into, name


def _apply_proposal(tables: _Tables, correction: Correction, text: str) -> str | None:
    row = tables.at("proposals", _span_key(correction))
    if row is None:
        return "the engine no longer reads a proposal item at these words"
    tables.mark(row)
    if correction.op == "ordinal":
        row["ordinal"] = int(correction.value["ordinal"])
        return None
    row["_removed"] = True
    same = [r for r in tables["proposals"] if r["set_label"] == row["set_label"] and not r.get("_removed")]
    for other in same:
        declared = other["declared_count"]
        other["found_count"] = len(same)
        other["count_mismatch"] = (
            declared is not None and not pd.isna(declared) and int(declared) != len(same)
        )
        tables.mark(other)
    return None


def _apply_list(tables: _Tables, correction: Correction, text: str) -> str | None:
    row = tables.at("lists", _span_key(correction))
    if row is None:
        return "the engine no longer reads a list item at these words"
    tables.list_kinds.add(row["kind"])
    if correction.op == "remove":
        row["_removed"] = True
    else:
        tables.list_kinds.add(correction.value["kind"])
    same = [r for r in tables["lists"] if r["list_id"] == row["list_id"] and not r.get("_removed")]
    for position, other in enumerate(sorted(same, key=lambda r: r["position"]), start=1):
        if correction.op == "remove":
            other["position"] = position
        else:
            other["kind"] = correction.value["kind"]
        tables.mark(other)
    return None


_APPLY = {
    "statements": _apply_statement,
    "actors": _apply_actor,
    "proposals": _apply_proposal,
    "lists": _apply_list,
}


# -- exporting -----------------------------------------------------------------------------


def _unique_substring(text: str, start: int, end: int, *, shortest: int = 40) -> str:
    """The shortest stretch of ``text[start:end]`` from its start, ending at a word boundary and
    at least ``shortest`` characters long, that occurs once in ``text``; else the whole stretch."""
    window = text[start:end]
    lead = len(window) - len(window.lstrip())
    for stop in range(min(len(window), lead + shortest), len(window) + 1):
        if stop < len(window) and not window[stop].isspace():
            continue
        candidate = window[lead:stop].strip()
        if candidate and text.count(candidate) == 1:
            return candidate
    return window.strip()


def annotations(extraction: Extraction, corrections: Iterable[Correction] = ()) -> dict[str, Any]:
    """The article's facts in the ``tests/data`` expectation format (tests/data/README.md), as a
    reviewed article can be added to the test corpus: the statements with their speakers, the
    proposals, lists and actors, and the ``corrections`` made, so that the test-corpus runner
    applies them to the engine's reading as the dashboard does."""
    text = extraction.text
    sentences = extraction.sentences.set_index("sent_id")
    names = dict(zip(extraction.actors["actor_id"], extraction.actors["name"], strict=True))
    statements = []
    for row in extraction.statements.to_dict("records"):
        entry: dict[str, Any] = {
            "contains": _unique_substring(text, row["start"], row["end"]),
            "speaker": row["speaker"],
            "kind": row["kind"],
        }
        if row["origin"] == "engine":
            entry["attribution"] = row["attribution"]
        if row["joint"]:
            entry["joint"] = True
            if len(row["members"]):
                entry["members"] = [names.get(m, m) for m in row["members"]]
        spanned = list(row["sentences"])
        if len(spanned) > 1:
            last = sentences.loc[spanned[-1]]
            entry["through"] = _unique_substring(text, int(last["start"]), min(int(last["end"]), row["end"]))
        statements.append(entry)
    made = list(corrections)
    said = {int(s) for row in extraction.statements["sentences"] for s in row}
    not_statements = []
    for correction in made:
        if correction.table == "statements" and correction.op == "reject":
            hit = sentences[(sentences["start"] <= correction.start) & (correction.start < sentences["end"])]
            if not hit.empty and int(hit.index[0]) not in said:
                not_statements.append(
                    _unique_substring(text, int(hit.iloc[0]["start"]), int(hit.iloc[0]["end"]))
                )
    proposals = []
    for label, rows in extraction.proposals.groupby("set_label", sort=False):
        first = rows.iloc[0]
        proposal: dict[str, Any] = {"set_label": str(label).lower()}
        if first["declared_count"] is not None and not pd.isna(first["declared_count"]):
            proposal["declared_count"] = int(first["declared_count"])
        if first["proposer"]:
            proposal["proposer"] = first["proposer"]
        proposal["items"] = [
            {
                "ordinal": int(item["ordinal"]),
                "contains": _unique_substring(text, item["start"], item["end"], shortest=20),
            }
            for item in rows.to_dict("records")
        ]
        proposals.append(proposal)
    lists = [
        {
            "label": str(rows.iloc[0]["label"]),
            "kind": str(rows.iloc[0]["kind"]),
            "items": [str(i) for i in rows.sort_values("position")["item"]],
        }
        for _, rows in extraction.lists.groupby("list_id", sort=False)
    ]
    actors = []
    for row in extraction.actors.to_dict("records"):
        if row["name"] not in text:
            continue  # an analyst's name the text never writes: nothing a test could find
        actor: dict[str, Any] = {"name": row["name"], "type": row["type"]}
        if row["title"] and str(row["title"]).casefold() in text.casefold():
            actor["title"] = row["title"]
        aliases = [a for a in row["aliases"] if a.casefold() in text.casefold()][:3]
        if aliases:
            actor["aliases_include"] = aliases
        actors.append(actor)
    return {
        "doc_id": extraction.doc_id,
        "title": extraction.title,
        "covers": ["reviewed by an analyst"],
        "statements": statements,
        "not_statements": not_statements,
        "proposals": proposals,
        "lists": lists,
        "actors": actors,
        "corrections": [c.to_dict() for c in made],
    }
