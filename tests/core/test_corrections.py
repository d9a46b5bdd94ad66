"""Analyst corrections: validated on the way in, anchored to their evidence, applied on top of a
fresh extraction, and flagged (never lost, never misapplied) when the anchor no longer matches."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pandas as pd
import pytest

import sco_core
from sco_core.corrections import (
    Correction,
    CorrectionError,
    apply_corrections,
    for_row,
    text_hash,
    validate,
)


@cache
def seed() -> sco_core.Extraction:
    return sco_core.extract(sco_core.load_default_article(), doc_id="sco-summit-2020")


def statement(contains: str):
    statements = seed().statements
    return statements[statements.text.str.contains(contains, regex=False)].iloc[0]


def test_a_corrected_speaker_is_the_analysts_and_the_engines_tables_stay() -> None:
    ex = seed()
    row = statement("blue book")
    fix = validate(for_row("statements", "speaker", row, ex.text, speaker_id="person:xi-jinping"), ex)
    corrected = apply_corrections(ex, [fix])
    after = corrected.statements.set_index("stmt_id").loc[row.stmt_id]
    assert (after.speaker, after.speaker_id, after.origin, bool(after.reviewed)) == (
        "Xi Jinping",
        "person:xi-jinping",
        "analyst",
        True,
    )
    # Every other row is still the engine's, and the engine's own tables are untouched.
    others = corrected.statements[corrected.statements.stmt_id != row.stmt_id]
    assert set(others.origin) == {"engine"} and not others.reviewed.any()
    assert ex.statements.set_index("stmt_id").loc[row.stmt_id].speaker == "blue book"
    assert [c.id for c in corrected.review.applied] == [fix.id]


def test_undo_is_the_engines_answer_again() -> None:
    ex = seed()
    fix = for_row("statements", "speaker", statement("blue book"), ex.text, speaker="Someone Else")
    assert apply_corrections(ex, [fix]).statements.speaker.tolist() != ex.statements.speaker.tolist()
    assert apply_corrections(ex, []).statements.speaker.tolist() == ex.statements.speaker.tolist()


def test_a_new_speaker_is_a_new_actor_of_the_analyst() -> None:
    ex = seed()
    fix = validate(
        for_row(
            "statements", "speaker", statement("blue book"), ex.text, speaker="  Wang   Yi ", type="person"
        ),
        ex,
    )
    corrected = apply_corrections(ex, [fix])
    actor = corrected.actors[corrected.actors.name == "Wang Yi"].iloc[0]
    assert (actor.actor_id, actor.type, actor.origin) == ("analyst:wang-yi", "person", "analyst")


def test_reject_confirm_kind_and_a_missed_statement() -> None:
    ex = seed()
    reject = for_row("statements", "reject", statement("blue book"), ex.text)
    confirm = for_row("statements", "confirm", statement("Xi"), ex.text)
    kind = for_row("statements", "kind", statement("Zhang"), ex.text, kind="reported")
    free = ex.sentences[~ex.sentences.sent_id.isin({s for ss in ex.statements.sentences for s in ss})].iloc[0]
    add = for_row("statements", "add", free, ex.text, speaker_id="person:zhang-hanhui")
    corrected = apply_corrections(ex, [validate(c, ex) for c in (reject, confirm, kind, add)])
    statements = corrected.statements
    assert statement("blue book").stmt_id not in set(statements.stmt_id)
    confirmed = statements[statements.stmt_id == statement("Xi").stmt_id].iloc[0]
    assert bool(confirmed.reviewed) and confirmed.origin == "engine"
    assert statements[statements.stmt_id == statement("Zhang").stmt_id].iloc[0].kind == "reported"
    added = statements[statements.start == free.start].iloc[0]
    assert (added.speaker, added.origin, added.text) == ("Zhang Hanhui", "analyst", free.text)
    assert statements.start.is_monotonic_increasing


def test_actor_corrections_follow_into_statements_and_mentions() -> None:
    ex = seed()
    actors = ex.actors.set_index("actor_id")
    rename = for_row(
        "actors",
        "rename",
        actors.loc["person:xi-jinping"].to_dict() | {"actor_id": "person:xi-jinping"},
        ex.text,
        name="President Xi Jinping",
    )
    merge = for_row(
        "actors",
        "merge",
        {"actor_id": "document:blue-book", "name": "blue book"},
        ex.text,
        into="person:zhang-hanhui",
    )
    retype = for_row(
        "actors", "retype", {"actor_id": "country:china", "name": "China"}, ex.text, type="organization"
    )
    corrected = apply_corrections(ex, [validate(c, ex) for c in (rename, merge, retype)])
    assert "President Xi Jinping" in set(corrected.statements.speaker)
    assert "Xi Jinping" in corrected.actors.set_index("actor_id").loc["person:xi-jinping"].aliases
    assert "document:blue-book" not in set(corrected.actors.actor_id)
    assert "document:blue-book" not in set(corrected.mentions.actor_id)
    assert "blue book" not in set(corrected.statements.speaker)
    zhang = corrected.actors.set_index("actor_id").loc["person:zhang-hanhui"]
    assert (
        zhang.mentions
        == ex.actors.set_index("actor_id").loc[["person:zhang-hanhui", "document:blue-book"]].mentions.sum()
    )
    assert corrected.actors.set_index("actor_id").loc["country:china"].type == "organization"


def test_list_and_proposal_corrections() -> None:
    ex = seed()
    item = ex.lists[ex.lists.item == "equality"].iloc[0]
    pillar = ex.lists[ex.lists.kind == "pillar"].iloc[0]
    proposal = ex.proposals.iloc[-1]
    fixes = [
        for_row("lists", "remove", item, ex.text),
        for_row("lists", "list_kind", pillar, ex.text, kind="other"),
        for_row("proposals", "ordinal", ex.proposals.iloc[0], ex.text, ordinal=9),
        for_row("proposals", "remove", proposal, ex.text),
    ]
    corrected = apply_corrections(ex, [validate(c, ex) for c in fixes])
    spirit = corrected.lists[corrected.lists.list_id == item.list_id]
    assert "equality" not in set(spirit.item) and list(spirit.position) == list(range(1, len(spirit) + 1))
    assert "equality" not in set(corrected.principles.item)
    assert corrected.pillars.empty  # the pillar list is "other" now
    assert corrected.proposals.iloc[0].ordinal == 9
    assert len(corrected.proposals) == len(ex.proposals) - 1
    assert set(corrected.proposals.found_count) == {len(ex.proposals) - 1}


def test_a_list_made_principles_shows_among_them_and_the_engines_view_stays() -> None:
    ex = seed()
    pillar = ex.lists[ex.lists.kind == "pillar"].iloc[0]
    pillars = ex.lists[ex.lists.list_id == pillar.list_id]
    engine_principles = ex.principles.copy()
    fix = validate(for_row("lists", "list_kind", pillar, ex.text, kind="principle"), ex)
    corrected = apply_corrections(ex, [fix])
    added = corrected.principles[corrected.principles.list_id == pillar.list_id]
    assert list(added.item) == list(pillars.item) and set(added.group) == {pillar.label}
    assert set(added.origin) == {"analyst"} and len(corrected.principles) == len(engine_principles) + len(
        pillars
    )
    assert list(corrected.principles.columns) == list(engine_principles.columns)
    assert ex.principles.equals(engine_principles) and not ex.pillars.empty


def test_who_and_when_are_on_every_row_a_correction_touched() -> None:
    ex = seed()
    row = statement("blue book")
    actor = ex.actors.iloc[0]
    fixes = [
        replace(
            for_row("statements", "confirm", row, ex.text),
            author="a.reviewer",
            created_at="2026-12-01T10:00:00+00:00",
        ),
        replace(for_row("actors", "title", actor, ex.text, title="Chair"), author="b.reviewer"),
    ]
    corrected = apply_corrections(ex, [validate(c, ex) for c in fixes])
    confirmed = corrected.statements.set_index("stmt_id").loc[row.stmt_id]
    # A confirmation is a review, not a change: the row stays the engine's, with who and when.
    assert (confirmed.origin, confirmed.reviewed_by, confirmed.reviewed_at) == (
        "engine",
        "a.reviewer",
        "2026-12-01T10:00:00+00:00",
    )
    titled = corrected.actors.set_index("actor_id").loc[actor.actor_id]
    assert (titled.origin, titled.reviewed_by, titled.reviewed_at) == (
        "analyst",
        "b.reviewer",
        fixes[1].created_at,
    )
    untouched = corrected.statements[corrected.statements.stmt_id != row.stmt_id]
    assert set(untouched.reviewed_by) == {""} and set(untouched.reviewed_at) == {""}
    for name in sco_core.TABLE_NAMES:
        assert list(ex.table(name).columns[-3:]) == ["reviewed_by", "reviewed_at", "origin"], name


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": -1}, "outside the text"),
        ({"end": 10**7}, "outside the text"),
        ({"evidence": "not these words"}, "evidence is not the text"),
        ({"text_hash": text_hash("another text")}, "another text"),
        ({"value": {"speaker_id": "person:nobody"}}, "no actor"),
        ({"value": {"speaker": ""}}, "empty"),
        ({"value": {"speaker": "x" * 201}}, "longer than"),
        ({"value": {"speaker": "Bad\x00name"}}, "control characters"),
        ({"value": {"speaker": "Name", "type": "planet"}}, "unknown actor type"),
    ],
)
def test_bad_corrections_are_refused_with_a_clear_message(change: dict, message: str) -> None:
    ex = seed()
    fix = replace(
        for_row("statements", "speaker", statement("blue book"), ex.text, speaker_id="person:xi-jinping"),
        **change,
    )
    with pytest.raises(CorrectionError, match=message):
        validate(fix, ex)


@pytest.mark.parametrize(
    "raw",
    [
        {"table": "speeches", "op": "speaker"},
        {"table": "statements", "op": "delete_everything"},
        {"table": "statements", "op": "speaker", "start": "10"},
        {"table": "statements", "op": "speaker", "value": ["x"]},
        "not an object",
    ],
)
def test_malformed_corrections_are_refused(raw) -> None:
    with pytest.raises(CorrectionError):
        Correction.from_dict(raw)


def test_a_name_is_data_never_markup() -> None:
    ex = seed()
    name = "<script>alert(1)</script> **bold**"
    fix = validate(for_row("statements", "speaker", statement("blue book"), ex.text, speaker=name), ex)
    assert fix.value["speaker"] == name  # kept literally; the app escapes it where it shows it


def test_a_correction_round_trips_as_json() -> None:
    ex = seed()
    fix = for_row("statements", "speaker", statement("blue book"), ex.text, speaker_id="person:xi-jinping")
    assert Correction.from_dict(fix.to_dict()) == fix


def test_a_stale_anchor_needs_attention_and_is_applied_to_no_other_row() -> None:
    """The engine splits the text differently from when the correction was made: the statement it
    was anchored to is not there any more, so it is flagged, kept, and nothing else changes."""
    ex = seed()
    row = statement("blue book")
    fix = for_row("statements", "speaker", row, ex.text, speaker_id="person:xi-jinping")
    # The same text, split differently: the anchored statement now ends one sentence later.
    statements = ex.statements.copy()
    first = statements.index[statements.stmt_id == row.stmt_id][0]
    statements.loc[first, "end"] = int(statements.end.max())
    statements.loc[first, "text"] = ex.text[int(statements.loc[first, "start"]) : int(statements.end.max())]
    resplit = sco_core.Extraction(
        ex.doc_id, ex.title, ex.text, ex.meta, {**ex.tables, "statements": statements}
    )
    corrected = apply_corrections(resplit, [fix])
    assert corrected.review.applied == []
    assert [(c.id, reason) for c, reason in corrected.review.needs_attention] == [
        (fix.id, "the engine no longer reads a statement at these words")
    ]
    assert corrected.statements.speaker.tolist() == statements.speaker.tolist()
    assert set(corrected.statements.origin) == {"engine"}


def test_a_correction_of_another_text_touches_nothing() -> None:
    ex = seed()
    other = sco_core.extract("Vladimir Putin said the talks went well.")
    fix = for_row("statements", "speaker", other.statements.iloc[0], other.text, speaker="Someone")
    corrected = apply_corrections(ex, [fix])
    assert corrected.review.needs_attention and not corrected.review.applied
    assert corrected.statements.speaker.tolist() == ex.statements.speaker.tolist()


def every_kind_of_correction(ex: sco_core.Extraction) -> list[Correction]:
    """One correction of each table and operation the seed allows, validated."""
    actors = ex.actors.set_index("actor_id")
    free = ex.sentences[~ex.sentences.sent_id.isin({s for ss in ex.statements.sentences for s in ss})].iloc[0]
    fixes = [
        for_row("statements", "speaker", ex.statements.iloc[0], ex.text, speaker="An analyst's speaker"),
        for_row("statements", "reject", ex.statements.iloc[1], ex.text),
        for_row("statements", "confirm", ex.statements.iloc[2], ex.text),
        for_row("statements", "kind", ex.statements.iloc[3], ex.text, kind="reported"),
        for_row("statements", "add", free, ex.text, speaker_id="person:zhang-hanhui"),
        for_row(
            "actors",
            "rename",
            actors.loc["person:xi-jinping"].to_dict() | {"actor_id": "person:xi-jinping"},
            ex.text,
            name="President Xi Jinping",
        ),
        for_row(
            "actors",
            "merge",
            {"actor_id": "document:blue-book", "name": "blue book"},
            ex.text,
            into="person:zhang-hanhui",
        ),
        for_row("lists", "remove", ex.lists.iloc[0], ex.text),
        for_row("lists", "list_kind", ex.lists[ex.lists.kind == "pillar"].iloc[0], ex.text, kind="principle"),
        for_row("proposals", "ordinal", ex.proposals.iloc[0], ex.text, ordinal=9),
        for_row("proposals", "remove", ex.proposals.iloc[-1], ex.text),
    ]
    return [validate(fix, ex) for fix in fixes]


def test_corrections_give_the_same_tables_whether_or_not_a_frame_was_built_first() -> None:
    """The engine keeps a table as its rows until it is read; corrections applied to the rows
    (nothing read yet) and to built frames (every table read first) give the same tables."""
    text = sco_core.load_default_article()
    fixes = every_kind_of_correction(seed())
    unread = sco_core.extract(text, doc_id="sco-summit-2020")
    assert set(unread.tables.pending) == {
        n for n in sco_core.TABLE_NAMES if n not in {"principles", "pillars"}
    }
    read = sco_core.extract(text, doc_id="sco-summit-2020")
    for name in sco_core.TABLE_NAMES:
        read.tables[name]
    from_rows, from_frames = apply_corrections(unread, fixes), apply_corrections(read, fixes)
    assert len(from_rows.review.applied) == len(fixes) == len(from_frames.review.applied)
    for name in sco_core.TABLE_NAMES:
        pd.testing.assert_frame_equal(from_rows.tables[name], from_frames.tables[name], obj=name)
    assert (from_rows.statements.origin == "analyst").sum() == 3
    # A table no correction reads stays unbuilt.
    one = apply_corrections(sco_core.extract(text, doc_id="sco-summit-2020"), fixes[2:3])
    assert {"themes", "mentions", "lists", "proposals"} <= set(one.tables.pending)


def test_a_table_is_built_once_when_first_read_and_pickled_built() -> None:
    import pickle

    ex = sco_core.extract(sco_core.load_default_article())
    assert "statements" in ex.tables and "principles" in ex.tables
    assert sorted(ex.tables) == sorted(n for n in sco_core.TABLE_NAMES if n not in {"principles", "pillars"})
    first = ex.tables["statements"]
    assert ex.tables["statements"] is first and "statements" not in ex.tables.pending
    copy = pickle.loads(pickle.dumps(ex))
    assert copy.tables.pending == {}
    for name in sco_core.TABLE_NAMES:
        pd.testing.assert_frame_equal(copy.tables[name], ex.tables[name], obj=name)
