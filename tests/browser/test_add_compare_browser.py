"""The article library in a real browser: upload several files at once, paste, compare, keep
articles across a restart, show a hostile article as text, and keep per-session libraries
apart. Every test ends with no exception box and no console error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_harness import App, open_app, start_streamlit, stop_streamlit
from playwright.sync_api import expect
from websites import serve_pages

import sco_core

pytestmark = pytest.mark.browser

ASTANA = (
    "Leaders meet in Astana\n\n"
    "President Tokayev said trade and security must grow together. "
    '"We will fight terrorism together," Tokayev said.\n\n'
    'The Kazakh minister said the "Shanghai Spirit", which features mutual trust, mutual benefit, '
    "equality and consultation, is conducive to peace.\n"
)
DELHI = (
    "Ministers talk in Delhi\n\n"
    "Minister Jaishankar stressed that health and climate cooperation matter. "
    '"Connectivity must respect sovereignty," Jaishankar said.\n\n'
    'Jaishankar said the "Shanghai Spirit", which features mutual trust, non-interference and equality, '
    "guides the members.\n"
)
MINSK = (
    "Talks in Minsk\n\n"
    "Foreign Minister Lavrov said energy and security ties will deepen. "
    '"We welcome every partner," Lavrov said.\n'
)
HOSTILE = (
    'President Alpha Beta said: "We reject <script>window.__hacked = 1</script> and '
    '<img src=x onerror="window.__hacked = 2"> today."\n\n'
    "The [summit page](javascript:window.__hacked=3) and ![logo](http://example.invalid/logo.png) "
    "were shown, Alpha Beta said.\n"
)
SELECTOR = ".st-key-article_choice"


KAZAN_PAGE = (
    "<html><head><title>Summit in Kazan</title></head><body><nav>Home | World</nav><article>"
    "<h1>Summit in Kazan</h1>"
    "<p>President Vladimir Putin said the group would expand cooperation in trade and energy.</p>"
    "<p>&quot;We are open to every partner,&quot; Putin said at the closing news conference.</p>"
    "</article><footer>Copyright</footer></body></html>"
)


@pytest.fixture(scope="module")
def web_server() -> Iterator[str]:
    """A news site on 127.0.0.1 for the web-address path."""
    with serve_pages({"/kazan.html": KAZAN_PAGE}) as site:
        yield site


@pytest.fixture(scope="module")
def library_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with its own library file (local mode), shared by this module's tests. It may
    fetch from loopback addresses, for the test's own web server only."""
    folder = tmp_path_factory.mktemp("library")
    process, url = start_streamlit(
        "dashboard.py",
        env={"SCO_DASHBOARD_DB": str(folder / "library.sqlite3"), "SCO_ALLOW_PRIVATE_URLS": "127.0.0.0/8"},
        log=folder / "streamlit.log",
    )
    yield url
    stop_streamlit(process)


@pytest.fixture
def library_app(chromium, library_url: str) -> Iterator[App]:
    with open_app(chromium, library_url) as app:
        yield app


def selector_options(app: App, *, including: str) -> list[str]:
    """The titles the sidebar's article selector offers (opened and closed again).

    Waits until ``including`` is listed, so the list is read whole, not while it renders.
    """
    app.page.locator(SELECTOR).get_by_role("combobox").click()
    options = app.page.get_by_role("option")
    expect(app.page.get_by_role("option", name=including)).to_be_visible()
    titles = options.all_inner_texts()
    app.page.keyboard.press("Escape")
    return [t.strip() for t in titles]


def expect_selected(app: App, title: str) -> None:
    """The sidebar's article selector shows this title."""
    expect(app.page.locator(SELECTOR).get_by_role("combobox")).to_have_value(title)


def choose_article(app: App, title: str) -> None:
    app.page.locator(SELECTOR).get_by_role("combobox").click()
    app.page.get_by_role("option", name=title, exact=True).click()
    app.page.wait_for_url(re.compile(r"[?&]article=\w+"))
    app.wait_for_run()


def paste_article(app: App, text: str) -> str:
    """Paste an article on the add page and add it; return its id (now in the URL)."""
    app.goto("/add")
    box = app.page.locator(".st-key-paste_text textarea")
    box.fill(text)
    box.press("Control+Enter")  # commits the text (and prefills the title)
    app.wait_for_run()
    expect(app.page.locator(".st-key-paste_title input")).not_to_have_value("")
    app.page.locator(".st-key-add_paste button").click()
    article_id = sco_core.doc_id_for(text)
    app.page.wait_for_url(re.compile(rf"[?&]article={article_id}\b"))
    app.wait_for_run()
    expect(app.page.locator("[data-testid='stAlert']", has_text="every page now shows it")).to_be_visible()
    return article_id


def open_statements(app: App, article_id: str) -> None:
    app.goto(f"/statements?article={article_id}")
    expect(app.page.locator("h1")).to_have_text("Statements")


def test_upload_two_files_at_once(library_app: App) -> None:
    app = library_app
    app.goto("/add")
    app.page.get_by_role("tab", name="Upload files").click()
    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        [
            {"name": "astana.txt", "mimeType": "text/plain", "buffer": ASTANA.encode()},
            {"name": "delhi.md", "mimeType": "text/markdown", "buffer": DELHI.encode()},
        ]
    )
    add = app.page.locator(".st-key-add_uploads button")
    expect(add).to_have_text(re.compile("Add 2 files"))
    expect(add).to_be_enabled()
    add.click()
    expect(app.page.locator("[data-testid='stAlert']", has_text="2 of 2 files added")).to_be_visible(
        timeout=60_000
    )
    app.wait_for_run()
    options = selector_options(app, including="Ministers talk in Delhi")
    assert {"Leaders meet in Astana", "Ministers talk in Delhi"} <= set(options)
    for title, speaker in [("Leaders meet in Astana", "Tokayev"), ("Ministers talk in Delhi", "Jaishankar")]:
        choose_article(app, title)
        app.page.locator("[data-testid='stSidebarNav'] a", has_text="Statements").click()
        app.page.wait_for_url(re.compile(r"/statements\?article=\w+"))
        app.wait_for_run()
        cards = app.page.locator("[data-testid='stExpander']")
        expect(cards.first).to_be_visible()
        expect(cards.first.locator("summary")).to_contain_text(speaker)
        cards.first.locator("summary").click()
        expect(cards.first.locator(".sco-card")).to_contain_text(speaker)
    app.screenshot("library-uploaded")
    app.assert_clean()


def test_paste_an_article(library_app: App) -> None:
    app = library_app
    article_id = paste_article(app, MINSK)
    expect_selected(app, "Talks in Minsk")
    expect(app.page.locator(f".st-key-stored_{article_id}")).to_contain_text("Talks in Minsk")
    app.screenshot("add")
    open_statements(app, article_id)
    expect(app.page.locator("[data-testid='stExpander'] summary").first).to_contain_text("Lavrov")
    app.assert_clean()


def test_the_overview_shows_each_date_with_the_day_it_resolves_to(library_app: App) -> None:
    app = library_app
    text = (
        "Ministers meet in Rio\n\nThe BRICS foreign ministers met on Tuesday in Rio de Janeiro.\n\n"
        "Brazil chaired the meeting, and the ministers stressed the need for reform.\n"
    )
    app.goto("/add")
    box = app.page.locator(".st-key-paste_text textarea")
    box.fill(text)
    box.press("Control+Enter")
    app.wait_for_run()
    date = app.page.locator(".st-key-paste_date input")
    date.fill("2025-07-10")
    date.press("Enter")
    app.wait_for_run()
    app.page.locator(".st-key-add_paste button").click()
    article_id = sco_core.doc_id_for(text)
    app.page.wait_for_url(re.compile(rf"[?&]article={article_id}\b"))
    app.goto(f"/?article={article_id}")
    facts = app.page.locator("table.sco-facts")
    expect(facts).to_contain_text("2025-07-10")  # published
    expect(facts.locator("time[datetime='2025-07-08']")).to_have_text("2025-07-08")
    expect(facts).to_contain_text("on Tuesday → 2025-07-08")
    expect(facts).to_contain_text("Brazil")
    expect(facts).to_contain_text("ministerial meeting")  # foreign ministers met: not a summit
    # "reform" is the text's one theme term: governance is its main theme, its weight on hover.
    theme = facts.locator("span[title^='weight']")
    expect(theme).to_have_count(1)
    expect(theme).to_have_text("Governance")
    app.assert_clean()


def test_add_an_article_from_a_web_address(library_app: App, web_server: str) -> None:
    app = library_app
    app.goto("/add")
    app.page.get_by_role("tab", name="Web address").click()
    url_box = app.page.locator(".st-key-url input")
    # A page that is not there: a clear message, nothing added.
    url_box.fill(f"{web_server}/missing.html")
    url_box.press("Enter")
    app.wait_for_run()
    app.page.locator(".st-key-fetch_url button").click()
    app.wait_for_run()
    expect(app.page.locator("[data-testid='stAlert']", has_text="404")).to_be_visible()
    # The article page: its title is read from the page and can be edited before adding.
    url_box.fill(f"{web_server}/kazan.html")
    url_box.press("Enter")
    app.wait_for_run()
    app.page.locator(".st-key-fetch_url button").click()
    app.wait_for_run()
    title = app.page.locator(".st-key-url_title input")
    expect(title).to_have_value("Summit in Kazan")
    title.fill("Summit in Kazan, edited")
    title.press("Enter")
    app.wait_for_run()
    app.page.locator(".st-key-add_url button").click()
    app.wait_for_run()
    expect(app.page.locator("[data-testid='stAlert']", has_text="every page now shows it")).to_be_visible()
    expect_selected(app, "Summit in Kazan, edited")
    app.page.wait_for_url(re.compile(r"[?&]article=\w+"))
    article_id = re.search(r"[?&]article=(\w+)", app.page.url).group(1)
    open_statements(app, article_id)
    expect(app.page.locator("[data-testid='stExpander'] summary").first).to_contain_text("Putin")
    # The page's navigation and footer are not part of the article.
    app.goto(f"/source?article={article_id}")
    expect(app.page.locator("[data-testid='stMain']")).not_to_contain_text("Home | World")
    app.assert_clean()


def test_compare_two_articles(library_app: App) -> None:
    app = library_app
    astana, delhi = paste_article(app, ASTANA), paste_article(app, DELHI)
    app.goto(f"/compare?article={astana}")
    chosen = app.page.locator(".st-key-compare_articles [data-tag]")
    expect(chosen).to_have_count(2)  # the current article and the default
    chosen.nth(1).get_by_role("button").click()  # drop the default (the chip's remove button)
    app.wait_for_run()
    app.page.locator(".st-key-compare_articles").get_by_role("combobox").click()
    app.page.get_by_role("option", name="Ministers talk in Delhi", exact=True).click()
    app.page.keyboard.press("Escape")
    app.wait_for_run()
    expect(chosen).to_have_count(2)
    expect(app.page.locator(".st-key-compare_articles")).to_contain_text("Ministers talk in Delhi")
    chart = app.page.locator("[data-testid='stPlotlyChart']")
    expect(chart.locator(".main-svg").first).to_be_visible(timeout=60_000)
    expect(chart.locator(".xtick")).to_have_count(2)
    expect(chart.locator(".legendtext").first).to_be_visible()
    expect(app.page.get_by_text("principles are named by every article chosen")).to_contain_text("2 of")
    expect(app.page.locator("[data-testid='stDataFrame']").nth(2)).to_be_attached()
    app.screenshot("compare")
    # The choice is in the address, and the address opens the same comparison afresh.
    app.page.wait_for_url(re.compile(rf"[?&]compare={astana}(%2C|,){delhi}\b"))
    link = app.page.url
    app.assert_clean()
    app.page.goto("about:blank")
    app.page.goto(link)
    app.wait_for_run()
    expect(chosen).to_have_count(2)
    expect(chosen.nth(0)).to_contain_text("Leaders meet in Astana")
    expect(chosen.nth(1)).to_contain_text("Ministers talk in Delhi")
    expect(chart.locator(".xtick")).to_have_count(2)
    app.assert_clean()


def test_an_article_full_of_markup_stays_text(library_app: App) -> None:
    app = library_app
    article_id = paste_article(app, HOSTILE)
    for path in ("/statements", "/source", "/add", "/compare"):
        app.goto(f"{path}?article={article_id}")
        for summary in app.page.locator("[data-testid='stExpander'] summary").all():
            summary.click()
        main = app.page.locator("[data-testid='stMain']")
        expect(main).to_contain_text("<script>window.__hacked = 1</script>")
        if path == "/compare":  # the title as a chart label, too
            ticks = main.locator("[data-testid='stPlotlyChart'] .xtick")
            expect(ticks.first).to_contain_text("<script>window.__hacked", timeout=60_000)
        elif path != "/add":
            expect(main).to_contain_text("[summit page](javascript:window.__hacked=3)")
        assert main.locator("script, img[src='x'], img[src*='example.invalid']").count() == 0
        assert app.page.locator("a[href^='javascript'], a[href*='example.invalid']").count() == 0
        assert app.page.evaluate("() => window.__hacked") is None
    assert "<script>" in app.page.locator(SELECTOR).get_by_role("combobox").input_value()  # as text
    app.assert_clean()


# --- a restart keeps the library -------------------------------------------------------------


def test_the_library_is_still_there_after_a_restart(chromium, tmp_path: Path) -> None:
    env = {"SCO_DASHBOARD_DB": str(tmp_path / "kept.sqlite3")}
    process, url = start_streamlit("dashboard.py", env=env, log=tmp_path / "first.log")
    try:
        with open_app(chromium, url) as app:
            article_id = paste_article(app, MINSK)
            app.assert_clean()
    finally:
        stop_streamlit(process)
    process, url = start_streamlit("dashboard.py", env=env, log=tmp_path / "second.log")
    try:
        with open_app(chromium, url) as app:
            app.goto("/")
            assert "Talks in Minsk" in selector_options(app, including="Talks in Minsk")
            open_statements(app, article_id)
            expect_selected(app, "Talks in Minsk")
            expect(app.page.locator("[data-testid='stExpander'] summary").first).to_contain_text("Lavrov")
            app.assert_clean()
    finally:
        stop_streamlit(process)


# --- per-session libraries -------------------------------------------------------------------


@pytest.fixture(scope="module")
def session_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server in per-session mode; its URL and the library file it must never write."""
    folder = tmp_path_factory.mktemp("session-mode")
    process, url = start_streamlit(
        "dashboard.py",
        env={"SCO_LIBRARY_MODE": "session", "SCO_DASHBOARD_DB": str(folder / "unused.sqlite3")},
        log=folder / "streamlit.log",
    )
    yield url, folder / "unused.sqlite3"
    stop_streamlit(process)


def test_two_sessions_cannot_see_each_others_articles(chromium, session_server: tuple[str, Path]) -> None:
    session_url, unused_db = session_server
    with open_app(chromium, session_url) as first, open_app(chromium, session_url) as second:
        astana = paste_article(first, ASTANA)
        delhi = paste_article(second, DELHI)
        assert "Ministers talk in Delhi" not in selector_options(first, including="Leaders meet in Astana")
        assert "Leaders meet in Astana" not in selector_options(second, including="Ministers talk in Delhi")
        # The other's link: a plain notice, the default article, nothing of the other's.
        for app, foreign, text in [(first, delhi, "Jaishankar"), (second, astana, "Tokayev")]:
            open_statements(app, foreign)
            expect(app.page.locator("[data-testid='stAlert']", has_text="holds no article")).to_be_visible()
            expect(app.page.locator("[data-testid='stExpander']").first).to_be_visible()
            expect_selected(app, "SCO heads-of-state summit, 2020")
            expect(app.page.locator("[data-testid='stMain']")).not_to_contain_text(text)
            app.goto("/add")
            expect(app.page.locator("[data-testid='stMain']")).not_to_contain_text(text)
            app.assert_clean()
    assert not unused_db.exists()  # nothing of a session reached the disk
