"""The dashboard in a real browser: every page loads and draws, filters go through the UI, the
URL and the theme chart, quote cards open, downloads hold the filtered table, and an article
full of markup stays text. Every test ends with no exception box and no console error."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_harness import App, open_app, served_article, start_streamlit, stop_streamlit
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = [
    ("/", "Overview", 3),
    ("/statements", "Statements", 0),
    ("/proposals", "Proposals", 1),
    ("/principles", "Principles and pillars", 1),
    ("/actors", "Actors", 2),
    ("/source", "Source", 0),
]
SHOWN = re.compile(r"(\d+) of (\d+) statements shown")


def statements_shown(app: App) -> tuple[int, int]:
    caption = app.page.get_by_text(SHOWN).inner_text()
    shown, total = SHOWN.search(caption).groups()
    return int(shown), int(total)


def wait_for_charts(app: App, count: int) -> None:
    """Wait until `count` plotly charts are drawn (plotly draws after the script finished)."""
    charts = app.page.locator("[data-testid='stPlotlyChart']")
    # Plotly draws several `.main-svg` layers per chart, so count the chart elements
    # themselves, then wait for each one's first layer.
    expect(charts).to_have_count(count, timeout=60_000)
    for index in range(count):
        expect(charts.nth(index).locator(".main-svg").first).to_be_visible(timeout=60_000)


@pytest.mark.parametrize(("path", "title", "charts"), PAGES, ids=[p[1] for p in PAGES])
def test_every_page_loads_by_its_link(app: App, path: str, title: str, charts: int) -> None:
    app.goto(path)
    expect(app.page.locator("h1")).to_have_text(title)
    # The shared filters and the navigation are there on every page.
    expect(app.page.locator(".st-key-theme [data-testid='stMultiSelect']")).to_be_visible()
    expect(app.page.locator("[data-testid='stSidebarNav']")).to_contain_text("Principles and pillars")
    wait_for_charts(app, charts)
    app.screenshot(title.lower().split()[0])
    app.assert_clean()


def choose_theme(app: App, theme: str) -> None:
    """Pick a theme in the sidebar multiselect, the way a user does."""
    app.page.locator(".st-key-theme").get_by_role("combobox", name="Themes").click()
    app.page.get_by_role("option", name=theme, exact=True).click()
    app.page.keyboard.press("Escape")


def test_theme_through_the_ui_filters_and_changes_the_url(app: App) -> None:
    app.goto("/statements")
    _, total = statements_shown(app)
    choose_theme(app, "health")
    app.page.wait_for_url(re.compile(r"[?&]theme=health\b"))
    app.wait_for_run()
    # Wait for the filtered count itself: a caption that merely differs from "15 of 15 ..." (one with
    # more words in it) would let the test read the count before the rerun has drawn it.
    fewer = re.compile(rf"(?<!\d)(?!{total} of )\d+ of {total} statements shown")
    expect(app.page.get_by_text(SHOWN)).to_contain_text(fewer, timeout=30_000)
    shown, _ = statements_shown(app)
    assert 0 < shown < total
    expect(app.page.locator("[data-testid='stExpander']")).to_have_count(shown)
    # The filter holds on the next page, and so does the URL.
    app.page.locator("[data-testid='stSidebarNav'] a", has_text="Source").click()
    app.page.wait_for_url(re.compile(r"/source\?theme=health$"))
    app.wait_for_run()
    expect(app.page.locator(".sco-sent.sco-dim").first).to_be_attached()
    # Clearing the filters clears the URL too.
    app.page.locator(".st-key-clear_filters_sidebar button").click()
    app.page.wait_for_url(re.compile(r"/source$"))
    app.wait_for_run()
    expect(app.page.locator(".sco-sent.sco-dim")).to_have_count(0)
    app.assert_clean()


def test_theme_through_the_url(app: App) -> None:
    app.goto("/statements?theme=health&kind=reported")
    chips = app.page.locator(".st-key-theme [data-tag]")
    expect(chips).to_have_count(1)
    expect(chips.first).to_contain_text("health")
    shown, total = statements_shown(app)
    assert 0 < shown < total
    summaries = app.page.locator("[data-testid='stExpander'] summary")
    expect(summaries).to_have_count(shown)
    assert all("· reported ·" in h for h in summaries.all_inner_texts())
    app.assert_clean()


def test_unknown_url_values_are_dropped_with_a_notice(app: App) -> None:
    app.goto("/?theme=nonsense&theme=health&actor=Nobody")
    notice = app.page.locator("[data-testid='stAlert']", has_text="match nothing")
    expect(notice).to_contain_text("nonsense")
    expect(notice).to_contain_text("Nobody")
    app.page.wait_for_url(lambda url: "nonsense" not in url and "Nobody" not in url and "theme=health" in url)
    app.assert_clean()


def test_open_a_quote_card(app: App) -> None:
    app.goto("/statements?kind=direct")
    card = app.page.locator("[data-testid='stExpander']").first
    expect(card.locator("summary")).to_contain_text("· direct ·")
    card.locator("summary").click()
    body = card.locator(".sco-card")
    expect(body).to_be_visible()
    expect(body.locator(".sco-sentence .sco-quote").first).to_be_visible()  # the speaker's words, set apart
    expect(body).to_contain_text("Attribution:")
    expect(body).to_contain_text("Paragraph:")
    app.screenshot("statements-card-open")
    app.assert_clean()


def test_click_a_theme_bar_to_filter(app: App) -> None:
    app.goto("/")
    wait_for_charts(app, 3)
    bars = app.page.locator("[data-testid='stPlotlyChart']").first.locator("g.barlayer g.point path")
    expect(bars.nth(1)).to_be_visible()
    box = bars.nth(1).bounding_box()
    app.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    app.page.wait_for_url(re.compile(r"[?&]theme=\w+"))
    app.wait_for_run()
    theme = re.search(r"[?&]theme=(\w+)", app.page.url).group(1)
    expect(app.page.locator(".st-key-theme [data-tag]")).to_have_count(1)
    expect(app.page.locator(".st-key-theme [data-tag]").first).to_contain_text(theme)
    expect(app.page.locator("[data-testid='stMetric']", has_text="Statements")).to_contain_text(" of ")
    # Clicking the chosen bar again clears the theme filter.
    wait_for_charts(app, 3)
    bar = app.page.locator("[data-testid='stPlotlyChart']").first.locator("g.barlayer g.point path").nth(1)
    box = bar.bounding_box()
    app.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    app.page.wait_for_url(lambda url: "theme=" not in url)
    app.wait_for_run()
    expect(app.page.locator(".st-key-theme [data-tag]")).to_have_count(0)
    app.assert_clean()


def test_download_the_filtered_statements_as_csv(app: App, tmp_path: Path) -> None:
    app.goto("/statements?theme=health")
    shown, _ = statements_shown(app)
    with app.page.expect_download() as download_info:
        app.page.locator(".st-key-download_statements_csv button").click()
    download = download_info.value
    assert download.suggested_filename == "statements.csv"
    target = tmp_path / "statements.csv"
    download.save_as(target)
    with target.open(encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table))
    assert len(rows) == shown
    assert {"speaker", "kind", "attribution", "themes", "start", "end", "text"} <= set(rows[0])
    assert all("health" in json.loads(row["themes"]) for row in rows)
    app.assert_clean()


# --- a fresh server -----------------------------------------------------------------------
# Until st.navigation has run once in a server process, Streamlit treats `pages/` as legacy
# auto-discovered pages; the first visitor after a restart must not notice.


@pytest.fixture
def fresh_app(chromium, tmp_path: Path) -> Iterator[App]:
    """A tab on a server that has served nothing yet."""
    process, url = start_streamlit("dashboard.py", log=tmp_path / "streamlit.log")
    try:
        with open_app(chromium, url) as app:
            yield app
    finally:
        stop_streamlit(process)


def test_a_shared_link_is_the_first_request_after_a_restart(fresh_app: App) -> None:
    app = fresh_app
    app.goto("/statements?theme=health")
    expect(app.page.locator("h1")).to_have_text("Statements")
    expect(app.page.locator(".st-key-theme [data-tag]")).to_have_count(1)
    expect(app.page.locator("[data-testid='stSidebarNav'] a")).to_have_count(8)
    shown, total = statements_shown(app)
    assert 0 < shown < total
    assert app.page.url.endswith("/statements?theme=health")
    app.assert_clean()


def test_the_first_visitor_after_a_restart_can_filter_from_the_chart(fresh_app: App) -> None:
    app = fresh_app
    app.goto("/")
    wait_for_charts(app, 3)
    box = (
        app.page.locator("[data-testid='stPlotlyChart']")
        .first.locator("g.barlayer g.point path")
        .first.bounding_box()
    )
    app.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    app.page.wait_for_url(re.compile(r"[?&]theme=\w+"))
    app.wait_for_run()
    expect(app.page.locator(".st-key-theme [data-tag]")).to_have_count(1)
    app.assert_clean()


# --- an article full of markup, served by a second server -------------------------------

HOSTILE_ARTICLE = """President Alpha Beta said: "We reject <script>window.__hacked = 1</script> and <img src=x onerror="window.__hacked = 2"> today."

The [summit page](javascript:window.__hacked=3) and ![logo](http://example.invalid/logo.png) were shown, Alpha Beta said.

Alpha Beta stressed that **trade** and _health_ matter :red[now] & &lt;b&gt;.
"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_article(tmp_path_factory.mktemp("hostile"), "hostile_article.txt", HOSTILE_ARTICLE) as url:
        yield url


@pytest.fixture
def hostile_app(chromium, hostile_url: str) -> Iterator[App]:
    with open_app(chromium, hostile_url) as app:
        yield app


@pytest.mark.parametrize("path", ["/statements", "/source"])
def test_article_markup_stays_text(hostile_app: App, path: str) -> None:
    app = hostile_app
    app.goto(path)
    for summary in app.page.locator("[data-testid='stExpander'] summary").all():
        summary.click()
    main = app.page.locator("[data-testid='stMain']")
    expect(main).to_contain_text("<script>window.__hacked = 1</script>")
    expect(main).to_contain_text("[summit page](javascript:window.__hacked=3)")
    assert main.locator("script, img[src='x'], img[src*='example.invalid']").count() == 0
    assert main.locator("a[href^='javascript'], a[href*='example.invalid']").count() == 0
    assert app.page.evaluate("() => window.__hacked") is None
    app.screenshot(f"hostile-{path.strip('/')}")
    app.assert_clean()
