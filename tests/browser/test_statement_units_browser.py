"""In Chromium: a quotation over two sentences is one quote card, and a joint statement shows
under its group and is found by filtering on each of its members, by link."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_harness import App, open_app, served_article
from playwright.sync_api import expect

import sco_core

pytestmark = pytest.mark.browser

# Written for this test: a readout with a two-sentence quotation and a joint statement.
ARTICLE = (
    "Talks in Moscow\n\n"
    "President Vladimir Putin held talks with President Jiang Zemin in the Kremlin on Monday.\n\n"
    "“Our countries are close partners. The treaty will serve us for decades,” Putin said.\n\n"
    "The two presidents stressed the importance of the new treaty for regional stability.\n"
)


@pytest.fixture(scope="module")
def units_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_article(tmp_path_factory.mktemp("units"), "talks.txt", ARTICLE) as url:
        yield url


@pytest.fixture
def units(chromium, units_url: str) -> Iterator[App]:
    with open_app(chromium, units_url) as app:
        yield app


def open_cards(app: App) -> object:
    cards = app.page.locator("[data-testid='stExpander']")
    expected = len(sco_core.extract(ARTICLE).statements)
    expect(cards).to_have_count(expected, timeout=60_000)
    for index in range(expected):
        cards.nth(index).locator("summary").click()
    return cards


def test_a_two_sentence_quotation_is_one_card(units: App) -> None:
    units.goto("/statements")
    cards = open_cards(units)
    quoted = cards.filter(has_text="Our countries are close partners")
    expect(quoted).to_have_count(1)
    expect(quoted).to_contain_text("The treaty will serve us for decades")
    expect(quoted).to_contain_text("One quotation over 2 sentences")
    expect(quoted.locator("summary")).to_contain_text("Vladimir Putin")
    units.screenshot("statement_units")
    units.assert_clean()


@pytest.mark.parametrize("member", ["Vladimir+Putin", "Jiang+Zemin"])
def test_a_joint_statement_is_found_through_each_member(units: App, member: str) -> None:
    units.goto(f"/statements?actor={member}")
    cards = units.page.locator("[data-testid='stExpander']")
    # Its label names the group (the other cards may quote it in their context).
    joint = cards.filter(has=units.page.locator("summary", has_text="two presidents ·"))
    expect(joint).to_have_count(1, timeout=60_000)
    joint.locator("summary").click()
    expect(joint).to_contain_text("Joint statement")
    expect(joint).to_contain_text("Vladimir Putin, Jiang Zemin")
    units.assert_clean()
