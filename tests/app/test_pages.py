"""Every page of the dashboard in AppTest: default view, each filter, filters from the URL,
unknown URL values, empty results, and an article full of markup."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

import sco_core
from sco_app import data
from sco_app.filters import (
    Filters,
    filter_actors,
    filter_lists,
    filter_proposals,
    filter_statements,
    matching_sentences,
)

PAGES = {
    "overview": None,
    "statements": "pages/statements.py",
    "proposals": "pages/proposals.py",
    "principles": "pages/principles.py",
    "actors": "pages/actors.py",
    "source": "pages/source.py",
}
SHOWN = re.compile(r"^(\d+) of (\d+) ")


@pytest.fixture(scope="module")
def seed() -> sco_core.Extraction:
    """The seed article's tables, straight from the engine (the app must show these)."""
    return sco_core.extract(sco_core.load_default_article())


def no_exception(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


def plotly_charts(at) -> list:
    return at.get("plotly_chart")


def shown_counts(at, page: str) -> tuple[int, int]:
    """(shown, total) as the page states it."""
    if page == "overview":
        statements = next(m for m in at.metric if m.label == "Statements")
        match = SHOWN.match(statements.value + " ")
        return (
            (int(match.group(1)), int(match.group(2)))
            if match
            else (int(statements.value), int(statements.value))
        )
    caption = next(c.value for c in at.caption if SHOWN.match(c.value))
    match = SHOWN.match(caption)
    return int(match.group(1)), int(match.group(2))


def expected_counts(seed: sco_core.Extraction, page: str, filters: Filters) -> tuple[int, int]:
    """(shown, total) that the pure filter rules give for the page's main table."""
    return {
        "overview": lambda: (len(filter_statements(seed.statements, filters)), len(seed.statements)),
        "statements": lambda: (len(filter_statements(seed.statements, filters)), len(seed.statements)),
        "proposals": lambda: (len(filter_proposals(seed.proposals, filters)), len(seed.proposals)),
        "principles": lambda: (len(filter_lists(seed, seed.lists, filters)), len(seed.lists)),
        "actors": lambda: (len(filter_actors(seed, filters)), len(seed.actors)),
        "source": lambda: (len(matching_sentences(seed, filters)), len(seed.sentences)),
    }[page]()


def check_page_shows(at, seed, page: str, filters: Filters) -> None:
    """The page's counts, cards and rows are those of the filters."""
    no_exception(at)
    shown, total = expected_counts(seed, page, filters)
    assert shown_counts(at, page) == (shown, total)
    if page == "statements":
        assert len(at.expander) == shown
        if filters.kind:
            assert all(f"· {filters.kind} ·" in e.label for e in at.expander)
    if page == "actors" and shown:
        assert len(at.dataframe[0].value) == shown
    if page == "source":
        body = next(h.value for h in at.html if "sco-text" in h.value)
        assert body.count("sco-dim") == total - shown
    if shown == 0:
        assert any("match the current filters" in i.value for i in at.info)


# --- default view -----------------------------------------------------------------------


def test_overview_default(app, seed) -> None:
    at = app()
    no_exception(at)
    assert at.title[0].value == "Overview"
    facts = at.html[0].value
    assert "Event" in facts and "Host" in facts and "Dates" in facts
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Actors": str(len(seed.actors)),
        "Statements": str(len(seed.statements)),
        "Proposals": str(len(seed.proposals)),
        "Principles": str(len(seed.principles)),
    }
    assert len(plotly_charts(at)) == 3  # themes, article map, most quoted
    assert not at.warning and not at.info


@pytest.mark.parametrize("page", [p for p in PAGES if p != "overview"])
def test_page_default(app, seed, page: str) -> None:
    at = app(PAGES[page])
    no_exception(at)
    check_page_shows(at, seed, page, Filters())
    assert not at.info, [i.value for i in at.info]
    tables = {"statements": "statements", "proposals": "proposals", "principles": "lists", "actors": "actors"}
    if page in tables or page == "source":
        # CSV and JSON of the shown table (the statements page also exports the review).
        name = tables.get(page, "sentences")
        keys = {button.key for button in at.download_button}
        assert {f"download_{name}_csv", f"download_{name}_json"} <= keys
        assert len(keys) == (4 if page == "statements" else 2)


def test_principles_page_names_each_list_and_the_sentence_of_unnamed_ones(app, seed) -> None:
    at = app(PAGES["principles"])
    no_exception(at)
    headings = [m.value for m in at.markdown if " · " in m.value]
    named = seed.lists[seed.lists.label != ""].drop_duplicates("list_id")
    unnamed = seed.lists[seed.lists.label == ""].drop_duplicates("list_id")
    assert len(headings) == len(named) + len(unnamed)
    assert any("Shanghai Spirit" in h for h in headings)
    assert not unnamed.empty, "the seed invokes principles in running text too"
    for sent_id in unnamed.sent_id:
        assert any(f"Invoked in sentence {sent_id + 1}" in h for h in headings)
    assert not any(h.startswith("**** ·") for h in headings)  # no empty name


def test_statements_cards(app, seed) -> None:
    at = app(PAGES["statements"])
    labels = [e.label for e in at.expander]
    first = seed.statements.sort_values("start").iloc[0]
    assert labels[0].startswith(f"**{first['speaker']}** · {first['kind']} · “")
    body = at.expander[0].children[0].value
    assert "sco-sentence" in body and "Attribution:" in body and "Paragraph:" in body


# --- each filter, set in the sidebar ----------------------------------------------------


def filter_cases(seed: sco_core.Extraction) -> dict[str, tuple[str, object, Filters]]:
    """One value per filter that narrows the statements, taken from the seed's own tables."""
    quiet_speaker = seed.statements["speaker"].value_counts().index[-1]
    return {
        "theme": ("theme", ["health"], Filters(themes=("health",))),
        "actor": ("actor", [quiet_speaker], Filters(actors=(quiet_speaker,))),
        "kind": ("kind", "direct", Filters(kind="direct")),
        "q": ("q", "pandemic", Filters(q="pandemic")),
    }


def set_filter(at, key: str, value: object) -> None:
    if key in ("theme", "actor"):
        at.multiselect(key=key).set_value(value)
    elif key == "kind":
        at.button_group(key=key).set_value(value)
    else:
        at.text_input(key=key).input(value)
    at.run()


@pytest.mark.parametrize("name", ["theme", "actor", "kind", "q"])
@pytest.mark.parametrize("page", list(PAGES))
def test_each_filter(app, seed, page: str, name: str) -> None:
    key, value, filters = filter_cases(seed)[name]
    assert 0 < len(filter_statements(seed.statements, filters)) < len(seed.statements)  # the case narrows
    at = app(PAGES[page])
    set_filter(at, key, value)
    check_page_shows(at, seed, page, filters)


# --- filters from the URL ---------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGES))
def test_filters_from_query_params(app, seed, page: str) -> None:
    speaker = seed.statements["speaker"].value_counts().index[0]
    at = app(PAGES[page], theme=["health", "security"], actor=speaker, kind="reported", q="the")
    assert at.multiselect(key="theme").value == ["health", "security"]
    assert at.multiselect(key="actor").value == [speaker]
    assert at.button_group(key="kind").value == "reported"
    assert at.text_input(key="q").value == "the"
    assert not at.warning
    filters = Filters(themes=("health", "security"), actors=(speaker,), kind="reported", q="the")
    check_page_shows(at, seed, page, filters)


@pytest.mark.parametrize("page", list(PAGES))
def test_unknown_query_values_are_dropped_with_a_notice(app, seed, page: str) -> None:
    at = app(PAGES[page], theme=["bogus", "health"], actor="Nobody Atall", kind="shouting")
    no_exception(at)
    notice = " ".join(w.value for w in at.warning)
    assert "bogus" in notice and "Nobody Atall" in notice and "shouting" in notice
    assert "health" not in notice  # a known value is kept, not reported
    assert at.multiselect(key="theme").value == ["health"]
    assert at.multiselect(key="actor").value == []
    assert at.button_group(key="kind").value is None
    check_page_shows(at, seed, page, Filters(themes=("health",)))


def test_unknown_query_value_is_shown_literally(app) -> None:
    at = app(theme=["[x](javascript:alert(1))", "<script>alert(2)</script>"])
    notice = at.warning[0].value
    assert r"\[x\]\(javascript\:alert\(1\)\)" in notice
    assert r"\<script\>alert\(2\)\<\/script\>" in notice


def test_notice_goes_once_a_filter_changes(app) -> None:
    at = app(theme="bogus")
    assert at.warning
    at.multiselect(key="theme").set_value(["health"]).run()
    assert not at.warning


# --- empty results ----------------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGES))
def test_empty_result_says_so_and_clears(app, seed, page: str) -> None:
    at = app(PAGES[page], q="words that appear nowhere in the article")
    no_exception(at)
    assert any("match the current filters" in i.value for i in at.info)
    at.button(key=f"clear_filters_{page}").click().run()
    no_exception(at)
    assert at.text_input(key="q").value == ""
    assert not any("match the current filters" in i.value for i in at.info)
    check_page_shows(at, seed, page, Filters())


def test_sidebar_clear_button_resets_every_filter(app) -> None:
    at = app(PAGES["statements"], theme="health", kind="direct", q="x")
    assert not at.button(key="clear_filters_sidebar").disabled
    at.button(key="clear_filters_sidebar").click().run()
    assert at.multiselect(key="theme").value == []
    assert at.button_group(key="kind").value is None
    assert at.text_input(key="q").value == ""
    assert at.button(key="clear_filters_sidebar").disabled


# --- caching: a filter change does no extraction ----------------------------------------


def test_filter_changes_do_not_extract_again(app, switch, monkeypatch) -> None:
    calls = []
    real = sco_core.Extractor.extract

    def counting(self, text, **kwargs):
        calls.append(kwargs.get("doc_id"))
        return real(self, text, **kwargs)

    monkeypatch.setattr(sco_core.Extractor, "extract", counting)
    data.extract_text.clear()
    at = app()
    for theme in (["health"], ["security"], []):
        at.multiselect(key="theme").set_value(theme).run()
    switch(at, PAGES["statements"])
    no_exception(at)
    assert len(calls) == 1


# --- an article full of markup is shown as text -----------------------------------------

HOSTILE_ARTICLE = (
    'President Alpha Beta said: "We reject <script>alert(1)</script> and <img src=x onerror=alert(2)> today."\n\n'
    "The [summit page](javascript:alert(3)) and ![logo](http://example.invalid/logo.png) were shown, "
    "Alpha Beta said.\n\n"
    "Alpha Beta stressed that **trade** and _health_ matter :red[now] at $5 & &lt;b&gt;.\n"
)


QUIET_ARTICLE = "Quiet day\n\nThe weather was mild in the capital. Trees grew in the park."


@pytest.mark.parametrize(("page", "what"), [("statements", "statements"), ("proposals", "proposals")])
def test_an_article_without_any_says_so_and_offers_no_clear_filters(
    app, switch, monkeypatch, page: str, what: str
) -> None:
    monkeypatch.setitem(data.ARTICLES, "quiet", ("Quiet day", lambda: QUIET_ARTICLE))
    quiet = sco_core.extract(QUIET_ARTICLE)
    assert quiet.statements.empty and quiet.proposals.empty
    at = app()
    at.session_state[data.ARTICLE_KEY] = "quiet"
    at.run()
    switch(at, PAGES[page])
    no_exception(at)
    assert any(i.value == f"This article has no {what}." for i in at.info)
    assert not any("match the current filters" in i.value for i in at.info)
    assert not [b for b in at.button if b.key == f"clear_filters_{page}"]


@pytest.fixture
def hostile(monkeypatch) -> SimpleNamespace:
    """Serve an article full of HTML and Markdown through the article seam of the cache."""
    monkeypatch.setitem(data.ARTICLES, "hostile", ("Hostile <b>title</b>", lambda: HOSTILE_ARTICLE))
    return SimpleNamespace(key="hostile", ex=sco_core.extract(HOSTILE_ARTICLE))


def run_hostile(app, switch, page: str | None) -> object:
    at = app()
    at.session_state[data.ARTICLE_KEY] = "hostile"
    at.run()
    if page:
        switch(at, page)
    no_exception(at)
    return at


# Markup of the article that must never reach the page live: tags in HTML, links and images
# in Markdown (in HTML, Markdown syntax is plain text; in Markdown it must be escaped).
RAW_TAGS = ("<script", "<img", "<b>")
# In Markdown each of these must be disarmed by a backslash before its first character.
LIVE_MARKDOWN = re.compile(r"(?<!\\)(<script|<img|<b>|\]\(javascript|!\[logo|\*\*trade|:red\[)")


def assert_literal_html(markup: str) -> None:
    assert not any(raw in markup for raw in RAW_TAGS), markup


def assert_literal_markdown(markup: str) -> None:
    assert LIVE_MARKDOWN.search(markup) is None, markup


def test_hostile_article_statements_are_literal(app, switch, hostile) -> None:
    assert not hostile.ex.statements.empty, "the engine found no statement in the hostile article"
    at = run_hostile(app, switch, PAGES["statements"])
    assert len(at.expander) == len(hostile.ex.statements)
    for card in at.expander:
        assert_literal_markdown(card.label)
        assert_literal_html(card.children[0].value)
    bodies = " ".join(card.children[0].value for card in at.expander)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in bodies


@pytest.mark.parametrize("page", list(PAGES))
def test_hostile_article_every_page_is_literal(app, switch, hostile, page: str) -> None:
    at = run_hostile(app, switch, PAGES[page])
    for element in at.html:
        if not element.value.lstrip().startswith("<style>"):
            assert_literal_html(element.value)
    for element in [*at.markdown, *at.caption, *at.title, *at.subheader, *at.expander]:
        assert_literal_markdown(element.label if element in at.expander else element.value)
    if page == "source":
        body = next(h.value for h in at.html if "sco-text" in h.value)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
        assert "The [summit page](javascript:alert(3))" in body  # plain text in HTML, not a link
