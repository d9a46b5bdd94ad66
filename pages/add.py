"""Add articles: paste text, upload files or give a web address; the articles kept so far, to
open, retitle or remove (after a confirmation)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from sco_app import adding, data, render, ui
from sco_core.fetch import fetch
from sco_core.library import library_mode
from sco_core.sources import guess_date, guess_title
from sco_core.text_io import MAX_BYTES, ArticleError

# Session-state keys of this page.
MESSAGE = "add_message"  # (tab, kind, text) of the last paste or web add
UPLOAD_ROWS = "upload_rows"  # the per-file results of the last upload
UPLOADER_ROUND = "uploader_round"  # a new uploader key empties it after an upload
FETCHED = "fetched_source"  # a fetched page waiting for its title and date to be confirmed
CONFIRM_REMOVE = "confirm_remove"  # the article whose removal awaits a yes

ui.require_entrypoint(__file__)
state = st.session_state
library = data.library()


def prefill_paste() -> None:
    """Callback: fill the title and date from the pasted text, unless the user typed their own."""
    text = state.get("paste_text") or ""
    for key, guess in (("paste_title", guess_title), ("paste_date", guess_date)):
        guessed = (guess(text) or "") if text.strip() else ""
        if not state.get(key) or state.get(key) == state.get(f"{key}_guess"):
            state[key] = guessed
        state[f"{key}_guess"] = guessed


def add_paste() -> None:
    """Callback: add the pasted text and show it on every page."""
    try:
        article = adding.add_pasted(
            library,
            state.get("paste_text") or "",
            title=state.get("paste_title") or "",
            date=state.get("paste_date") or "",
        )
    except ArticleError as error:
        state[MESSAGE] = ("paste", "error", str(error))
        return
    for key in ("paste_text", "paste_title", "paste_date", "paste_title_guess", "paste_date_guess"):
        state[key] = ""
    state[MESSAGE] = ("paste", "success", f"Added “{article.title}”; every page now shows it.")
    ui.open_article(article.article_id)


def add_fetched() -> None:
    """Callback: add the fetched page with the title and date as edited."""
    source = state.pop(FETCHED, None)
    if source is None:
        return
    try:
        article = adding.add_source(
            library, source, title=state.get("url_title") or "", date=state.get("url_date") or ""
        )
    except ArticleError as error:  # a session library that is full
        state[FETCHED] = source
        state[MESSAGE] = ("web", "error", str(error))
        return
    state[MESSAGE] = ("web", "success", f"Added “{article.title}”; every page now shows it.")
    ui.open_article(article.article_id)


def remove(article_id: str) -> None:
    """Callback: remove an article once confirmed; a page showing it goes back to the default."""
    state.pop(CONFIRM_REMOVE, None)
    library.remove(article_id)
    if state.get(data.ARTICLE_KEY) == article_id:
        ui.open_article(data.DEFAULT_ARTICLE)


def ask_remove(article_id: str) -> None:
    """Callback: ask for a confirmation before removing an article."""
    state[CONFIRM_REMOVE] = article_id


def cancel_remove() -> None:
    """Callback: keep the article after all."""
    state.pop(CONFIRM_REMOVE, None)


def save_details(article_id: str) -> None:
    """Callback: store a new title and date for an article."""
    stored = library.get(article_id)
    if stored is not None:
        adding.retitle(
            library,
            stored,
            title=state.get(f"title_{article_id}") or "",
            date=state.get(f"date_{article_id}") or "",
        )


def show_message(tab: str) -> None:
    """The outcome of the last add from this tab, as plain text (titles come from articles)."""
    if MESSAGE in state and state[MESSAGE][0] == tab:
        _, kind, text = state[MESSAGE]
        (st.error if kind == "error" else st.success)(render.escape_markdown(text))


st.title("Add articles")
if library_mode() == "session":
    st.caption("Articles you add are kept for this browser session only; nobody else can see them.")
else:
    st.caption("Articles you add are kept on this computer and are there after a restart.")

paste, upload, web = st.tabs(["Paste text", "Upload files", "Web address"])

with paste:
    st.text_area(
        "Article text",
        key="paste_text",
        height=220,
        on_change=prefill_paste,
        placeholder="Paste the article here: headline first, then the paragraphs.",
    )
    left, right = st.columns([3, 1])
    left.text_input("Title", key="paste_title", placeholder="Taken from the first line if left empty")
    right.text_input("Date", key="paste_date", placeholder="As written, e.g. 2024-07-04")
    st.button("Add article", key="add_paste", on_click=add_paste, type="primary", icon=":material/add:")
    show_message("paste")

with upload:
    round_ = state.get(UPLOADER_ROUND, 0)
    files = st.file_uploader(
        "Article files",
        type=adding.UPLOAD_TYPES,
        accept_multiple_files=True,
        key=f"uploads_{round_}",
        help=f"Plain text, Markdown, HTML or PDF; up to {MAX_BYTES:,} bytes a file; several at once.",
    )
    if st.button(
        f"Add {len(files)} file{'s' if len(files) != 1 else ''}" if files else "Add files",
        key="add_uploads",
        disabled=not files,
        type="primary",
        icon=":material/upload_file:",
    ):
        total = len(files)
        bar = st.progress(0.0, text=f"Adding {total} files…")
        rows = adding.add_uploads(
            library,
            [(file.name, file.getvalue()) for file in files],
            on_progress=lambda done, total, name: bar.progress(
                done / total, text=f"{done} of {total} files read: {name}"
            ),
        )
        state[UPLOAD_ROWS] = [row._asdict() for row in rows]
        state[UPLOADER_ROUND] = round_ + 1  # empty the uploader, so nothing is added twice
        st.rerun()  # the sidebar's selector lists the new articles
    if state.get(UPLOAD_ROWS):
        rows = pd.DataFrame(state[UPLOAD_ROWS])
        added = int(rows["added"].sum())
        summary = f"{added} of {len(rows)} files added"
        if added < len(rows):
            st.warning(f"{summary}; the others were refused (see why below).")
        else:
            st.success(f"{summary}. Choose them in the article selector.")
        st.dataframe(
            rows[["file", "added", "title", "message"]],
            hide_index=True,
            key="upload_results",
            column_config={"added": st.column_config.CheckboxColumn("added")},
        )

with web:
    st.text_input("Web address", key="url", placeholder="https://…", max_chars=2000)
    if st.button("Fetch", key="fetch_url", icon=":material/travel_explore:"):
        state.pop(MESSAGE, None)
        try:
            with st.spinner("Fetching…"):
                source = fetch((state.get("url") or "").strip())
        except (ArticleError, ValueError) as error:
            state.pop(FETCHED, None)
            state[MESSAGE] = ("web", "error", str(error))
        else:
            state[FETCHED] = source
            state["url_title"], state["url_date"] = source.title, source.date or ""
    if FETCHED in state:
        source = state[FETCHED]
        st.text(render.opening_words(source.text, words=60))
        left, right = st.columns([3, 1])
        left.text_input("Title", key="url_title")
        right.text_input("Date", key="url_date")
        st.button("Add article", key="add_url", on_click=add_fetched, type="primary", icon=":material/add:")
    show_message("web")

st.header("Your articles")
stored = library.summaries()  # titles and dates only: listing reads no article's text
if not stored:
    st.info("No articles added yet: the embedded default is the only one.", icon=":material/library_books:")
for article in stored:
    with st.container(border=True, key=f"stored_{article.article_id}"):
        st.markdown(f"**{render.escape_markdown(article.title)}**")
        details = [article.date or "no date", article.kind, article.origin, f"id {article.article_id}"]
        st.caption(" · ".join(render.escape_markdown(d) for d in details))
        show, edit, drop, _ = st.columns([1, 1, 1, 3])
        show.button(
            "Show",
            key=f"show_{article.article_id}",
            on_click=ui.open_article,
            args=(article.article_id,),
            icon=":material/visibility:",
        )
        with edit.popover("Edit", icon=":material/edit:"):
            state.setdefault(f"title_{article.article_id}", article.title)
            state.setdefault(f"date_{article.article_id}", article.date or "")
            st.text_input("Title", key=f"title_{article.article_id}")
            st.text_input("Date", key=f"date_{article.article_id}")
            st.button(
                "Save", key=f"save_{article.article_id}", on_click=save_details, args=(article.article_id,)
            )
        drop.button(
            "Remove",
            key=f"remove_{article.article_id}",
            icon=":material/delete:",
            on_click=ask_remove,
            args=(article.article_id,),
        )
        if state.get(CONFIRM_REMOVE) == article.article_id:
            st.warning(
                f"Remove “{render.escape_markdown(article.title)}” from the library? This cannot be undone."
            )
            yes, no, _ = st.columns([1, 1, 4])
            yes.button(
                "Yes, remove",
                key=f"confirm_remove_{article.article_id}",
                on_click=remove,
                args=(article.article_id,),
                type="primary",
            )
            no.button("Cancel", key="cancel_remove", on_click=cancel_remove)
