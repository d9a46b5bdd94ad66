"""Table schemas of an extraction, and the object that holds one article's tables."""

from __future__ import annotations

# Provenance, the last columns of every table: ``origin`` says whether a row is the engine's
# reading or an analyst's correction (see sco_core.corrections); a statement is ``reviewed`` once an
# analyst has confirmed or corrected it. The engine fills them with these defaults.
ORIGINS: tuple[str, ...] = ("engine", "analyst")
PROVENANCE: dict[str, object] = {"reviewed": False, "origin": "engine"}

# Every table's columns, declared once. An empty table is an empty frame with these columns.
COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_id", "sent_id", "para_id", "start", "end", "text"),
    "actors": (
        "doc_id",
        "actor_id",
        "name",
        "type",
        "title",
        "aliases",
        "mentions",
        "sent_id",
        "start",
        "end",
    ),
    "mentions": ("doc_id", "actor_id", "sent_id", "start", "end", "text", "via"),
    "statements": (
        "doc_id",
        "stmt_id",
        "sent_id",
        "sentences",
        "para_id",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_id",
        "kind",
        "cue",
        "attribution",
        "quotes",
        "themes",
        "joint",
        "members",
        "reviewed",
    ),
    "proposals": (
        "doc_id",
        "proposal_id",
        "set_label",
        "ordinal",
        "sent_id",
        "start",
        "end",
        "text",
        "proposer",
        "proposer_id",
        "themes",
        "actions",
        "declared_count",
        "found_count",
        "count_mismatch",
    ),
    "lists": ("doc_id", "list_id", "label", "kind", "item", "position", "sent_id", "start", "end"),
    "principles": (
        "doc_id",
        "list_id",
        "group",
        "label",
        "kind",
        "item",
        "position",
        "sent_id",
        "start",
        "end",
    ),
    "pillars": (
        "doc_id",
        "list_id",
        "group",
        "label",
        "kind",
        "item",
        "position",
        "sent_id",
        "start",
        "end",
    ),
    "themes": ("doc_id", "sent_id", "theme", "term", "start", "end"),
}

COLUMNS = {name: (*columns, "origin") for name, columns in COLUMNS.items()}

TABLE_NAMES: tuple[str, ...] = tuple(COLUMNS)
