"""The article's own facts: dates resolved against the publication date, the host or chair."""

from __future__ import annotations

import datetime as dt

import pytest

import sco_core

PUBLISHED = dt.date(2020, 11, 11)  # a Wednesday


def dates_of(
    sentence: str, published: dt.date | None = PUBLISHED
) -> list[tuple[str, str | None, str | None]]:
    text = f"The ministers met in Moscow.\n\n{sentence}"
    meta = sco_core.extract(text, published=published).meta
    assert all(text[d["start"] : d["end"]] == d["text"] for d in meta["dates"])
    return [(d["text"], d["date"], d["until"]) for d in meta["dates"]]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A weekday is the last such day on or before publication; "next" one after it.
        ("The summit was held on Tuesday.", PUBLISHED, [("on Tuesday", "2020-11-10", None)]),
        ("The summit was held on Wednesday.", PUBLISHED, [("on Wednesday", "2020-11-11", None)]),
        ("They will meet again next Monday.", PUBLISHED, [("next Monday", "2020-11-16", None)]),
        # A day and month take the publication's year, or the year before when that would be far ahead.
        ("The summit was held on November 10.", PUBLISHED, [("November 10", "2020-11-10", None)]),
        ("The summit was held on December 30.", dt.date(2021, 1, 2), [("December 30", "2020-12-30", None)]),
        # A full date needs no publication date; a range stays a range.
        ("The summit was held on Nov. 10, 2020.", None, [("Nov. 10, 2020", "2020-11-10", None)]),
        ("The summit was held on July 6-7.", dt.date(2025, 7, 8), [("July 6-7", "2025-07-06", "2025-07-07")]),
        ("The summit was held on 6-7 July 2025.", None, [("6-7 July 2025", "2025-07-06", "2025-07-07")]),
        # Without a publication date a weekday or a day without year is the words only.
        ("The summit was held on Tuesday.", None, [("on Tuesday", None, None)]),
        ("The summit was held on November 10.", None, [("November 10", None, None)]),
        # A target year is what is planned, not when the event was.
        ("The leaders aim to double trade by 2030.", PUBLISHED, []),
        ("Trade has grown since 2001.", PUBLISHED, [("since 2001", None, None)]),
    ],
)
def test_dates_resolve_against_the_publication_date(
    sentence: str, published: dt.date | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dates_of(sentence, published) == expected


def test_a_date_inside_a_proposal_is_no_date_of_the_event() -> None:
    text = (
        "The summit was held on Tuesday. Xi Jinping put forward four proposals. First, we should hold a"
        " ministerial meeting on December 5. Second, we should deepen trade."
    )
    result = sco_core.extract(text, published=PUBLISHED)
    assert len(result.proposals) == 2
    assert [d["text"] for d in result.meta["dates"]] == ["on Tuesday"]


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("The video conference was hosted on Tuesday by Russia.", "Russia"),
        ("Brazil chaired the meeting in Rio de Janeiro.", "Brazil"),
        ("The talks were held under India's chairmanship.", "India"),
        # Attending, or being named in passing, hosts nothing.
        ("The meeting was attended by Russia and China.", None),
        ("Brazil said the meeting was useful.", None),
    ],
)
def test_the_host_or_chair_with_its_evidence(sentence: str, host: str | None) -> None:
    text = f"The foreign ministers met this week.\n\n{sentence}"
    meta = sco_core.extract(text).meta
    assert meta["host"] == host
    if host is not None:
        start, end = meta["evidence"]["host"]
        assert text[start:end].startswith(host[:5])


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (
            "FACT SHEET: U.S. Contributions to NATO Deterrence",
            "The United States will deploy more forces.",
            "fact sheet",
        ),
        # The event the title names wins over the kind of document it is.
        ("Joint Statement Following the Summit of the Leaders", "The leaders met in Jeddah.", "summit"),
        ("Joint Leaders Statement on AUKUS", "We resolve to deepen cooperation.", "joint statement"),
        # Without an event in the title, the opening paragraph's.
        (
            "Joint Statement by President Biden and Taoiseach Martin",
            "The two leaders held a virtual bilateral meeting.",
            "meeting",
        ),
        (
            None,
            "President Vladimir Putin talked by telephone with US President George W. Bush.",
            "phone call",
        ),
        # A foreign ministers' meeting is not a leaders' summit.
        (
            None,
            "The BRICS foreign ministers met in Rio de Janeiro on Tuesday for their annual meeting.",
            "ministerial meeting",
        ),
        (None, "President Putin congratulated Fidel Castro on his birthday.", None),
    ],
)
def test_the_kind_of_event_comes_from_the_title_then_the_opening(title, text: str, kind) -> None:
    meta = sco_core.extract(text, title=title).meta
    assert meta["event_kind"] == kind
    if kind and title is None:  # a cue in the text keeps its evidence
        start, end = meta["evidence"]["event_kind"]
        assert text[start:end].strip()


def test_the_seed_reports_the_sco_heads_of_state_summit() -> None:
    meta = sco_core.extract(sco_core.load_default_article()).meta
    assert meta["event_kind"] == "summit"
    assert "Shanghai Cooperation Organization" in meta["event"]
    assert "heads of state summit" in meta["event"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country the text refers to only by demonym or capital is one it refers to ...
        (
            "Chinese officials met the delegation in Beijing. Russia said the talks went well.",
            [("China", ["Chinese", "Beijing"])],
        ),
        (
            "Washington and Tehran disagreed on the terms.",
            [("United States", ["Washington"]), ("Iran", ["Tehran"])],
        ),
        # ... a demonym of several countries is the most populous one's ...
        ("American diplomats arrived on Monday.", [("United States", ["American"])]),
        # ... but not one the text names, nor a capital inside a name.
        ("Chinese officials said China would take part.", []),
        ("The Moscow Declaration was signed by the ministers.", []),
    ],
)
def test_countries_referred_to_by_demonym_or_capital(text: str, expected: list) -> None:
    referred = sco_core.extract(text).meta["countries_referred"]
    assert [(c["name"], c["words"]) for c in referred] == expected
    assert all(text[c["start"] : c["end"]] == c["words"][0] for c in referred)
