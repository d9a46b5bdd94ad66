"""Article text is data, never markup: everything rendered is escaped, and nothing is lost."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_app.render import (
    WORD_JOINER,
    Span,
    card_label,
    count_text,
    escape_markdown,
    facts_html,
    highlight,
    list_card_html,
    list_title,
    non_overlapping,
    proposal_html,
    proposal_sets,
    quote_card_html,
    source_html,
    source_spans,
    statement_opening,
    tint,
)

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[x](javascript:alert(3))",
    "![i](http://example.invalid/i.png)",
    "**bold** _em_ `code` # heading",
    ":red[red] :material/home: $x^2$",
    "&lt;b&gt; & &amp;",
    '" onmouseover="alert(4)',
]
TAG = re.compile(r"<[^>]+>")


def plain(markup: str) -> str:
    """What a reader sees of our HTML: tags dropped, entities decoded."""
    return html.unescape(TAG.sub("", markup))


def unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.replace(WORD_JOINER, ""))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_escape_markdown_leaves_no_live_syntax(hostile: str) -> None:
    escaped = escape_markdown(hostile)
    # Every punctuation mark is escaped, so no link, image, emphasis, HTML or directive remains.
    assert re.search(r"(?<!\\)[\[\]()!<>*_`#:$&\"]", escaped.replace("\\\\", "")) is None
    assert unescape_markdown(escaped) == hostile


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("see www.example.org", f"www{WORD_JOINER}\\."),
        ("at http://example.org/a", f"http{WORD_JOINER}\\:\\/\\/"),
        ("HTTPS://example.org", f"HTTPS{WORD_JOINER}\\:"),
        ("write to a@b.org", f"a{WORD_JOINER}\\@b"),
    ],
)
def test_escape_markdown_breaks_bare_links(text: str, joined: str) -> None:
    # Streamlit links bare URLs and addresses even when escaped; an invisible joiner stops it.
    escaped = escape_markdown(text)
    assert joined in escaped
    assert unescape_markdown(escaped) == text


def test_escape_markdown_makes_one_line() -> None:
    assert escape_markdown("a\n\nb\tc") == "a b c"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_card_label_is_literal(hostile: str) -> None:
    label = card_label(hostile, "direct", hostile)
    assert "<" not in label.replace("\\<", "")
    assert unescape_markdown(label.replace("**", "", 2)).count(hostile) == 2


def test_highlight_marks_spans_and_escapes_text() -> None:
    text = "a <b> c & d"
    out = highlight(text, [Span(2, 5, "sco-quote", title='x" onclick="y')])
    assert out == 'a <span class="sco-quote" title="x&quot; onclick=&quot;y">&lt;b&gt;</span> c &amp; d'


def test_highlight_colours_a_span_with_its_theme() -> None:
    out = highlight("peace now", [Span(0, 5, "sco-term", "#112233", "theme: Security")])
    assert "rgba(17, 34, 51, 0.22)" in out and "#112233" in out


def test_non_overlapping_prefers_the_first_listed() -> None:
    spans = [Span(5, 9, "speaker"), Span(0, 12, "term"), Span(10, 12, "term"), Span(3, 3, "empty")]
    assert non_overlapping(spans) == [Span(5, 9, "speaker"), Span(10, 12, "term")]


@given(
    text=st.text(max_size=200),
    bounds=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8),
)
def test_highlight_loses_and_adds_nothing(text: str, bounds: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b, len(text)), min(max(a, b), len(text)), "sco-term") for a, b in bounds]
    assert plain(highlight(text, spans)) == text


def test_tint() -> None:
    assert tint("#ff0000", 0.5) == "rgba(255, 0, 0, 0.5)"
    assert tint("#f00", 1) == "rgba(255, 0, 0, 1)"
    assert tint("not a colour", 0.3) == "rgba(128, 128, 128, 0.3)"


def test_quote_card_sets_apart_the_quoted_words(tiny, labels, colors) -> None:
    direct = tiny.statements.iloc[1].to_dict()
    body = quote_card_html(tiny, direct, labels=labels, colors=colors)
    quoted = re.search(r'<span class="sco-quote"[^>]*>(.*?)</span>', body)
    assert quoted is not None
    assert html.unescape(quoted.group(1)) == "We will fight terrorism <together>,"
    assert "&lt;together&gt;" in body and "<together>" not in body
    # Context: the sentence before and after, themes, paragraph number, attribution and cue.
    assert "Alice Ames said trade and health must grow." in plain(body)
    assert "The Spirit features trust, equality and consultation." in plain(body)
    assert "Security" in plain(body)
    assert "Paragraph: 1" in plain(body)
    assert "Attribution: explicit" in plain(body)
    assert "“said”" in plain(body)


def test_quote_card_of_the_first_statement_has_no_sentence_before(tiny, labels, colors) -> None:
    body = quote_card_html(tiny, tiny.statements.iloc[0].to_dict(), labels=labels, colors=colors)
    assert "Before:" not in body and "After:" in body
    assert "sco-quote" not in body  # a reported statement has no quoted words


def test_statement_opening_uses_the_quoted_words_when_there_are_some(tiny) -> None:
    assert (
        statement_opening(tiny.text, tiny.statements.iloc[1].to_dict())
        == "We will fight terrorism <together>,"
    )
    assert (
        statement_opening(tiny.text, tiny.statements.iloc[0].to_dict())
        == "Alice Ames said trade and health must grow."
    )


def test_source_view_keeps_every_word_and_dims_unmatched_sentences(tiny, labels, colors) -> None:
    spans = source_spans(tiny, colors=colors, labels=labels)
    body = source_html(tiny, spans, matched={1})
    assert plain(body.replace("</p>", "</p>\n")).split() == tiny.text.split()
    assert body.count("sco-dim") == len(tiny.sentences) - 1
    assert body.count("<p>") == 3  # one per paragraph
    assert 'class="sco-speaker"' in body and "speaker: Bob Bern" in body
    assert "theme: Security" in body


def test_facts_escape_and_say_what_is_missing() -> None:
    facts = facts_html({"event": "<b>Summit</b>", "host": None, "dates": ["on Monday", "May 5"]}, title="T")
    assert "&lt;b&gt;Summit&lt;/b&gt;" in facts
    assert "on Monday; May 5" in facts
    assert facts.count("not stated") == 4  # host, publication date, main themes and source


def test_facts_show_the_event_and_its_kind_escaped() -> None:
    facts = facts_html({"event": "<b>SCO</b> summit", "event_kind": "summit"}, title="T")
    assert "&lt;b&gt;SCO&lt;/b&gt; summit · " in facts and ">summit</span>" in facts
    assert ">phone call</span>" in facts_html({"event_kind": "phone call"}, title="T")
    assert "·" not in plain(facts_html({"event": "talks"}, title="T")).split("Host")[0]


def test_facts_show_the_main_themes_heaviest_first_with_their_weight_on_hover(labels, colors) -> None:
    themes = [
        {"theme": "trade", "weight": 3.0, "sentences": 3},
        {"theme": "<b>x</b>", "weight": 2, "sentences": 2},
    ]
    facts = facts_html({"themes": themes}, title="T", labels=labels, colors=colors)
    assert plain(facts).index(labels["trade"]) < plain(facts).index("<b>x</b>")
    assert 'title="weight 3.0 over 3 sentence(s)"' in facts
    assert "&lt;b&gt;x&lt;/b&gt;" in facts  # an unknown id is shown escaped


def test_facts_show_each_date_beside_the_day_it_resolves_to() -> None:
    dates = [
        {"text": "on Tuesday", "start": 0, "end": 10, "date": "2020-11-10", "until": None},
        {"text": "July 6-7", "start": 20, "end": 28, "date": "2025-07-06", "until": "2025-07-07"},
        {"text": "<b>in 2020</b>", "start": 30, "end": 37, "date": None, "until": None},
    ]
    facts = plain(facts_html({"dates": dates, "published": "2020-11-11"}, title="T"))
    assert "on Tuesday → 2020-11-10" in facts
    assert "July 6-7 → 2025-07-06 to 2025-07-07" in facts
    assert "<b>in 2020</b> (no day given)" in facts  # escaped: shown as written
    unpublished = plain(facts_html({"dates": [{**dates[0], "date": None}]}, title="T"))
    assert "on Tuesday (no publication date to resolve it)" in unpublished


@pytest.mark.parametrize(
    ("label", "sent_id", "title"),
    [
        ("Shanghai Spirit", 3, "Shanghai Spirit"),
        ("", 3, "Invoked in sentence 4"),
        (None, None, "Invoked in the text"),
    ],
)
def test_a_list_is_named_by_its_label_or_its_sentence(label, sent_id, title) -> None:
    assert list_title(label, sent_id) == title


def test_proposal_and_list_cards_are_escaped(tiny, labels, colors) -> None:
    proposal = {"ordinal": 1, "text": "<script>x</script>", "themes": ["trade"], "actions": ["<img src=x>"]}
    card = proposal_html(proposal, labels=labels, colors=colors)
    assert "<script" not in card and "<img" not in card
    assert "&lt;script&gt;x&lt;/script&gt;" in card and "Trade" in card
    lists = list_card_html(tiny, tiny.lists)
    assert lists.count('class="sco-quote"') == 3
    assert "The Spirit features" in plain(lists)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_survives_every_renderer_literally(hostile: str) -> None:
    for markup in (
        highlight(hostile, []),
        proposal_html(
            {"ordinal": 1, "text": hostile, "themes": [hostile], "actions": [hostile]}, labels={}, colors={}
        ),
        facts_html({"event": hostile}, title=hostile),
    ):
        assert "<script" not in markup and "<img" not in markup
        assert hostile in plain(markup)


@pytest.mark.parametrize(
    ("value", "text"), [(4, "4"), (4.0, "4"), (None, "not stated"), (float("nan"), "not stated")]
)
def test_count_text(value: object, text: str) -> None:
    assert count_text(value) == text


def test_proposal_sets_split_on_label_and_restarting_ordinals() -> None:
    proposals = pd.DataFrame(
        {
            "set_label": [
                "four-point",
                "four-point",
                "four-point",
                "four-point",
                None,
                float("nan"),
                "three",
            ],
            "ordinal": [1, 2, 1, 2, 1, 2, 1],
        }
    )
    sets = proposal_sets(proposals)
    assert [list(s["ordinal"]) for s in sets] == [[1, 2], [1, 2], [1, 2], [1]]
    assert proposal_sets(proposals.iloc[0:0]) == []


def test_facts_list_the_countries_referred_to_with_their_words_escaped() -> None:
    meta = {"countries_referred": [{"name": "China", "words": ["Chinese", "<Beijing>"]}]}
    facts = facts_html(meta, title="T")
    assert "Countries referred to" in facts
    assert "China (<q>Chinese</q>, <q>&lt;Beijing&gt;</q>)" in facts
    assert "Countries referred to" not in facts_html({}, title="T")
