"""The extraction entry point: article text in, one :class:`Extraction` of tidy tables out."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from sco_core.actors import ActorFinder, Lexicons, actor_records, mention_records
from sco_core.collectives import CollectiveNouns
from sco_core.document import Article, QuoteRules, furniture_sentences, parse_article
from sco_core.lists import ListRules, list_records
from sco_core.meta import CountryWords, EventKinds, article_meta, date_regex
from sco_core.outcomes import OutcomeRules, outcome_records
from sco_core.pipeline import build_pipeline
from sco_core.principles import PrincipleRules, principle_records
from sco_core.proposals import ProposalRules, actions, find_enumerations
from sco_core.records import Proposal, Statement
from sco_core.resources import load_countries, load_lexicon, load_taxonomy
from sco_core.sources import guess_title
from sco_core.statements import StatementFinder
from sco_core.tables import TABLE_NAMES, Tables
from sco_core.themes import ThemeRules
from sco_core.threats import ThreatRules, threat_records
from sco_core.turns import QUESTIONER_ID, TurnRules


def doc_id_for(text: str) -> str:
    """Return a stable id derived from the article's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class Extraction:
    """All the tables of one article. Every row's ``start``/``end`` index into :attr:`text`."""

    doc_id: str
    title: str
    text: str
    meta: dict[str, Any]
    tables: dict[str, pd.DataFrame] = field(repr=False)
    # What an analyst's corrections did (sco_core.corrections.Review); None: the engine's reading.
    review: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.tables, Tables):
            self.tables = Tables(self.tables)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def table(self, name: str) -> pd.DataFrame:
        """Return one table by name; an unknown name lists the known ones."""
        if name not in self.tables:
            raise KeyError(f"unknown table {name!r}; tables: {', '.join(TABLE_NAMES)}")
        return self.tables[name]

    def to_dict(self) -> dict[str, Any]:
        """Return the tables as ``{table: [row, ...]}`` plus ``doc_id``, ``title`` and ``meta``."""
        out: dict[str, Any] = {"doc_id": self.doc_id, "title": self.title, "meta": self.meta}
        for name in TABLE_NAMES:
            out[name] = json.loads(self.tables[name].to_json(orient="records", force_ascii=False))
        if self.review is not None:
            out["corrections"] = self.review.to_dict()
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


class Extractor:
    """Holds the pipeline and rules (build once); :meth:`extract` is safe to call from threads."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.nlp = build_pipeline(data_dir)
        actors = load_lexicon("actors", data_dir)
        lists = load_lexicon("lists", data_dir)
        countries = {country.code: country.name for country in load_countries(data_dir)}
        self.country_words = CountryWords.from_countries(
            load_countries(data_dir), load_lexicon("countries", data_dir).get("capitals_not_references", [])
        )
        self.lexicons = Lexicons.from_data(actors, set(STOP_WORDS), countries)
        self.proposal_rules = ProposalRules.from_data(lists)
        self.principle_rules = PrincipleRules.from_data(
            load_lexicon("principles", data_dir), heads=lists["kinds"]["principle"]
        )
        self.threat_rules = ThreatRules.from_data(load_lexicon("threats", data_dir))
        self.outcome_rules = OutcomeRules.from_data(lists, actors)
        self.list_rules = ListRules.from_data(lists, documents=self.outcome_rules)
        self.quote_rules = QuoteRules.from_data(lists)
        self.collective_nouns = CollectiveNouns.from_data(actors, lists["number_words"])
        layout = load_lexicon("layout", data_dir)
        self.furniture_prefixes = tuple(p.lower() for p in layout["furniture_prefixes"])
        self.turn_rules = TurnRules.from_data(layout)
        self.ordinals = set(lists["ordinals"]) | set(lists["final_ordinals"])
        self.date_pattern = date_regex(lists["dates"])
        self.theme_rules = ThemeRules.from_taxonomy(load_taxonomy(data_dir))
        self.event_kinds = EventKinds.from_data(load_lexicon("events", data_dir))
        self._lock = threading.Lock()

    def extract(
        self,
        text: str,
        *,
        doc_id: str | None = None,
        title: str | None = None,
        published: dt.date | None = None,
    ) -> Extraction:
        """Return the tables of ``text``. ``doc_id`` defaults to a hash of the text; ``published``,
        the article's publication date, resolves the dates it gives ("on Tuesday")."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        doc_id = doc_id or doc_id_for(text)
        with self._lock:  # spaCy's Language is not documented as thread-safe
            article = parse_article(self.nlp, text, self.quote_rules)
        article.furniture = furniture_sentences(article, self.furniture_prefixes) | article.datelines
        return self._tables(article, doc_id=doc_id, title=title, published=published)

    def _tables(
        self, article: Article, *, doc_id: str, title: str | None, published: dt.date | None = None
    ) -> Extraction:
        finder = ActorFinder(article, self.lexicons, self.ordinals, self.turn_rules)
        finder.run()
        if title and not article.text.lstrip().startswith(title.strip()):
            finder.titled = self._read_title(title)
        enumerations = find_enumerations(article, self.proposal_rules)
        statements = StatementFinder(
            article, finder, self.collective_nouns, bullets=frozenset(self.proposal_rules.bullets)
        )
        statements.enumerations = enumerations
        hits = statements.run()
        themes = self.theme_rules.records(article, exclude=_name_ranges(finder) + _office_ranges(finder))
        themes_by_sentence: dict[int, list[str]] = {}
        for hit in themes:
            bucket = themes_by_sentence.setdefault(hit.sent_id, [])
            if hit.theme not in bucket:
                bucket.append(hit.theme)
        registry = finder.registry
        statement_rows = []
        questioner = registry.by_key.get(QUESTIONER_ID)  # asks, speaks for no group
        for stmt_id, hit in enumerate(hits):
            sentence = article.sentences[hit.sent_id]
            quotes = [
                [max(q.start, hit.start), min(q.end, hit.end)] for q in article.quotes_in(hit.start, hit.end)
            ]
            spanned = range(hit.sent_id, hit.last_sent + 1)
            speaker = registry.get(hit.speaker_id)
            statement_rows.append(
                Statement(
                    stmt_id=stmt_id,
                    sent_id=hit.sent_id,
                    sentences=list(spanned),
                    para_id=sentence.para_id,
                    start=hit.start,
                    end=hit.end,
                    text=article.text[hit.start : hit.end],
                    speaker=speaker.name,
                    speaker_id=hit.speaker_id,
                    kind="direct" if quotes or hit.own_words else "reported",
                    cue=hit.cue,
                    attribution=hit.attribution,
                    quotes=quotes,
                    themes=list(dict.fromkeys(t for k in spanned for t in themes_by_sentence.get(k, ()))),
                    joint=(speaker.type == "group" and speaker.actor_id != questioner)
                    or bool(speaker.members),
                    members=list(speaker.members),
                )
            )
        proposal_rows = self._proposals(article, enumerations, statements, themes)
        list_rows = list_records(article, self.list_rules)
        names = _name_ranges(finder, types=("organization", "event"))
        list_rows += principle_records(
            article,
            self.principle_rules,
            first_list_id=list_rows[-1].list_id + 1 if list_rows else 0,
            taken=[(row.start, row.end) for row in list_rows],
            names=names,
            enumerations=enumerations,
        )
        list_rows += outcome_records(
            article,
            self.outcome_rules,
            first_list_id=list_rows[-1].list_id + 1 if list_rows else 0,
            lists=list_rows,
        )
        list_rows += threat_records(
            article,
            self.threat_rules,
            first_list_id=list_rows[-1].list_id + 1 if list_rows else 0,
            lists=list_rows,
            names=names,
        )
        # The frames are built when first read: corrections applied first change the rows, so no
        # frame is built twice.
        tables = Tables.from_rows(
            doc_id,
            sentences=[s[:5] for s in article.sentences],
            actors=actor_records(finder),
            statements=statement_rows,
            proposals=proposal_rows,
            lists=list_rows,
            themes=themes,
            mentions=[m[:-1] for m in mention_records(finder)],
        )
        meta = article_meta(
            article,
            finder,
            title,
            self.date_pattern,
            published=published,
            planned=[(p.start, p.end) for p in proposal_rows],
            guess_title=guess_title,
            event_kinds=self.event_kinds,
            country_words=self.country_words,
        )
        meta["themes"] = self.theme_rules.document(themes)
        return Extraction(doc_id=doc_id, title=meta["title"], text=article.text, meta=meta, tables=tables)

    def _read_title(self, title: str) -> ActorFinder:
        """The actors of a title read as a text of its own: the headline the text does not carry."""
        with self._lock:
            headline = parse_article(self.nlp, title.strip(), self.quote_rules)
        finder = ActorFinder(headline, self.lexicons, self.ordinals)
        finder.run()
        return finder

    def _proposals(
        self, article: Article, enumerations, statements: StatementFinder, themes
    ) -> list[Proposal]:
        rows: list[Proposal] = []
        registry = statements.actors.registry
        for enumeration in enumerations:
            proposer_id = statements.proposers.get(id(enumeration), "")
            proposer = registry.get(proposer_id).name if proposer_id else ""
            found = len(enumeration.items)
            for item in enumeration.items:
                item_themes: list[str] = []
                for hit in themes:
                    if item.start <= hit.start < item.end and hit.theme not in item_themes:
                        item_themes.append(hit.theme)
                text = article.text[item.start : item.end]
                rows.append(
                    Proposal(
                        proposal_id=len(rows),
                        set_label=enumeration.label,
                        ordinal=item.ordinal,
                        sent_id=item.sent_id,
                        start=item.start,
                        end=item.end,
                        text=text,
                        proposer=proposer,
                        proposer_id=proposer_id,
                        themes=item_themes,
                        actions=actions(text, self.proposal_rules),
                        declared_count=enumeration.declared,
                        found_count=found,
                        count_mismatch=enumeration.declared is not None and enumeration.declared != found,
                    )
                )
        return rows


def _name_ranges(
    finder: ActorFinder, types: tuple[str, ...] = ("organization", "document", "event")
) -> list[tuple[int, int]]:
    """Where the text writes the name of an actor of ``types`` (not a pronoun, capitalised)."""
    return [
        (h.start, h.end)
        for h in finder.mentions
        if finder.registry.get(h.actor_id).type in types and h.via != "pronoun" and h.text[:1].isupper()
    ]


def _office_ranges(finder: ActorFinder) -> list[tuple[int, int]]:
    """Where the text writes a person's office of two words or more ("Minister of International
    Relations and Cooperation", "National Security Adviser"): an office is not a theme's evidence."""
    text = finder.article.text
    offices = {
        entry.title
        for entry in finder.registry.entries.values()
        if entry.type == "person" and len(entry.title.split()) > 1
    }
    ranges = []
    for office in offices:
        at = text.find(office)
        while at >= 0:
            ranges.append((at, at + len(office)))
            at = text.find(office, at + 1)
    return ranges


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    """Return the process-wide extractor, building it on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Extractor()
        return _default


def extract(
    text: str, *, doc_id: str | None = None, title: str | None = None, published: dt.date | None = None
) -> Extraction:
    """Return the tables of one article (see :class:`Extraction`)."""
    return default_extractor().extract(text, doc_id=doc_id, title=title, published=published)
