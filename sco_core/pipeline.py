"""The spaCy pipeline: blank English, sentence and paragraph boundaries, and rule matchers built from data."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from sco_core.resources import load_countries, load_lexicon, load_patterns, load_taxonomy

# Span groups that the rulers write, one per kind of match.
NAMES_KEY = "names"
CUES_KEY = "cues"
THEMES_KEY = "themes"

# Hyphens and dashes glued to quote marks ('"three forces"-terrorism') split off, as between words.
_EXTRA_INFIXES = (
    r"(?<=[\"”’])[-–—](?=\w)",
    r"(?<=\w)[-–—](?=[\"“‘])",
    r"(?<=\w)[\"”’](?=[-–—])",
    r"(?<=[-–—])[\"“‘](?=\w)",
    r"(?<=[a-z])[–—](?=[a-z])",
)


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headings and list lines stand alone."""
    # A line break is always in a whitespace token of its own; reading only those tokens keeps
    # this cheap (``doc.text`` would rebuild the whole text from every token).
    # The starts are written back as one array: setting ``token.is_sent_start`` one token at a
    # time rescans the whole doc each time, which made long articles quadratic.
    spaces = doc.to_array(IS_SPACE).tolist()
    starts = doc.to_array(SENT_START)
    last = len(doc) - 1
    changed = False
    for i, is_space in enumerate(spaces):
        if is_space and i < last and "\n" in doc[i].text and starts[i + 1] != 1:
            starts[i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


def _plural(term: str) -> str:
    if term.endswith(("s", "x", "ch", "sh")):
        return term + "es"
    if term.endswith("y") and len(term) > 2 and term[-2] not in "aeiou":
        return term[:-1] + "ies"
    return term + "s"


def build_pipeline(data_dir: Path | None = None) -> Language:
    """Return a blank English pipeline with sentence splitting and the data-driven rulers.

    Span groups on each doc: ``doc.spans["names"]`` (countries, demonyms, capitals, known
    organisations and titles, matched case-sensitively), ``doc.spans["cues"]`` (speech and
    list cues, pronouns, dates, from ``patterns.jsonl``) and ``doc.spans["themes"]``
    (taxonomy terms, case-insensitive; the span's ``id_`` is the theme id).
    """
    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, *_EXTRA_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("paragraph_breaks", after="sentencizer")

    names = nlp.add_pipe(
        "span_ruler",
        name="name_ruler",
        config={"spans_key": NAMES_KEY, "phrase_matcher_attr": "ORTH", "validate": False},
    )
    names.add_patterns(_name_patterns(data_dir))

    cues = nlp.add_pipe(
        "span_ruler",
        name="cue_ruler",
        config={"spans_key": CUES_KEY, "phrase_matcher_attr": "LOWER", "validate": False},
    )
    cues.add_patterns(_cue_patterns(data_dir))

    themes = nlp.add_pipe(
        "span_ruler",
        name="theme_ruler",
        config={"spans_key": THEMES_KEY, "phrase_matcher_attr": "LOWER", "validate": False},
    )
    themes.add_patterns(_theme_patterns(data_dir))
    return nlp


def _name_patterns(data_dir: Path | None) -> list[dict]:
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ident: str) -> None:
        # "People's Republic of China" is also spelt with a curly apostrophe, and the other way round.
        for form in dict.fromkeys((text, text.replace("'", "’"), text.replace("’", "'"))):
            if form and (label, form) not in seen:
                seen.add((label, form))
                patterns.append({"label": label, "pattern": form, "id": ident})

    for country in load_countries(data_dir):
        for name in country.names:
            add("COUNTRY", name, country.code)
        for demonym in country.demonyms:
            add("DEMONYM", demonym, country.code)
    actors = load_lexicon("actors", data_dir)
    for org in actors["organizations"]:
        for name in (org["name"], *org.get("aliases", [])):
            add("ORG", name, org["name"])
    for title in actors["titles"]:
        add("TITLE", title, title.lower())
        add("TITLE", title.lower(), title.lower())
    return patterns


def _as_phrases(pattern: list[dict]) -> list[str] | None:
    """Return the phrases a token pattern of plain lower-case words stands for, or None.

    ``[{"LOWER": {"IN": ["called", "calls"]}}, {"LOWER": "for"}]`` is "called for", "calls for":
    the phrase matcher finds those by hash lookup, far faster than the token matcher.
    """
    phrases = [""]
    for token in pattern:
        optional = token.get("OP") == "?"
        if set(token) - {"OP"} != {"LOWER"} or token.get("OP", "?") != "?":
            return None
        value = token["LOWER"]
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = list(value["IN"])
        else:
            return None
        phrases = [f"{p} {w}".strip() for p in phrases for w in words] + (phrases if optional else [])
        if len(phrases) > 500:
            return None
    return [p for p in phrases if p]


def _cue_patterns(data_dir: Path | None) -> list[dict]:
    patterns = []
    for record in load_patterns(data_dir):
        phrases = _as_phrases(record["pattern"]) if isinstance(record["pattern"], list) else None
        if phrases is None:
            patterns.append(record)
        else:
            patterns.extend({**record, "pattern": phrase} for phrase in phrases)
    actors = load_lexicon("actors", data_dir)
    for noun in actors["document_nouns"]:
        patterns.append({"label": "DOC_NOUN", "pattern": noun, "id": noun})
    for noun in actors["event_nouns"]:
        patterns.append({"label": "EVENT_NOUN", "pattern": noun, "id": noun})
    for noun in actors["group_nouns"]:
        patterns.append({"label": "GROUP_NOUN", "pattern": noun, "id": noun})
    for ref in actors["generic_org_refs"]:
        patterns.append({"label": "ORG_REF", "pattern": ref, "id": ref})
    for role in actors["roles"]:
        patterns.append({"label": "ROLE", "pattern": role, "id": role})
    lists = load_lexicon("lists", data_dir)
    for number_word, value in lists["number_words"].items():
        patterns.append({"label": "NUMBER", "pattern": number_word, "id": str(value)})
    return patterns


def _theme_patterns(data_dir: Path | None) -> list[dict]:
    patterns = []
    for theme in load_taxonomy(data_dir).themes:
        for term in theme.terms:
            for form in dict.fromkeys((term, _plural(term))):
                patterns.append({"label": "THEME", "pattern": form, "id": theme.id})
    return patterns
