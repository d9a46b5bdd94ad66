"""Review and correct: the analyst's corrections, made where a fact is shown and undone from
the same place or the sidebar's list.

Every correction goes through :func:`sco_core.corrections.validate` against the article as
shown (so unknown ids and bad values are refused with the message the engine gives) and is kept
in the visitor's library (:mod:`sco_app.data`); nothing here changes a table directly. Names an
analyst types are text: shown through ``render.esc``/``escape_markdown``, never as markup.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import streamlit as st

from sco_app import data, render
from sco_core.corrections import (
    ACTOR_TYPES,
    LIST_KINDS,
    Correction,
    CorrectionError,
    annotations,
    for_row,
    validate,
)
from sco_core.text_io import ArticleError

if TYPE_CHECKING:
    import pandas as pd

    from sco_core import Extraction

# Session-state keys: the message of the last refused correction; the statement whose
# correction form is open (its anchor).
ERROR_KEY = "review_error"
NOTICE_KEY = "review_notice"
EDITING_KEY = "review_editing"
NEW_SPEAKER = "Someone else (type a name)…"
# A page-level filter of the Statements page, bound to the URL like the sidebar's.
UNREVIEWED = "unreviewed"
# The newest corrections the sidebar lists each with its Undo button; older ones are picked.
RECENT = 5


def record(article: str, correction: Correction) -> bool:
    """Keep a correction of ``article`` once it is checked against the article as shown; a
    refused one leaves its message for :func:`show_error` and keeps nothing."""
    try:
        checked = validate(correction, data.extraction_for(article))
        data.library().add_correction(article, checked)
    except (CorrectionError, ArticleError) as error:
        st.session_state[ERROR_KEY] = str(error)
        return False
    data.start_run()  # what follows reads the article with this correction in
    st.session_state.pop(ERROR_KEY, None)
    return True


def undo(article: str, correction_id: str) -> None:
    """Callback: forget one correction; the engine's answer (or an earlier correction) shows again."""
    data.library().remove_correction(article, correction_id)
    data.start_run()
    st.session_state.pop(ERROR_KEY, None)


def show_error() -> None:
    message = st.session_state.get(ERROR_KEY)
    if message:
        st.error(f"The correction was not kept: {render.escape_markdown(message)}", icon=":material/error:")


def _anchor(row: Mapping[str, Any]) -> str:
    return f"{int(row['start'])}_{int(row['end'])}"


def anchored_to(corrections: list[Correction], table: str, row: Mapping[str, Any]) -> list[Correction]:
    """The corrections of one row of ``table`` (by its anchor)."""
    if table == "actors":
        return [c for c in corrections if c.table == "actors" and c.actor_id == row["actor_id"]]
    return [
        c
        for c in corrections
        if c.table == table and (c.start, c.end) == (int(row["start"]), int(row["end"]))
    ]


def describe(correction: Correction, names: Mapping[str, str]) -> str:
    """A correction in words (plain text: the caller escapes it)."""
    value = correction.value
    what = correction.evidence if len(correction.evidence) <= 60 else correction.evidence[:57] + "…"
    speaker = names.get(
        str(value.get("speaker_id")), str(value.get("speaker_id") or value.get("speaker", ""))
    )
    return {
        ("statements", "speaker"): f"speaker of “{what}” is {speaker}",
        ("statements", "kind"): f"“{what}” is {value.get('kind')}",
        ("statements", "reject"): f"“{what}” is not a statement",
        ("statements", "confirm"): f"“{what}” confirmed",
        ("statements", "add"): f"“{what}” is a statement of {speaker}",
        ("actors", "rename"): f"{what} renamed {value.get('name')}",
        ("actors", "retype"): f"{what} is a {value.get('type')}",
        ("actors", "title"): f"{what}'s title is “{value.get('title')}”",
        ("actors", "merge"): f"{what} merged into {names.get(str(value.get('into')), value.get('into'))}",
        ("proposals", "remove"): f"proposal item “{what}” removed",
        ("proposals", "ordinal"): f"proposal item “{what}” is number {value.get('ordinal')}",
        ("lists", "remove"): f"list item “{what}” removed",
        ("lists", "list_kind"): f"the list of “{what}” is a {value.get('kind')} list",
    }.get((correction.table, correction.op), f"{correction.table}: {correction.op}")


def names_of(ex: Extraction) -> dict[str, str]:
    return dict(zip(ex.actors["actor_id"], ex.actors["name"], strict=True))


# -- the sidebar: every correction, and those needing attention ------------------------------


def sidebar(ex: Extraction, article: str) -> None:
    """The review in the sidebar: progress, and every correction with its undo button."""
    corrections = data.corrections_for(article)
    statements = ex.statements
    reviewed = int(statements["reviewed"].sum()) if len(statements) else 0
    st.header("Review")
    st.caption(f"{reviewed} of {len(statements)} statements reviewed")
    if len(statements):
        st.progress(reviewed / len(statements))
    review = ex.review
    attention = {c.id: reason for c, reason in (review.needs_attention if review else [])}
    if not corrections:
        st.caption("No corrections yet: correct a fact where it is shown.")
        return
    names = names_of(ex)
    newest = list(reversed(corrections))
    with st.expander(f"Corrections ({len(corrections)})", icon=":material/edit_note:"):
        for correction in newest[:RECENT]:
            text = render.escape_markdown(describe(correction, names))
            if correction.id in attention:
                st.markdown(
                    f":orange[needs attention] {text} — {render.escape_markdown(attention[correction.id])}"
                )
            else:
                st.markdown(text)
            st.button(
                "Undo",
                key=f"undo_{correction.id}",
                on_click=undo,
                args=(article, correction.id),
                icon=":material/undo:",
            )
        if len(newest) > RECENT:
            # The older ones behind one picker: a button each would make a long review slow to draw.
            older = {c.id: c for c in newest[RECENT:]}
            picked = st.selectbox(
                f"{len(older)} earlier corrections",
                list(older),
                format_func=lambda cid: (
                    describe(older[cid], names) + (" (needs attention)" if cid in attention else "")
                ),
                key=f"undo_pick_{article}",
            )
            st.button(
                "Undo this one",
                key="undo_picked",
                on_click=undo,
                args=(article, picked),
                icon=":material/undo:",
            )


def needs_attention(ex: Extraction, article: str) -> None:
    """Corrections whose anchor no longer matches: shown, never dropped, never applied elsewhere."""
    review = ex.review
    if not review or not review.needs_attention:
        return
    names = names_of(ex)
    with st.container(border=True):
        st.warning(
            f"{len(review.needs_attention)} correction(s) need attention: the engine now reads the text "
            "differently, so they apply to no row. Make them again where the fact is shown, or undo them.",
            icon=":material/warning:",
        )
        for correction, reason in review.needs_attention:
            st.markdown(
                f"{render.escape_markdown(describe(correction, names))} — {render.escape_markdown(reason)}"
            )
            st.button(
                "Undo",
                key=f"undo_attention_{correction.id}",
                on_click=undo,
                args=(article, correction.id),
                icon=":material/undo:",
            )


# -- statement cards --------------------------------------------------------------------------


def _speaker_correction(ex: Extraction, article: str, row: Mapping[str, Any], key: str) -> None:
    """Callback of a card's correction form: a new speaker and kind, each kept if it changed."""
    state = st.session_state
    state.pop(ERROR_KEY, None)
    choice = state.get(f"{key}_speaker")
    kind = state.get(f"{key}_kind")
    if choice in {None, row["speaker_id"]} and kind in {None, row["kind"]}:
        state[NOTICE_KEY] = "Nothing changed: pick another speaker or kind, or close the form."
        return
    kept = True
    if choice == NEW_SPEAKER:
        value = {"speaker": str(state.get(f"{key}_name") or ""), "type": state.get(f"{key}_type") or "person"}
        kept = record(article, for_row("statements", "speaker", row, ex.text, **value))
    elif choice and choice != row["speaker_id"]:
        kept = record(article, for_row("statements", "speaker", row, ex.text, speaker_id=choice))
    if kept and kind and kind != row["kind"]:
        kept = record(article, for_row("statements", "kind", row, ex.text, kind=kind))
    if kept:
        state.pop(EDITING_KEY, None)


def _open_form(key: str) -> None:
    st.session_state[EDITING_KEY] = key
    st.session_state.pop(NOTICE_KEY, None)


def _close_form() -> None:
    st.session_state.pop(EDITING_KEY, None)
    st.session_state.pop(NOTICE_KEY, None)


def statement_tools(
    ex: Extraction, article: str, row: Mapping[str, Any], corrections: list[Correction]
) -> None:
    """Inside a statement card: its review state, Confirm / Correct / Not a statement, and undo."""
    key = f"review_{_anchor(row)}"
    mine = anchored_to(corrections, "statements", row)
    if row["origin"] == "analyst":
        st.caption(":orange[Corrected by the analyst]")
    elif bool(row["reviewed"]):
        st.caption(":green[Confirmed by the analyst]")
    buttons = st.columns([1, 1, 1.3, 3])
    if not bool(row["reviewed"]):
        buttons[0].button(
            "Confirm",
            key=f"{key}_confirm",
            on_click=record,
            args=(article, for_row("statements", "confirm", row, ex.text)),
            icon=":material/check:",
            help="The speaker and the kind are right.",
        )
    buttons[1].button(
        "Correct",
        key=f"{key}_open",
        on_click=_open_form,
        args=(key,),
        icon=":material/edit:",
    )
    buttons[2].button(
        "Not a statement",
        key=f"{key}_reject",
        on_click=record,
        args=(article, for_row("statements", "reject", row, ex.text)),
        icon=":material/block:",
    )
    if mine:
        # The newest correction of the row is the one in force: undoing it shows the one before.
        latest = mine[-1]
        st.button(
            f"Undo: {describe(latest, names_of(ex))}",
            key=f"{key}_undo_{latest.id}",
            on_click=undo,
            args=(article, latest.id),
            icon=":material/undo:",
            help=f"{len(mine) - 1} earlier correction(s) of this statement show again in turn."
            if len(mine) > 1
            else None,
        )
    if st.session_state.get(EDITING_KEY) == key:
        _correction_form(ex, article, row, key)


def _correction_form(ex: Extraction, article: str, row: Mapping[str, Any], key: str) -> None:
    actors = ex.actors.sort_values("mentions", ascending=False, kind="stable")
    options = [*actors["actor_id"], NEW_SPEAKER]
    names = names_of(ex)
    with st.form(f"{key}_form", border=True):
        st.selectbox(
            "Speaker",
            options,
            index=options.index(row["speaker_id"]) if row["speaker_id"] in options else 0,
            format_func=lambda actor_id: names.get(actor_id, actor_id),
            key=f"{key}_speaker",
        )
        st.text_input("New speaker's name (for “Someone else”)", key=f"{key}_name", max_chars=200)
        st.selectbox("New speaker's type", ACTOR_TYPES, key=f"{key}_type")
        st.radio(
            "Kind",
            ["direct", "reported"],
            index=0 if row["kind"] == "direct" else 1,
            key=f"{key}_kind",
            horizontal=True,
        )
        st.form_submit_button("Save correction", on_click=_speaker_correction, args=(ex, article, row, key))
    notice = st.session_state.get(NOTICE_KEY)
    if notice:
        st.info(notice, icon=":material/info:")
    st.button("Close", key=f"{key}_close", on_click=_close_form, icon=":material/close:")


# -- source: a missed statement ------------------------------------------------------------


def _add_missed(ex: Extraction, article: str, sentences: pd.DataFrame) -> None:
    state = st.session_state
    sent_id = state.get("missed_sentence")
    if sent_id is None:
        return
    row = sentences.loc[sentences["sent_id"] == sent_id].iloc[0].to_dict()
    choice = state.get("missed_speaker")
    kind = state.get("missed_kind") or "reported"
    if choice == NEW_SPEAKER:
        value: dict[str, Any] = {
            "speaker": str(state.get("missed_name") or ""),
            "type": state.get("missed_type") or "person",
        }
    else:
        value = {"speaker_id": choice}
    record(article, for_row("statements", "add", row, ex.text, kind=kind, **value))


def missed_statement_form(ex: Extraction, article: str) -> None:
    """On the Source page: pick a sentence that holds a statement the engine missed, and give its speaker."""
    said = {int(s) for row in ex.statements["sentences"] for s in row}
    free = ex.sentences.loc[~ex.sentences["sent_id"].isin(said)]
    if free.empty:
        return
    names = names_of(ex)
    texts = dict(zip(free["sent_id"], free["text"], strict=True))
    with (
        st.expander("Add a statement the engine missed", icon=":material/add_comment:"),
        st.form("missed_form", border=False),
    ):
        st.selectbox(
            "Sentence",
            list(texts),
            format_func=lambda sent_id: " ".join(str(texts[sent_id]).split())[:140],
            key="missed_sentence",
        )
        options = [
            *ex.actors.sort_values("mentions", ascending=False, kind="stable")["actor_id"],
            NEW_SPEAKER,
        ]
        st.selectbox("Speaker", options, format_func=lambda a: names.get(a, a), key="missed_speaker")
        st.text_input("New speaker's name (for “Someone else”)", key="missed_name", max_chars=200)
        st.selectbox("New speaker's type", ACTOR_TYPES, key="missed_type")
        st.radio("Kind", ["reported", "direct"], key="missed_kind", horizontal=True)
        st.form_submit_button("Add statement", on_click=_add_missed, args=(ex, article, free))


# -- actors -----------------------------------------------------------------------------------


_ACTOR_ACTIONS = {
    "rename": "Rename",
    "retype": "Change type",
    "title": "Set title",
    "merge": "Merge into another",
}


def _correct_actor(ex: Extraction, article: str) -> None:
    state = st.session_state
    actor_id = state.get("actor_fix_actor")
    op = state.get("actor_fix_op") or "rename"
    rows = ex.actors.loc[ex.actors["actor_id"] == actor_id]
    if rows.empty:
        return
    row = rows.iloc[0].to_dict()
    value: dict[str, Any] = {
        "rename": {"name": str(state.get("actor_fix_name") or "")},
        "retype": {"type": state.get("actor_fix_type")},
        "title": {"title": str(state.get("actor_fix_title") or "")},
        "merge": {"into": state.get("actor_fix_into")},
    }[op]
    record(article, for_row("actors", op, row, ex.text, **value))


def actor_form(ex: Extraction, article: str) -> None:
    """On the Actors page: rename, retype, set the title of, or merge two actors."""
    if ex.actors.empty:
        return
    names = names_of(ex)
    ids = list(ex.actors.sort_values("mentions", ascending=False, kind="stable")["actor_id"])
    with (
        st.expander("Correct an actor", icon=":material/manage_accounts:"),
        st.form("actor_form", border=False),
    ):
        st.selectbox("Actor", ids, format_func=lambda a: names.get(a, a), key="actor_fix_actor")
        st.radio(
            "Correction",
            list(_ACTOR_ACTIONS),
            format_func=_ACTOR_ACTIONS.get,
            key="actor_fix_op",
            horizontal=True,
        )
        st.text_input("New name", key="actor_fix_name", max_chars=200)
        st.selectbox("Type", ACTOR_TYPES, key="actor_fix_type")
        st.text_input("Title", key="actor_fix_title", max_chars=200)
        st.selectbox("Merge into", ids, format_func=lambda a: names.get(a, a), key="actor_fix_into")
        st.form_submit_button("Apply", on_click=_correct_actor, args=(ex, article))


# -- proposals and lists --------------------------------------------------------------------


def _correct_item(ex: Extraction, article: str, table: str) -> None:
    state = st.session_state
    frame = ex.table(table)
    position = state.get(f"{table}_fix_item")
    if position is None or position >= len(frame):
        return
    row = frame.iloc[int(position)].to_dict()
    op = state.get(f"{table}_fix_op")
    value: dict[str, Any] = {}
    if op == "ordinal":
        value = {"ordinal": int(state.get(f"{table}_fix_ordinal") or 1)}
    elif op == "list_kind":
        value = {"kind": state.get(f"{table}_fix_kind")}
    record(article, for_row(table, op, row, ex.text, **value))


def item_form(ex: Extraction, article: str, table: str) -> None:
    """On the Proposals page (``table`` proposals) or the lists page (``lists``): remove an item,
    change a proposal's ordinal or a list's kind."""
    frame = ex.table(table)
    if frame.empty:
        return
    column = "text" if table == "proposals" else "item"
    group = "set_label" if table == "proposals" else "label"
    labels = {
        k: f"{row[group]} · {' '.join(str(row[column]).split())[:100]}"
        for k, row in enumerate(frame.to_dict("records"))
    }
    ops = {"remove": "Remove the item"} | (
        {"ordinal": "Change its number"} if table == "proposals" else {"list_kind": "Change the list's kind"}
    )
    with (
        st.expander("Correct an item", icon=":material/edit_note:"),
        st.form(f"{table}_form", border=False),
    ):
        st.selectbox("Item", list(labels), format_func=labels.get, key=f"{table}_fix_item")
        st.radio("Correction", list(ops), format_func=ops.get, key=f"{table}_fix_op", horizontal=True)
        if table == "proposals":
            st.number_input("Number", min_value=1, max_value=99, step=1, key=f"{table}_fix_ordinal")
        else:
            st.selectbox("Kind", LIST_KINDS, key=f"{table}_fix_kind")
        st.form_submit_button("Apply", on_click=_correct_item, args=(ex, article, table))


# -- export -----------------------------------------------------------------------------------


def export_buttons(ex: Extraction, article: str) -> None:
    """The article's reviewed facts in the tests/data format, and its corrections as a file the
    command line reads (``python -m sco_core extract FILE --corrections FILE.json``)."""
    corrections = data.corrections_for(article)
    stem = ex.doc_id
    left, right, _ = st.columns([1.3, 1.3, 3])
    left.download_button(
        "Export annotations",
        data=lambda: json.dumps(annotations(ex, corrections), ensure_ascii=False, indent=1).encode("utf-8"),
        file_name=f"{stem}.json",
        mime="application/json",
        key="export_annotations",
        on_click="ignore",
        icon=":material/fact_check:",
        help="The reviewed article in the test corpus's format (tests/data): save it beside the text as "
        f"{stem}.txt to add it to the tests.",
    )
    right.download_button(
        "corrections.json",
        data=lambda: json.dumps(
            {"corrections": [c.to_dict() for c in corrections]}, ensure_ascii=False, indent=1
        ).encode("utf-8"),
        file_name=f"{stem}.corrections.json",
        mime="application/json",
        key="export_corrections",
        on_click="ignore",
        icon=":material/download:",
    )
