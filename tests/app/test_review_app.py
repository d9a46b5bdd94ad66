"""AppTest: review and correct. A speaker corrected on a card is kept (a new session sees it),
marked, counted in the charts and the tables the downloads are made of; undo brings back the
engine's answer; one session-mode visitor's corrections never reach another's."""

from __future__ import annotations

import json

import pytest

import sco_core
from sco_app import data, review

STATEMENTS = "pages/statements.py"


@pytest.fixture
def seed() -> sco_core.Extraction:
    return sco_core.extract(sco_core.load_default_article(), doc_id=data.DEFAULT_ARTICLE)


def book_statement(seed):
    return seed.statements[seed.statements.speaker == "blue book"].iloc[0]


def anchor(row) -> str:
    return f"review_{int(row.start)}_{int(row.end)}"


def card_labels(at) -> list[str]:
    """The statement cards' labels, the speaker's bold marks dropped."""
    return [e.label.replace("**", "") for e in at.expander if " · " in e.label]


def submit(at, form: str):
    """Press the submit button of the form whose id holds ``form`` and run the app."""
    next(b for b in at.button if b.proto.is_form_submitter and form in b.proto.form_id).click().run()
    return at


def correct_speaker(at, row, speaker_id: str) -> None:
    key = anchor(row)
    at.button(key=f"{key}_open").click().run()
    at.selectbox(key=f"{key}_speaker").set_value(speaker_id)
    submit(at, key)
    assert not at.exception, [e.value for e in at.exception]


def most_quoted(at) -> dict[str, int]:
    """Statements per speaker as the Overview's "Most quoted actors" chart draws them."""
    for chart in at.get("plotly_chart"):
        figure = json.loads(chart.proto.spec)
        if "Most quoted" in json.dumps(figure["layout"].get("title", "")):
            counts: dict[str, int] = {}
            for trace in figure["data"]:
                for name, value in zip(trace["y"], trace["x"], strict=True):
                    counts[name] = counts.get(name, 0) + int(value)
            return counts
    raise AssertionError("no Most quoted actors chart")


def test_a_corrected_speaker_is_kept_marked_counted_and_undone(app, switch, seed) -> None:
    row = book_statement(seed)
    at = app(STATEMENTS)
    engine_quoted = most_quoted(switch(app(), "pages/overview.py"))
    correct_speaker(at, row, "person:xi-jinping")
    labels = card_labels(at)
    assert any(label.startswith("Xi Jinping") and label.endswith("· corrected") for label in labels), labels
    assert any("1 of" in c.value and "statements reviewed" in c.value for c in at.caption)

    # Kept: a new session (a reload) sees it, in the cards, the chart and the tables downloaded.
    again = app(STATEMENTS)
    assert any(label.startswith("Xi Jinping") and "corrected" in label for label in card_labels(again))
    overview = switch(app(), "pages/overview.py")
    quoted = most_quoted(overview)
    assert quoted.get("Xi Jinping", 0) == engine_quoted.get("Xi Jinping", 0) + 1
    assert quoted.get("blue book", 0) == engine_quoted.get("blue book", 0) - 1
    shown = data.extraction_for(data.DEFAULT_ARTICLE).statements
    corrected = shown[shown.start == row.start].iloc[0]
    assert (corrected.speaker, corrected.origin) == ("Xi Jinping", "analyst")

    # Undo on the card: the engine's answer again, everywhere.
    undo = next(b for b in again.button if b.key and b.key.startswith(f"{anchor(row)}_undo_"))
    undo.click().run()
    assert not any("corrected" in label for label in card_labels(again))
    assert most_quoted(switch(app(), "pages/overview.py")) == engine_quoted
    assert data.corrections_for(data.DEFAULT_ARTICLE) == []


def test_confirm_and_the_unreviewed_filter(app, seed) -> None:
    at = app(STATEMENTS)
    first = seed.statements.sort_values("start").iloc[0]
    at.button(key=f"{anchor(first)}_confirm").click().run()
    assert any("1 of" in c.value and "reviewed" in c.value for c in at.caption)
    at.toggle(key=review.UNREVIEWED).set_value(True).run()
    assert len(card_labels(at)) == len(seed.statements) - 1
    # The filter is part of a shared link: opened from the URL, it shows the same cards.
    linked = app(STATEMENTS, **{review.UNREVIEWED: "true"})
    assert len(card_labels(linked)) == len(seed.statements) - 1


def test_a_long_review_undoes_any_correction_and_a_card_its_newest(app, seed) -> None:
    from sco_core.corrections import for_row, validate

    library = data.library()
    rows = seed.statements.sort_values("start").to_dict("records")
    made = [validate(for_row("statements", "confirm", row, seed.text), seed) for row in rows[:7]]
    book = book_statement(seed)
    made += [
        validate(for_row("statements", "kind", book, seed.text, kind="direct"), seed),
        validate(for_row("statements", "speaker", book, seed.text, speaker_id="person:xi-jinping"), seed),
    ]
    for fix in made:
        library.add_correction(data.DEFAULT_ARTICLE, fix)
    at = app(STATEMENTS)
    # The newest few each with a button; the others behind one picker.
    sidebar_undos = [b.key for b in at.sidebar.button if b.key and b.key.startswith("undo_")]
    assert sidebar_undos == [*[f"undo_{fix.id}" for fix in reversed(made)][: review.RECENT], "undo_picked"]
    picker = next(s for s in at.sidebar.selectbox if s.key and s.key.startswith("undo_pick_"))
    assert list(picker.options) == [
        review.describe(c, review.names_of(seed)) for c in reversed(made[: -review.RECENT])
    ]
    # A card shows the Undo of its newest correction only: undoing it shows the one before.
    card_undos = [b for b in at.button if b.key and b.key.startswith(f"{anchor(book)}_undo_")]
    assert [b.key for b in card_undos] == [f"{anchor(book)}_undo_{made[-1].id}"]
    oldest = made[0]
    picker.set_value(oldest.id).run()
    at.button(key="undo_picked").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [c.id for c in data.corrections_for(data.DEFAULT_ARTICLE)] == [c.id for c in made[1:]]


def test_a_bad_name_is_refused_with_a_message_and_keeps_nothing(app, seed) -> None:
    row = book_statement(seed)
    at = app(STATEMENTS)
    key = anchor(row)
    at.button(key=f"{key}_open").click().run()
    at.selectbox(key=f"{key}_speaker").set_value(review.NEW_SPEAKER)
    at.text_input(key=f"{key}_name").input("   ")
    submit(at, key)
    assert any("not kept" in e.value and "empty" in e.value for e in at.error)
    assert data.corrections_for(data.DEFAULT_ARTICLE) == []


def test_a_typed_name_is_shown_literally(app, seed) -> None:
    row = book_statement(seed)
    at = app(STATEMENTS)
    key = anchor(row)
    at.button(key=f"{key}_open").click().run()
    at.selectbox(key=f"{key}_speaker").set_value(review.NEW_SPEAKER)
    at.text_input(key=f"{key}_name").input("**Bold** [link](http://x.test)")
    submit(at, key)
    assert not at.exception
    label = next(label for label in card_labels(at) if "corrected" in label)
    assert "\\*\\*Bold\\*\\*" in label and "\\[link\\]" in label  # escaped for Markdown


def test_session_mode_visitors_keep_their_corrections_apart(app, seed, monkeypatch) -> None:
    monkeypatch.setenv("SCO_LIBRARY_MODE", "session")
    row = book_statement(seed)
    one = app(STATEMENTS)
    correct_speaker(one, row, "person:xi-jinping")
    assert any("corrected" in label for label in card_labels(one))
    other = app(STATEMENTS)
    assert not any("corrected" in label for label in card_labels(other))
    assert any(label.startswith("blue book") for label in card_labels(other))


def test_actor_source_and_item_corrections(app, switch, seed) -> None:
    at = switch(app(), "pages/actors.py")
    at.selectbox(key="actor_fix_actor").set_value("document:blue-book")
    at.radio(key="actor_fix_op").set_value("rename")
    at.text_input(key="actor_fix_name").input("China-SCO blue book")
    submit(at, "actor_form")
    assert not at.exception
    table = at.dataframe[0].value
    assert "China-SCO blue book" in set(table["name"])
    assert table.set_index("name").loc["China-SCO blue book", "origin"] == "analyst"

    source = switch(app(), "pages/source.py")
    said = {s for ss in seed.statements.sentences for s in ss}
    free = seed.sentences[~seed.sentences.sent_id.isin(said)].iloc[0]
    source.selectbox(key="missed_sentence").set_value(int(free.sent_id))
    source.selectbox(key="missed_speaker").set_value("person:zhang-hanhui")
    submit(source, "missed_form")
    assert not source.exception
    statements = data.extraction_for(data.DEFAULT_ARTICLE).statements
    added = statements[statements.start == free.start].iloc[0]
    assert (added.speaker, added.origin) == ("Zhang Hanhui", "analyst")

    proposals = switch(app(), "pages/proposals.py")
    proposals.selectbox(key="proposals_fix_item").set_value(0)
    proposals.radio(key="proposals_fix_op").set_value("remove")
    submit(proposals, "proposals_form")
    assert not proposals.exception
    assert len(data.extraction_for(data.DEFAULT_ARTICLE).proposals) == len(seed.proposals) - 1
    sidebar = [e for e in proposals.sidebar.expander if e.label.startswith("Corrections")]
    assert sidebar and sidebar[0].label == "Corrections (3)"


def test_a_rerun_applies_the_corrections_again_only_when_they_change(app, seed, monkeypatch) -> None:
    from sco_core.corrections import apply_corrections, for_row, validate

    applied: list[int] = []

    def counting(engine, corrections):
        applied.append(len(corrections))
        return apply_corrections(engine, corrections)

    monkeypatch.setattr(data, "apply_corrections", counting)
    library = data.library()
    book = book_statement(seed)
    library.add_correction(
        data.DEFAULT_ARTICLE,
        validate(for_row("statements", "speaker", book, seed.text, speaker_id="person:xi-jinping"), seed),
    )
    at = app(STATEMENTS)
    assert applied == [1]
    at.run()  # a rerun with the same corrections reads the kept tables
    assert applied == [1]
    # A correction made elsewhere (another tab) changes what is applied on the next run.
    library.add_correction(
        data.DEFAULT_ARTICLE, validate(for_row("statements", "confirm", book, seed.text), seed)
    )
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert applied == [1, 2]
