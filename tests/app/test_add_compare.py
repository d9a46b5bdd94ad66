"""Adding, switching and comparing articles in AppTest: the add page (paste, upload path, web
address, bad input, removal), the article selector and its URL parameter, both library modes,
the compare page and its tables."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pdfmaker import make_pdf
from websites import serve_pages

import sco_core
from sco_app import adding, compare, data, figures
from sco_core.library import MemoryLibrary, SQLiteLibrary
from sco_core.sources import from_text

ARTICLE_A = (
    "Leaders meet in Astana\n\n"
    "2024-07-04\n\n"
    "President Tokayev said trade and security must grow together. "
    '"We will fight terrorism together," Tokayev said.\n\n'
    "He proposed two steps: First, members should expand trade. Second, members should improve health.\n\n"
    'The Kazakh minister said the "Shanghai Spirit", which features mutual trust, mutual benefit, '
    "equality and consultation, is conducive to peace."
)
ARTICLE_B = (
    "Ministers talk in Delhi\n\n"
    "Minister Jaishankar stressed that health and climate cooperation matter. "
    '"Connectivity must respect sovereignty," Jaishankar said.\n\n'
    'Jaishankar said the "Shanghai Spirit", which features mutual trust, non-interference and equality, '
    "guides the members."
)


def plain(markdown: str) -> str:
    """Escaped Markdown as the reader sees it (backslashes and word joiners removed)."""
    return markdown.replace("\\", "").replace("\u2060", "")


def no_exception(at) -> None:
    assert not at.exception, [e.value for e in at.exception]


def selector_titles(at) -> list[str]:
    return list(at.selectbox(key="article_choice").options)


def open_add_page(app):
    at = app("pages/add.py")
    no_exception(at)
    return at


def paste(at, text: str, *, title: str | None = None):
    at.text_area(key="paste_text").input(text).run()
    if title is not None:
        at.text_input(key="paste_title").input(title).run()
    at.button(key="add_paste").click().run()
    no_exception(at)
    return at


# --- paste -----------------------------------------------------------------------------


def test_paste_prefills_the_title_and_date_and_opens_the_article(app) -> None:
    at = open_add_page(app)
    at.text_area(key="paste_text").input(ARTICLE_A).run()
    assert at.text_input(key="paste_title").value == "Leaders meet in Astana"
    assert at.text_input(key="paste_date").value == "2024-07-04"
    at.text_input(key="paste_title").input("Astana, edited").run()
    at.button(key="add_paste").click().run()
    no_exception(at)
    article_id = sco_core.doc_id_for(ARTICLE_A)
    assert at.session_state[data.ARTICLE_KEY] == article_id
    assert at.query_params["article"] == article_id
    assert selector_titles(at) == ["SCO heads-of-state summit, 2020", "Astana, edited"]
    assert any("Astana, edited" in plain(s.value) for s in at.success)
    # The fields are emptied for the next article, and the stored date is the prefilled one.
    assert at.text_area(key="paste_text").value == ""
    stored = SQLiteLibrary(sco_core.library.default_db_path()).get(article_id)
    assert stored is not None and stored.date == "2024-07-04"


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_pasting_nothing_says_so_and_adds_nothing(app, text: str) -> None:
    at = open_add_page(app)
    paste(at, ARTICLE_A)
    paste(at, text)
    assert [plain(e.value) for e in at.error] == ["pasted text: the text is empty"]
    assert len(selector_titles(at)) == 2  # the article added before is still there


def test_a_pasted_title_full_of_markup_stays_text(app) -> None:
    at = open_add_page(app)
    paste(at, ARTICLE_A, title="<b>Bold</b> [link](javascript:alert(1)) ![x](http://example.invalid/x.png)")
    shown = " ".join(m.value for m in [*at.markdown, *at.success, *at.caption])
    assert "<b>" not in shown and "](javascript" not in shown and "![x]" not in shown
    assert "\\<b\\>Bold\\<\\/b\\>" in shown


# --- uploads: the page's code path ------------------------------------------------------


def test_uploads_add_the_good_files_and_say_why_the_others_were_refused() -> None:
    library = MemoryLibrary()
    progress: list[tuple[int, int, str]] = []
    files = [
        ("a.txt", ARTICLE_A.encode()),
        ("binary.txt", b"\x00\x01\x02\x03" * 50),
        ("empty.md", b"   \n"),
        ("scan.pdf", make_pdf([])),
        ("b.pdf", make_pdf(ARTICLE_B.replace("\n\n", "\n").splitlines(), title="Ministers talk in Delhi")),
        ("latin.txt", "Caf\xe9 talks: the minister said trade must grow, and so it will.".encode("cp1252")),
        ("page.html", b"<html><body><nav>Home</nav></body></html>"),
        ("huge.txt", b"a " * 2_600_000),
    ]
    rows = adding.add_uploads(library, files, on_progress=lambda *args: progress.append(args))
    assert [p[0] for p in progress] == list(range(1, len(files) + 1))
    assert all(p[1] == len(files) for p in progress)
    by_file = {row.file: row for row in rows}
    assert [row.file for row in rows if row.added] == ["a.txt", "b.pdf", "latin.txt"]
    assert "not UTF-8" in by_file["latin.txt"].message
    assert "empty" in by_file["empty.md"].message
    assert "no text layer" in by_file["scan.pdf"].message
    assert "no article text" in by_file["page.html"].message
    assert "5,000,000-byte limit" in by_file["huge.txt"].message
    assert by_file["binary.txt"].message and not by_file["binary.txt"].added
    assert all("\n" not in row.message for row in rows)  # one line each
    assert len(library.list()) == 3


# --- web address -------------------------------------------------------------------------


MINSK_PAGE = (
    "<html><head><title>Summit in Minsk</title></head><body><article><h1>Summit in Minsk</h1>"
    + "".join(f"<p>{line}</p>" for line in ARTICLE_B.split("\n\n")[1:])
    + "</article></body></html>"
)


@pytest.fixture
def page_url() -> Iterator[str]:
    with serve_pages({"/minsk.html": MINSK_PAGE}) as site:
        yield f"{site}/minsk.html"


def test_a_web_address_is_fetched_titled_and_added(app, page_url: str, monkeypatch) -> None:
    monkeypatch.setenv("SCO_ALLOW_PRIVATE_URLS", "127.0.0.0/8")
    at = open_add_page(app)
    at.text_input(key="url").input(page_url).run()
    at.button(key="fetch_url").click().run()
    no_exception(at)
    assert at.text_input(key="url_title").value == "Summit in Minsk"
    at.text_input(key="url_title").input("Minsk, edited").run()
    at.button(key="add_url").click().run()
    no_exception(at)
    assert "Minsk, edited" in selector_titles(at)
    assert at.session_state[data.ARTICLE_KEY] != ""


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://example.org/a.txt", "only http:// and https://"),
        ("file:///etc/passwd", "only http:// and https://"),
        ("http://127.0.0.1:9/", "internal address"),
    ],
)
def test_a_bad_web_address_gets_a_plain_message(app, url: str, says: str, monkeypatch) -> None:
    monkeypatch.delenv("SCO_ALLOW_PRIVATE_URLS", raising=False)
    at = open_add_page(app)
    at.text_input(key="url").input(url).run()
    at.button(key="fetch_url").click().run()
    no_exception(at)
    assert len(at.error) == 1 and says in plain(at.error[0].value)
    assert len(selector_titles(at)) == 1


# --- removal -----------------------------------------------------------------------------


def test_removing_asks_first(app) -> None:
    at = open_add_page(app)
    paste(at, ARTICLE_A)
    article_id = sco_core.doc_id_for(ARTICLE_A)
    at.button(key=f"remove_{article_id}").click().run()
    assert any("cannot be undone" in w.value for w in at.warning)
    at.button(key="cancel_remove").click().run()
    assert len(selector_titles(at)) == 2 and not at.warning
    at.button(key=f"remove_{article_id}").click().run()
    at.button(key=f"confirm_remove_{article_id}").click().run()
    no_exception(at)
    assert selector_titles(at) == ["SCO heads-of-state summit, 2020"]
    assert at.session_state[data.ARTICLE_KEY] == data.DEFAULT_ARTICLE  # it was shown: back to the default
    assert at.query_params["article"] == data.DEFAULT_ARTICLE


# --- the selector and its URL parameter ----------------------------------------------------


def test_an_unknown_article_in_the_link_falls_back_with_a_notice(app) -> None:
    at = app("pages/statements.py", article="0123456789ab", theme="health")
    no_exception(at)
    assert any("holds no article" in i.value and "0123456789ab" in i.value for i in at.info)
    assert at.selectbox(key="article_choice").value == data.DEFAULT_ARTICLE
    assert at.title[0].value == "Statements" and at.expander  # the default article's cards


def test_a_link_to_a_library_article_opens_it_on_any_page(app, library_db) -> None:
    stored = SQLiteLibrary(library_db).add(from_text(ARTICLE_A))
    at = app("pages/statements.py", article=stored.article_id)
    no_exception(at)
    assert at.selectbox(key="article_choice").value == stored.article_id
    assert not at.info
    assert len(at.expander) == len(sco_core.extract(ARTICLE_A).statements)


def test_choosing_an_article_in_the_selector_switches_every_page(app, library_db) -> None:
    stored = SQLiteLibrary(library_db).add(from_text(ARTICLE_A))
    at = app("pages/statements.py", actor="Xi Jinping")
    at.selectbox(key="article_choice").set_value(stored.article_id).run()
    no_exception(at)
    assert at.query_params["article"] == stored.article_id
    assert at.multiselect(key="actor").value == []  # actors of the other article are cleared
    assert len(at.expander) == len(sco_core.extract(ARTICLE_A).statements)


def test_session_mode_keeps_each_visitor_to_their_own_articles(app, monkeypatch) -> None:
    monkeypatch.setenv("SCO_LIBRARY_MODE", "session")
    first = open_add_page(app)
    paste(first, ARTICLE_A)
    article_id = sco_core.doc_id_for(ARTICLE_A)
    assert len(selector_titles(first)) == 2
    other = app("pages/add.py")
    assert selector_titles(other) == ["SCO heads-of-state summit, 2020"]
    assert not any("Leaders meet" in m.value for m in other.markdown)
    by_link = app("pages/statements.py", article=article_id)
    assert any("holds no article" in i.value for i in by_link.info)
    assert by_link.selectbox(key="article_choice").value == data.DEFAULT_ARTICLE


def test_a_full_session_library_refuses_with_a_message_and_keeps_what_it_holds(app, monkeypatch) -> None:
    monkeypatch.setenv("SCO_LIBRARY_MODE", "session")
    monkeypatch.setenv("SCO_SESSION_MAX_ARTICLES", "1")
    at = paste(open_add_page(app), ARTICLE_A)
    paste(at, ARTICLE_B)
    assert any("the most one session may keep" in e.value for e in at.error)
    assert len(selector_titles(at)) == 2  # the default and the first article, still there


def test_local_mode_shares_the_library_file_between_sessions(app) -> None:
    paste(open_add_page(app), ARTICLE_A)
    assert len(selector_titles(app())) == 2


# --- compare -------------------------------------------------------------------------------


def test_compare_needs_a_second_article(app) -> None:
    at = app("pages/compare.py")
    no_exception(at)
    assert any("add articles" in i.value for i in at.info)


def table_with(at, column: str):
    """The first table shown that has this column."""
    return next(frame.value for frame in at.dataframe if column in frame.value.columns)


def test_compare_two_articles(app, library_db) -> None:
    library = SQLiteLibrary(library_db)
    a, b = library.add(from_text(ARTICLE_A)), library.add(from_text(ARTICLE_B))
    at = app("pages/compare.py", article=a.article_id)
    no_exception(at)
    assert at.multiselect(key="compare_articles").value == [a.article_id, data.DEFAULT_ARTICLE]
    at.multiselect(key="compare_articles").set_value([a.article_id, b.article_id]).run()
    no_exception(at)
    (chart,) = at.get("plotly_chart")
    figure = json.loads(chart.proto.spec)
    colors = data.theme_colors()
    for trace in figure["data"]:
        assert trace["x"] == ["Leaders meet in Astana", "Ministers talk in Delhi"]
        theme = next(t for t, label in data.theme_labels().items() if label == trace["name"])
        assert trace["marker"]["color"] == colors[theme]
    principles = table_with(at, "shared by")
    shared = principles.loc[principles["shared by"] == 2, "principle"].tolist()
    assert sorted(shared) == ["equality", "mutual trust"]
    assert principles.loc[principles["principle"] == "non-interference", "Ministers talk in Delhi"].item()
    speakers = table_with(at, "speaker")
    # "The Kazakh minister" is not President Tokayev: a speaker of its own, named by the role.
    assert set(speakers["speaker"]) == {"Tokayev", "the Kazakh minister", "Jaishankar"}
    # Every table shown downloads as CSV and JSON.
    labels = {button.proto.label for button in at.get("download_button")}
    for table in ("compare_speakers", "compare_actors", "compare_principles", "compare_proposals_1"):
        assert {f"{table}.csv", f"{table}.json"} <= labels


def open_link(app, page: str, **query: str):
    """A link to a page with parameters only that page binds. AppTest starts on the entry page,
    and a page change drops unbound parameters, so the link's values go into the bound widgets
    the way the URL fills them (the browser tests open such links for real)."""
    at = app(page)
    for key, value in query.items():
        at.text_input(key=key).set_value(value)
    return at.run()


def test_a_link_opens_the_same_comparison(app, library_db) -> None:
    library = SQLiteLibrary(library_db)
    a, b = library.add(from_text(ARTICLE_A)), library.add(from_text(ARTICLE_B))
    at = open_link(app, "pages/compare.py", compare=f"{b.article_id},{a.article_id}")
    no_exception(at)
    assert at.multiselect(key="compare_articles").value == [b.article_id, a.article_id]
    assert not at.warning
    (chart,) = at.get("plotly_chart")
    assert json.loads(chart.proto.spec)["data"][0]["x"] == [
        "Ministers talk in Delhi",
        "Leaders meet in Astana",
    ]


def test_a_link_to_articles_not_held_says_so(app, library_db) -> None:
    a = SQLiteLibrary(library_db).add(from_text(ARTICLE_A))
    at = open_link(app, "pages/compare.py", compare=f"{a.article_id},0123456789abcdef,<b>x</b>")
    no_exception(at)
    assert at.multiselect(key="compare_articles").value == [a.article_id]
    (warning,) = at.warning
    assert "2 article(s) in the link are not in this dashboard" in warning.value
    assert "<b>" not in warning.value
    # Choosing again makes the notice go.
    at.multiselect(key="compare_articles").set_value([a.article_id, data.DEFAULT_ARTICLE]).run()
    no_exception(at)
    assert not at.warning
    assert at.query_params["compare"] == f"{a.article_id},{data.DEFAULT_ARTICLE}"


def test_fewer_than_two_chosen_asks_for_more(app, library_db) -> None:
    SQLiteLibrary(library_db).add(from_text(ARTICLE_A))
    at = app("pages/compare.py")
    at.multiselect(key="compare_articles").set_value([data.DEFAULT_ARTICLE]).run()
    no_exception(at)
    assert any("two or more" in i.value for i in at.info)
    assert not at.get("plotly_chart")


# --- the compare tables --------------------------------------------------------------------


def test_compare_tables_of_the_tiny_article_against_itself(tiny, labels, colors) -> None:
    shares = compare.theme_share_frame([tiny, tiny], labels=labels, colors=colors)
    assert list(shares["article"].unique()) == ["Tiny", "Tiny (2)"]
    health = shares.loc[(shares["theme"] == "health") & (shares["article"] == "Tiny")].iloc[0]
    assert (health["sentences"], health["total"], health["share"]) == (2, 5, 0.4)
    assert "climate" not in set(shares["theme"])  # no article touches it
    principles = compare.principles_frame([tiny, tiny])
    assert set(principles["principle"]) == {"trust", "equality", "consultation"}
    assert (principles["shared by"] == 2).all()
    actors = compare.actors_frame([tiny, tiny])
    assert list(actors.columns) == ["actor", "type", "Tiny", "Tiny (2)", "articles"]
    speakers = compare.speakers_frame([tiny, tiny])
    assert set(speakers["speaker"]) == {"Alice Ames", "Bob Bern"}
    fig = figures.figure_compare_themes(shares)
    assert {trace.marker.color for trace in fig.data} == {colors[t] for t in shares["theme"].unique()}


def test_compare_chart_labels_are_text(tiny, labels, colors) -> None:
    tiny.title = '<a href="javascript:alert(1)">x</a>'
    shares = compare.theme_share_frame([tiny], labels=labels, colors=colors)
    fig = figures.figure_compare_themes(shares)
    assert all("<a" not in str(x) for trace in fig.data for x in trace.x)


def test_session_mode_keeps_extraction_caches_apart(app, monkeypatch) -> None:
    monkeypatch.setenv("SCO_LIBRARY_MODE", "session")
    first, second = open_add_page(app), open_add_page(app)
    for at in (first, second):
        paste(at, ARTICLE_A)
        assert at.session_state[data.SESSION_SCOPE_KEY]
    assert first.session_state[data.SESSION_SCOPE_KEY] != second.session_state[data.SESSION_SCOPE_KEY]


def test_editing_the_title_and_date_keeps_the_article_and_its_id(app, library_db) -> None:
    stored = SQLiteLibrary(library_db).add(from_text(ARTICLE_B))
    at = open_add_page(app)
    at.text_input(key=f"title_{stored.article_id}").input("Delhi, <i>retitled</i>").run()
    at.text_input(key=f"date_{stored.article_id}").input("2024-05-01").run()
    at.button(key=f"save_{stored.article_id}").click().run()
    no_exception(at)
    again = SQLiteLibrary(library_db).get(stored.article_id)
    assert (again.title, again.date, again.text) == ("Delhi, <i>retitled</i>", "2024-05-01", stored.text)
    assert "Delhi, <i>retitled</i>" in selector_titles(at)
    assert not any("<i>" in m.value for m in at.markdown)


def test_the_overview_resolves_a_stored_articles_dates_against_the_date_it_was_given(app, library_db) -> None:
    text = "The foreign ministers met on Tuesday in Rio de Janeiro.\n\nBrazil chaired the meeting.\n"
    stored = SQLiteLibrary(library_db).add(from_text(text), date="2025-07-10")
    at = app(article=stored.article_id)
    no_exception(at)
    facts = at.html[0].value
    assert "2025-07-10" in facts  # the publication date it was given
    assert "on Tuesday" in facts and '<time datetime="2025-07-08">2025-07-08</time>' in facts
    assert "Brazil" in facts  # the chair, as host
    # The embedded article has no publication date: its dates stay words, and the page says why.
    default = app()
    assert "no publication date to resolve it" in default.html[0].value


def test_the_overview_names_the_articles_main_themes_heaviest_first(app) -> None:
    at = app()
    no_exception(at)
    facts = at.html[0].value
    main = [row["theme"] for row in sco_core.extract(sco_core.load_default_article()).meta["themes"]]
    assert main, "the embedded article has themes"
    labels = data.theme_labels()
    shown = [facts.index(f">{labels[t]}</span>") for t in main]
    assert shown == sorted(shown)
    assert "Main themes" in facts
    assert '<span class="sco-label">summit</span>' in facts  # the kind of event beside its name
