"""Typed records of an extraction, each with its evidence: sentence id and character offsets."""

from __future__ import annotations

from typing import NamedTuple


class Sentence(NamedTuple):
    sent_id: int
    para_id: int
    start: int
    end: int
    text: str
    first_token: int
    end_token: int


class Mention(NamedTuple):
    """One occurrence of an actor; ``rule`` names the rule that found it."""

    actor_id: str
    sent_id: int
    start: int
    end: int
    text: str
    via: str
    rule: str


class Actor(NamedTuple):
    actor_id: str
    name: str
    type: str
    title: str
    aliases: list[str]
    mentions: int
    sent_id: int
    start: int
    end: int


class Statement(NamedTuple):
    """One statement: a reported clause, or a whole quotation over the ``sentences`` it spans."""

    stmt_id: int
    sent_id: int
    sentences: list[int]
    para_id: int
    start: int
    end: int
    text: str
    speaker: str
    speaker_id: str
    kind: str
    cue: str
    attribution: str
    quotes: list[list[int]]
    themes: list[str]
    joint: bool
    members: list[str]


class Proposal(NamedTuple):
    proposal_id: int
    set_label: str
    ordinal: int
    sent_id: int
    start: int
    end: int
    text: str
    proposer: str
    proposer_id: str
    themes: list[str]
    actions: list[str]
    declared_count: int | None
    found_count: int
    count_mismatch: bool


class ListItem(NamedTuple):
    list_id: int
    label: str
    kind: str
    item: str
    position: int
    sent_id: int
    start: int
    end: int


def item_rows(
    text: str, list_id: int, label: str, kind: str, sent_id: int, items: list[tuple[int, int]]
) -> list[ListItem]:
    """The rows of one list: an item per span, numbered from 1, each with its words as evidence."""
    return [
        ListItem(
            list_id=list_id,
            label=label,
            kind=kind,
            item=text[start:end],
            position=position,
            sent_id=sent_id,
            start=start,
            end=end,
        )
        for position, (start, end) in enumerate(items, start=1)
    ]


class ThemeHit(NamedTuple):
    sent_id: int
    theme: str
    term: str
    start: int
    end: int
