"""AppTest: a transcript's turns are quote cards under their labelled speakers, and the Source
page marks where each turn begins."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import sco_core
from sco_app import data

ROOT = Path(__file__).resolve().parents[2]
# Press statements after Russian-Turkish talks, 5 March 2020. Source: President of Russia
# website, en.kremlin.ru, CC BY 4.0, http://en.kremlin.ru/events/president/news/62948
TRANSCRIPT = (ROOT / "tests/transcripts/023_kremlin2020_russia_turkey_moscow_press_statements.txt").read_text(
    encoding="utf-8"
)
SPEAKERS = ["Vladimir Putin", "Recep Tayyip Erdogan"]


@pytest.fixture
def transcript(monkeypatch) -> SimpleNamespace:
    monkeypatch.setitem(data.ARTICLES, "turns", ("Russian-Turkish press statements", lambda: TRANSCRIPT))
    return SimpleNamespace(key="turns", ex=sco_core.extract(TRANSCRIPT))


def open_page(app, switch, page: str):
    at = app()
    at.session_state[data.ARTICLE_KEY] = "turns"
    at.run()
    switch(at, page)
    assert not at.exception
    return at


def test_each_turn_is_one_card_under_its_speaker(app, switch, transcript) -> None:
    turns = transcript.ex.statements[transcript.ex.statements.attribution == "label"]
    assert turns.speaker.tolist() == SPEAKERS
    at = open_page(app, switch, "pages/statements.py")
    cards = [card for card in at.expander if "Label:" in card.children[0].value]
    assert [card.label.split("**")[1] for card in cards] == SPEAKERS
    erdogan = cards[1].children[0].value
    assert "President of the Republic of Turkey Recep Tayyip Erdogan" in erdogan  # the label
    assert f"One turn over {len(turns.iloc[1].sentences)} sentences" in erdogan


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_filtering_on_a_speaker_shows_their_turn(app, switch, transcript, speaker: str) -> None:
    at = open_page(app, switch, "pages/statements.py")
    at.multiselect(key="actor").set_value([speaker])
    at.run()
    turn_cards = [card.label for card in at.expander if "Label:" in card.children[0].value]
    assert len(turn_cards) == 1 and speaker in turn_cards[0]


def test_the_source_page_marks_where_each_turn_begins(app, switch, transcript) -> None:
    at = open_page(app, switch, "pages/source.py")
    body = next(h.value for h in at.html if "sco-text" in h.value)
    marks = [part.split('"')[0] for part in body.split('class="sco-turn" data-speaker="')[1:]]
    assert marks == SPEAKERS
