"""AppTest: a quotation over several sentences is one card; a joint statement is found through each member."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import sco_core
from sco_app import data

STATEMENTS = "pages/statements.py"

# Written for this test: a readout with a two-sentence quotation and a joint statement.
UNITS_ARTICLE = (
    "Talks in Moscow\n\n"
    "President Vladimir Putin held talks with President Jiang Zemin in the Kremlin on Monday.\n\n"
    "“Our countries are close partners. The treaty will serve us for decades,” Putin said.\n\n"
    "The two presidents stressed the importance of the new treaty for regional stability.\n"
)


@pytest.fixture
def units(monkeypatch) -> SimpleNamespace:
    monkeypatch.setitem(data.ARTICLES, "units", ("Talks in Moscow", lambda: UNITS_ARTICLE))
    return SimpleNamespace(key="units", ex=sco_core.extract(UNITS_ARTICLE))


def open_statements(app, switch) -> object:
    at = app()
    at.session_state[data.ARTICLE_KEY] = "units"
    at.run()
    switch(at, STATEMENTS)
    assert not at.exception
    return at


def test_a_quotation_over_two_sentences_is_one_card(app, switch, units) -> None:
    quoted = units.ex.statements[units.ex.statements.text.str.contains("Our countries")]
    assert len(quoted) == 1 and len(quoted.iloc[0].sentences) == 2
    at = open_statements(app, switch)
    assert len(at.expander) == len(units.ex.statements)
    bodies = [card.children[0].value for card in at.expander if "Our countries" in card.children[0].value]
    assert len(bodies) == 1
    assert "The treaty will serve us for decades" in bodies[0]
    assert "One quotation over 2 sentences" in bodies[0]


@pytest.mark.parametrize("member", ["Vladimir Putin", "Jiang Zemin"])
def test_a_joint_statement_is_found_by_filtering_on_each_member(app, switch, units, member: str) -> None:
    joint = units.ex.statements[units.ex.statements.joint]
    assert list(joint.speaker) == ["two presidents"]
    at = open_statements(app, switch)
    at.multiselect(key="actor").set_value([member])
    at.run()
    bodies = [card.children[0].value for card in at.expander]
    joint_cards = [body for body in bodies if "Joint statement" in body]
    assert len(joint_cards) == 1
    assert "Vladimir Putin, Jiang Zemin" in joint_cards[0]
    labels = [card.label for card in at.expander]
    assert any("two presidents" in label for label in labels)
