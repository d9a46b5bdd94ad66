"""The article's own facts (``meta``): its event, host, dates and source, each with its evidence.

Dates are read as news text writes them ("on Tuesday", "Nov. 10, 2020", "July 6-7", "10
November") and resolved against the article's publication date when it is known: a weekday is
the last such day on or before publication (the text reports what happened), a day and month
without a year take the publication's year. Target years ("by 2030") and dates inside proposals
are what is planned, not when the event was, and are left out. The arithmetic is python-dateutil's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dateutil import parser as date_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from sco_core.actors import ActorFinder
from sco_core.document import Article

_WEEKDAYS = {
    "monday": MO,
    "tuesday": TU,
    "wednesday": WE,
    "thursday": TH,
    "friday": FR,
    "saturday": SA,
    "sunday": SU,
}
# A day and month read later than this after publication were last year's ("on December 30"
# in a text of January 2).
_FUTURE_SLACK = dt.timedelta(days=31)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|SOURCE|By)\s*[:|]\s*(.+)$", re.MULTILINE)
# "MOSCOW, Nov. 10 (Xinhua) --", "RIO DE JANEIRO (AP) —", "MOSCOW, December 27. /TASS/."
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]+(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?\s*(?:\((?P<paren>[^)]{2,40})\)\s*[-–—]+|/(?P<slash>[A-Za-z ]{2,30})/)"
)
# "hosted by Russia", "chaired by Brazil", "under Russia's chairmanship", "Brazil chaired".
_HOSTED_BY = re.compile(r"\b(?:host(?:ed|s|ing)?|chair(?:ed|s)?|presided over)\b[^.]*?\bby\b")
_UNDER_CHAIR = re.compile(r"\bunder\s+(?:the\s+)?$")
_CHAIRED = re.compile(r"^\s+(?:chaired|hosted|presided over)\b")
_CHAIRMANSHIP = re.compile(r"^\s*(?:['’]s\s+)?(?:chairmanship|chairship|presidency)\b")


@dataclass(frozen=True)
class EventKinds:
    """The kinds of event an article may report (``events.json``), in the order they are tried."""

    kinds: tuple[tuple[str, bool, re.Pattern[str]], ...]  # (kind, a document kind?, cues)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> EventKinds:
        kinds = []
        for entry in data["kinds"]:
            cues = sorted({" ".join(c.split()) for c in entry["cues"]}, key=len, reverse=True)
            words = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in cues)
            pattern = re.compile(rf"(?<![\w-])(?:{words})s?(?![\w-])", re.IGNORECASE)
            kinds.append((str(entry["kind"]), bool(entry.get("document")), pattern))
        return cls(kinds=tuple(kinds))

    def read(self, title: str | None, article: Article) -> tuple[str | None, list[int] | None]:
        """The kind of event, and where its cue stands in the text (None when it is the title's
        and the text does not carry the title): from the title, else the opening paragraph, else
        the first three; an event kind before a document kind in the same place."""
        paragraphs = article.paragraphs
        places: list[tuple[str, int | None]] = []
        if title:
            at = article.text.find(title.strip())
            places.append((title, at if at >= 0 else None))
        if paragraphs:
            places.append((article.text[: paragraphs[0][1]], 0))
            places.append((article.text[: paragraphs[min(2, len(paragraphs) - 1)][1]], 0))
        # An event the title or the opening names wins over the kind of document the title is
        # ("Joint Statement by President Biden and Taoiseach Martin" on their virtual meeting).
        order = [(place, False) for place in places[:2]] + [(place, True) for place in places[:2]]
        order += [(place, documents) for place in places[2:] for documents in (False, True)]
        for (text, offset), documents in order:
            for kind, is_document, pattern in self.kinds:
                if is_document != documents:
                    continue
                match = pattern.search(text)
                if match:
                    where = None if offset is None else [offset + match.start(), offset + match.end()]
                    return kind, where
        return None, None


def date_regex(dates: dict[str, list[str]]) -> re.Pattern[str]:
    """A pattern for dates as news text writes them: "on Tuesday", "Nov. 10, 2020", "10
    November", "July 6-7", "6-7 July 2025", "in 2020", "by 2030"."""
    months = "|".join(re.escape(m) for m in sorted(dates["months"], key=len, reverse=True))
    weekdays = "|".join(re.escape(d) for d in dates["weekdays"])
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"\b(?P<weekday>(?:(?i:on|last|next|this)\s+)?(?:{weekdays}))\b"
        rf"|\b(?P<month_range>(?:{months})\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?:,?\s+{year})?)\b"
        rf"|\b(?P<day_range>\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?:{months})(?:,?\s+{year})?)(?!\w)"
        rf"|\b(?P<month_day>(?:{months})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{year})?)(?!\w)"
        rf"|\b(?P<day_month>\d{{1,2}}\s+(?:{months})(?:,?\s+{year})?)(?!\w)"
        rf"|\b(?P<year>(?i:in|since|by)\s+{year})\b"
    )


def resolve(kind: str, words: str, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The date (and the last day of a range) that ``words`` of a ``kind`` of match name, or
    Nones where they cannot be told (a weekday or a day without a year and no publication date)."""
    if kind == "weekday":
        lead, _, day = words.lower().rpartition(" ")
        if published is None:
            return None, None
        if lead == "next":
            return published + relativedelta(days=1, weekday=_WEEKDAYS[day](+1)), None
        return published + relativedelta(weekday=_WEEKDAYS[day](-1)), None
    if kind == "year":
        return None, None
    first, last = words, None
    if kind in {"month_range", "day_range"}:
        numbers = re.findall(r"\d{1,2}(?!\d)", words)
        low, high = numbers[0], numbers[1]
        # "July 6-7" -> "July 6" and "July 7"; "6-7 July 2025" -> "6 July 2025" and "7 July 2025".
        span = re.search(rf"{low}\s*[-–]\s*{high}", words)
        assert span is not None
        first = words[: span.start()] + low + words[span.end() :]
        last = words[: span.start()] + high + words[span.end() :]
    has_year = re.search(r"(?:19|20)\d\d", words) is not None
    has_day = re.search(r"\b\d{1,2}\b", words) is not None
    if not has_day or (not has_year and published is None):
        return None, None  # "November", "November 10" with no year known
    anchor = published or dt.date(2000, 1, 1)
    try:
        start = _parse(first, anchor)
        end = _parse(last, anchor) if last is not None else None
    except (ValueError, OverflowError):
        return None, None
    if not has_year and published is not None and start - published > _FUTURE_SLACK:
        start, end = start - relativedelta(years=1), (end - relativedelta(years=1) if end else None)
    return start, end


def _parse(words: str, anchor: dt.date) -> dt.date:
    default = dt.datetime(anchor.year, anchor.month, 1)
    return date_parser.parse(words.replace("Sept.", "Sep."), default=default, fuzzy=False).date()


def article_dates(
    text: str,
    pattern: re.Pattern[str],
    published: dt.date | None,
    planned: Iterable[tuple[int, int]] = (),
) -> list[dict[str, Any]]:
    """Every date the text gives for what it reports, in order: the words, their offsets and the
    resolved ISO date (``date``, and ``until`` for a range), or None where it cannot be told.
    Target years ("by 2030") and dates inside ``planned`` spans (proposals) are left out."""
    spans = list(planned)
    found: list[dict[str, Any]] = []
    for match in pattern.finditer(text):
        kind = match.lastgroup or ""
        words = match.group().strip()
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        end = start + len(words)
        if kind == "year" and words.lower().startswith("by"):
            continue  # "by 2030": a target
        if any(s <= start < e for s, e in spans):
            continue  # "a summit in October" inside a proposal: what is planned
        first, last = resolve(kind, words, published)
        found.append(
            {
                "text": words,
                "start": start,
                "end": end,
                "date": first.isoformat() if first else None,
                "until": last.isoformat() if last else None,
            }
        )
    return found


def _host(article: Article, finder: ActorFinder) -> dict[str, Any] | None:
    """The host or chair the text names: "hosted by Russia", "chaired by Brazil", "under Russia's
    chairmanship", "Brazil chaired the meeting"; the first so named, with its mention's offsets."""
    registry = finder.registry
    text = article.text
    hosts = [
        h for h in finder.mentions if registry.get(h.actor_id).type in {"country", "person", "organization"}
    ]
    for hit in sorted(hosts, key=lambda h: h.start):
        sentence_start = article.sentences[hit.sent_id].start
        by = list(_HOSTED_BY.finditer(text, sentence_start, hit.start))
        after = text[hit.end : hit.end + 40]
        if (
            (by and text[by[-1].end() : hit.start].strip() in {"", "the"})  # "hosted on Tuesday by Russia"
            or (_UNDER_CHAIR.search(text[sentence_start : hit.start]) and _CHAIRMANSHIP.match(after))
            or _CHAIRED.match(after)  # "Brazil chaired the meeting"
        ):
            return {"name": registry.get(hit.actor_id).name, "start": hit.start, "end": hit.end}
    return None


# A capitalised word, not the second half of a hyphened one ("Kabul-based" names Kabul, "Pro-Kabul" not).
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z]\w*")
_WORD_GOES_ON = re.compile(r"\w")


@dataclass(frozen=True)
class CountryWords:
    """The words that refer to a country without naming it: its demonyms (found by the name
    matcher) and its capital ("Beijing", "Moscow"), where the capital is one country's alone."""

    capitals: dict[str, str]  # capital -> country code
    by_first_word: dict[str, tuple[str, ...]]  # "New" -> ("New Delhi", ...), longest first
    # A demonym of several countries refers to the most populous ("American": the United States).
    demonym_owner: dict[str, str]

    @classmethod
    def from_countries(cls, countries: Iterable[Any], skip: Iterable[str] = ()) -> CountryWords:
        countries = list(countries)
        names = {name for c in countries for name in c.names}
        owners: dict[str, set[str]] = {}
        for country in countries:
            if country.capital:
                owners.setdefault(country.capital, set()).add(country.code)
        skipped = set(skip)
        capitals = {
            capital: next(iter(codes))
            for capital, codes in owners.items()
            if len(codes) == 1 and capital not in names and capital not in skipped and capital[:1].isupper()
        }
        firsts: dict[str, list[str]] = {}
        for capital in sorted(capitals, key=len, reverse=True):
            first = _CAPITALISED_WORD.match(capital)
            if first:
                firsts.setdefault(first.group(), []).append(capital)
        owner: dict[str, str] = {}
        for country in sorted(countries, key=lambda c: c.population):
            for demonym in country.demonyms:
                owner[demonym] = country.code
        return cls(capitals, {w: tuple(c) for w, c in firsts.items()}, owner)

    def find(self, text: str) -> Iterable[tuple[int, int, str]]:
        """(start, end, capital) of each capital written as a word of its own in ``text``."""
        for word in _CAPITALISED_WORD.finditer(text):
            for capital in self.by_first_word.get(word.group(), ()):
                end = word.start() + len(capital)
                if text.startswith(capital, word.start()) and not _WORD_GOES_ON.match(text, end):
                    yield word.start(), end, capital
                    break


def countries_referred(article: Article, finder: ActorFinder, words: CountryWords) -> list[dict[str, Any]]:
    """The countries the text refers to only by a demonym or its capital ("Chinese officials",
    "talks in Beijing") and never names: each with the words used and the first one's offsets.
    A capital inside a name ("the Moscow Declaration") refers to no country."""
    doc = article.toks
    found: list[tuple[int, int, str, str]] = []  # start, end, code, words
    for i, (label, code, first, last) in finder.name_label.items():
        if label == "DEMONYM" and i == first:
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
            text = article.text[start:end]
            codes = finder.country_forms.get(text, {code})
            if any(f"country:{c}" in finder.registry.by_key for c in codes):
                continue  # "American" where the text names the United States
            found.append((start, end, words.demonym_owner.get(text, code), text))
    spans = [(h.start, h.end) for h in finder.mentions]
    for start, end, capital in words.find(article.text):
        if not any(s <= start and end <= e for s, e in spans):
            found.append((start, end, words.capitals[capital], capital))
    named = {code for code in {f[2] for f in found} if f"country:{code}" in finder.registry.by_key}
    referred: dict[str, dict[str, Any]] = {}
    for start, end, code, text in sorted(found):
        if code in named:
            continue
        entry = referred.setdefault(
            code,
            {"name": finder.lex.country_names.get(code, code), "words": [], "start": start, "end": end},
        )
        if text not in entry["words"]:
            entry["words"].append(text)
    return list(referred.values())


def article_meta(
    article: Article,
    finder: ActorFinder,
    title: str | None,
    pattern: re.Pattern[str],
    *,
    published: dt.date | None = None,
    planned: Iterable[tuple[int, int]] = (),
    guess_title: Any = None,
    event_kinds: EventKinds | None = None,
    country_words: CountryWords | None = None,
) -> dict[str, Any]:
    """What the article is about: its title, event, host, dates and source; ``evidence`` gives
    the offsets each fact comes from, ``published`` the date the dates were resolved against."""
    registry = finder.registry
    events = [e for e in registry.entries.values() if e.type == "event"]
    event = max(
        events, key=lambda e: sum(1 for h in finder.mentions if h.actor_id == e.actor_id), default=None
    )
    evidence: dict[str, list[int]] = {}
    if event is not None:
        first = next(h for h in finder.mentions if h.actor_id == event.actor_id)
        evidence["event"] = [first.start, first.end]
    kind, kind_at = event_kinds.read(title, article) if event_kinds else (None, None)
    if kind_at is not None:
        evidence["event_kind"] = kind_at
    host = _host(article, finder)
    if host is not None:
        evidence["host"] = [host["start"], host["end"]]
    source = None
    line = _SOURCE_LINE.search(article.text)
    dateline = _DATELINE.match(article.text)
    if line:
        source = line.group(1).strip()
        evidence["source"] = [line.start(1), line.start(1) + len(source)]
    elif dateline:
        group = "paren" if dateline.group("paren") else "slash"
        source = dateline.group(group).strip()
        evidence["source"] = [dateline.start(group), dateline.end(group)]
    return {
        "title": title or (guess_title(article.text) if guess_title else None),
        "event": event.name if event else None,
        "event_kind": kind,
        "host": host["name"] if host else None,
        "dates": article_dates(article.text, pattern, published, planned),
        "published": published.isoformat() if published else None,
        "source": source,
        "countries_referred": countries_referred(article, finder, country_words) if country_words else [],
        "evidence": evidence,
    }
