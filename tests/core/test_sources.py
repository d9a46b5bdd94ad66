"""Article sources: each input type, and a clear error for each kind of bad input."""

from __future__ import annotations

import pytest
from pdfmaker import make_pdf

from sco_core.sources import from_bytes, from_html, from_text, kind_for
from sco_core.text_io import ArticleError

ARTICLE = "President Xi Jinping said the Shanghai Spirit matters for every member of the organization."
PAGE = f"""<html><head><title>SCO summit opens</title><meta name="date" content="2020-11-10"></head>
<body><nav>Home | World | Contact us</nav><article><h1>SCO summit opens</h1>
<p>{ARTICLE}</p><p>Zhang said cooperation was growing fast across the whole region this year.</p></article>
<footer>Copyright 2020 Example News</footer></body></html>"""


def test_html_is_reduced_to_the_article_with_title_and_date() -> None:
    source = from_bytes(PAGE.encode(), name="page.html")
    assert ARTICLE in source.text
    assert "Home | World" not in source.text and "Copyright" not in source.text
    assert source.title == "SCO summit opens"
    assert source.date == "2020-11-10"
    assert source.kind == "html"


def test_pdf_text_layer_is_read_with_its_title() -> None:
    source = from_bytes(make_pdf(["SCO summit", ARTICLE], title="SCO report"), name="report.pdf")
    assert "President Xi Jinping said" in source.text
    assert source.title == "SCO report"


def test_markdown_and_text_keep_the_text_as_written() -> None:
    text = "# Summit opens\n\n" + ARTICLE + "\n"
    assert from_bytes(text.encode(), name="a.md").text == text
    assert from_bytes(text.encode(), name="a.txt").title == "Summit opens"


def test_pasted_text_guesses_a_date_near_the_top() -> None:
    source = from_text("Nov. 10, 2020\n" + ARTICLE)
    assert source.date == "Nov. 10, 2020"


def test_cp1252_falls_back_with_a_note() -> None:
    source = from_bytes(("Caf\u00e9 diplomacy. " + ARTICLE).encode("cp1252"), name="old.txt")
    assert source.text.startswith("Café")
    assert "cp1252" in (source.note or "")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "empty"),
        (b"  \n\t ", "blank.txt", "empty"),
        (b"\x00\x01\x02binary\x00" * 40, "image.txt", "binary"),
        (make_pdf(["A PDF named as text."]), "sneaky.txt", "is a PDF"),
        (b"<html><body><nav>Menu</nav></body></html>", "empty.html", "no article text"),
        (make_pdf([]), "scan.pdf", "no text layer"),
        (b"not a pdf at all", "broken.pdf", "not a readable PDF"),
        (b"x" * 2_000, "big.txt", "over the 1,000-byte limit"),
        (b"data", "sheet.xlsx", "unsupported file type"),
    ],
    ids=[
        "empty",
        "whitespace",
        "binary",
        "pdf-as-text",
        "html-without-article",
        "pdf-without-text",
        "broken-pdf",
        "too-big",
        "unsupported",
    ],
)
def test_bad_input_gets_one_clear_message(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message) as caught:
        from_bytes(data, name=name, max_bytes=1_000)
    assert name in str(caught.value)
    assert "\n" not in str(caught.value)


def test_content_types_map_to_kinds() -> None:
    assert kind_for("x", "text/html; charset=utf-8") == "html"
    assert kind_for("x", "application/pdf") == "pdf"
    with pytest.raises(ArticleError, match="not an article"):
        kind_for("x", "image/png")


def test_html_title_falls_back_to_the_first_line() -> None:
    source = from_html(f"<html><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    assert source.title.startswith("President Xi Jinping")
