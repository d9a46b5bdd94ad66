"""In Chromium: a transcript's turns are quote cards under their labelled speakers, found by
filtering on each speaker by link, and the Source page marks where each turn begins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_harness import App, open_app, served_article
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# Press statements after Russian-Turkish talks, 5 March 2020. Source: President of Russia
# website, en.kremlin.ru, CC BY 4.0, http://en.kremlin.ru/events/president/news/62948
TRANSCRIPT = (ROOT / "tests/transcripts/023_kremlin2020_russia_turkey_moscow_press_statements.txt").read_text(
    encoding="utf-8"
)
SPEAKERS = ["Vladimir Putin", "Recep Tayyip Erdogan"]


@pytest.fixture(scope="module")
def transcript_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_article(tmp_path_factory.mktemp("turns"), "press.txt", TRANSCRIPT) as url:
        yield url


@pytest.fixture
def transcript(chromium, transcript_url: str) -> Iterator[App]:
    with open_app(chromium, transcript_url) as app:
        yield app


def turn_card(app: App, speaker: str) -> object:
    """The card whose label names ``speaker`` and whose body shows the turn's label."""
    cards = app.page.locator("[data-testid='stExpander']")
    card = cards.filter(has=app.page.locator("summary", has_text=f"{speaker} · direct"))
    expect(card.first).to_be_visible(timeout=60_000)
    card.first.locator("summary").click()
    return card.filter(has_text="Label:")


def test_each_turn_is_a_card_under_its_speaker(transcript: App) -> None:
    transcript.goto("/statements")
    for speaker in SPEAKERS:
        card = turn_card(transcript, speaker)
        expect(card).to_have_count(1)
        expect(card).to_contain_text("One turn over")
    expect(turn_card(transcript, "Recep Tayyip Erdogan")).to_contain_text(
        "President of the Republic of Turkey Recep Tayyip Erdogan"
    )
    transcript.screenshot("transcript_turns")
    transcript.assert_clean()


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_link_filtering_on_a_speaker_shows_their_turn(transcript: App, speaker: str) -> None:
    transcript.goto(f"/statements?actor={speaker.replace(' ', '+')}")
    expect(turn_card(transcript, speaker)).to_have_count(1)
    other = next(s for s in SPEAKERS if s != speaker)
    expect(transcript.page.locator("summary", has_text=f"{other} · direct")).to_have_count(0)
    transcript.assert_clean()


def test_the_source_page_marks_where_each_turn_begins(transcript: App) -> None:
    transcript.goto("/source")
    marks = transcript.page.locator(".sco-turn")
    expect(marks).to_have_count(len(SPEAKERS), timeout=60_000)
    assert [marks.nth(i).get_attribute("data-speaker") for i in range(len(SPEAKERS))] == SPEAKERS
    expect(marks.first).to_contain_text("Mr President, ladies and gentlemen")
    transcript.assert_clean()
