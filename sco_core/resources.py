"""One loader for the editable domain knowledge in ``sco_core/data``: taxonomy, lexicons, patterns, countries."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(str(resources.files("sco_core") / "data"))
DEFAULT_ARTICLE = "sco_summit_2020.txt"


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy: its id, display label, chart colour and the terms that signal it.

    ``weights`` gives the terms that speak of the theme only weakly ("prosperity", "coordination")
    a weight below 1; ``exclusions`` are phrases whose words are not about the theme although
    they hold one of its terms ("cross-border payments")."""

    id: str
    label: str
    color: str
    terms: tuple[str, ...]
    weights: tuple[tuple[str, float], ...] = ()
    exclusions: tuple[str, ...] = ()

    def weight(self, term: str) -> float:
        """Return a term's weight (1 unless the taxonomy says otherwise); a plural reads as its singular."""
        if not self.weights:
            return 1.0
        weights = dict(self.weights)
        folded = " ".join(term.lower().split())
        for form in (folded, folded.removesuffix("es"), folded.removesuffix("s")):
            if form in weights:
                return weights[form]
        return 1.0


@dataclass(frozen=True)
class DocumentThemes:
    """Which themes an article as a whole is about: those whose weight (the sum, over its
    sentences, of the heaviest term of the theme in each) is at least ``min_weight`` and at least
    ``relative_to_top`` times the heaviest theme's; the heaviest theme always counts."""

    min_weight: float = 2.0
    relative_to_top: float = 0.35


@dataclass(frozen=True)
class Taxonomy:
    """The theme taxonomy, in the order of the data file."""

    themes: tuple[Theme, ...]
    document: DocumentThemes = DocumentThemes()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)

    def colors(self) -> dict[str, str]:
        """Return theme id -> hex colour, so every chart colours a theme the same way."""
        return {theme.id: theme.color for theme in self.themes}

    def get(self, theme_id: str) -> Theme:
        """Return the theme with this id; an unknown id fails and lists the known ones."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(f"unknown theme {theme_id!r}; known themes: {', '.join(self.ids)}")


@dataclass(frozen=True)
class Country:
    """A country: canonical short name, other names (official, common), and demonyms."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str = ""
    population: int = 0


_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def read_json(name: str, *, data_dir: Path | None = None) -> Any:
    """Return the parsed JSON data file ``name`` from the data folder."""
    path = (data_dir or DATA_DIR) / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def write_json(name: str, value: Any, *, data_dir: Path) -> Path:
    """Write ``value`` as a data file ``name`` in ``data_dir`` (the inverse of :func:`read_json`)."""
    path = data_dir / name
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_jsonl(name: str, *, data_dir: Path | None = None) -> list[dict[str, Any]]:
    """Return the records of a JSON-lines data file (spaCy's ``{"label", "pattern", "id"}`` format)."""
    path = (data_dir or DATA_DIR) / name
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not a JSON object: {error.msg}") from error
    return records


def parse_taxonomy(raw: dict[str, Any]) -> Taxonomy:
    """Validate a taxonomy document and return it as a :class:`Taxonomy`."""
    themes = []
    seen: set[str] = set()
    for entry in raw.get("themes", []):
        theme_id = str(entry["id"]).strip()
        if not theme_id or theme_id in seen:
            raise ValueError(f"taxonomy: theme id {theme_id!r} is empty or repeated")
        color = str(entry.get("color", "#888888"))
        if not _HEX_COLOR.match(color):
            raise ValueError(f"taxonomy: theme {theme_id!r} has colour {color!r}; use #rrggbb")
        terms = tuple(dict.fromkeys(str(term).strip().lower() for term in entry.get("terms", [])))
        weights = {str(term).strip().lower(): value for term, value in entry.get("weights", {}).items()}
        for term, value in weights.items():
            if term not in terms:
                raise ValueError(
                    f"taxonomy: theme {theme_id!r} weighs {term!r}, which is not one of its terms"
                )
            if not isinstance(value, int | float) or not 0 < value <= 1:
                raise ValueError(
                    f"taxonomy: theme {theme_id!r} gives {term!r} weight {value!r}; use 0 < w <= 1"
                )
        seen.add(theme_id)
        themes.append(
            Theme(
                id=theme_id,
                label=str(entry.get("label", theme_id.title())),
                color=color,
                terms=tuple(term for term in terms if term),
                weights=tuple((term, float(value)) for term, value in weights.items()),
                exclusions=tuple(
                    dict.fromkeys(" ".join(str(x).lower().split()) for x in entry.get("exclusions", []))
                ),
            )
        )
    rule = raw.get("document_themes", {})
    document = DocumentThemes(
        min_weight=float(rule.get("min_weight", DocumentThemes.min_weight)),
        relative_to_top=float(rule.get("relative_to_top", DocumentThemes.relative_to_top)),
    )
    return Taxonomy(themes=tuple(themes), document=document)


def taxonomy_to_dict(taxonomy: Taxonomy) -> dict[str, Any]:
    """Return the data-file form of a taxonomy (the inverse of :func:`parse_taxonomy`)."""
    themes = []
    for t in taxonomy.themes:
        entry: dict[str, Any] = {"id": t.id, "label": t.label, "color": t.color, "terms": list(t.terms)}
        if t.weights:
            entry["weights"] = dict(t.weights)
        if t.exclusions:
            entry["exclusions"] = list(t.exclusions)
        themes.append(entry)
    rule = taxonomy.document
    return {
        "document_themes": {"min_weight": rule.min_weight, "relative_to_top": rule.relative_to_top},
        "themes": themes,
    }


@lru_cache(maxsize=4)
def load_taxonomy(data_dir: Path | None = None) -> Taxonomy:
    """Return the theme taxonomy from ``taxonomy.json``."""
    return parse_taxonomy(read_json("taxonomy.json", data_dir=data_dir))


def _usable_alias(alias: str, codes: set[str]) -> bool:
    # ISO codes ("IN", "AM", "IS") are ordinary words in running text; native-script and
    # inverted ("Korea, Republic of") forms do not occur in English news.
    return alias not in codes and len(alias) > 2 and alias.isascii() and "," not in alias


def _population(info: Any) -> int:
    try:
        return int(info.population() or 0)
    except (KeyError, TypeError, ValueError):
        return 0


def _capital(info: Any) -> str:
    try:
        return str(info.capital() or "")
    except KeyError:  # a territory the package gives no capital
        return ""


@lru_cache(maxsize=4)
def load_countries(data_dir: Path | None = None) -> tuple[Country, ...]:
    """Return the countries of the world with their names and demonyms.

    Names and demonyms come from the ``countryinfo`` package; ``countries.json`` adds
    the forms news text uses that it lacks ("U.S.", "Britain") and drops misleading ones.
    """
    from countryinfo import all_countries

    extra = read_json("countries.json", data_dir=data_dir)
    add_names: dict[str, list[str]] = extra.get("names", {})
    add_demonyms: dict[str, list[str]] = extra.get("demonyms", {})
    dropped = set(extra.get("drop", []))
    by_code: dict[str, Country] = {}
    for info in all_countries():
        iso = info.iso() or {}
        code = str(iso.get("alpha2") or "").upper()
        if not code:
            continue
        codes = {code, str(iso.get("alpha3") or "").upper()}
        name = info.name()
        names = [name, *(a for a in info.alt_spellings() if _usable_alias(a, codes))]
        names += add_names.get(code, [])
        demonyms = [d for d in [info.demonym()] if d]
        demonyms += add_demonyms.get(code, [])
        earlier = by_code.get(code)
        if earlier is not None:  # the package has two entries for a few codes ("Burma", "Myanmar")
            names = [*earlier.names, *names]
            demonyms = [*earlier.demonyms, *demonyms]
        canonical = extra.get("canonical", {}).get(code, earlier.name if earlier else name)
        by_code[code] = Country(
            code=code,
            name=canonical,
            names=tuple(n for n in dict.fromkeys(names) if n not in dropped),
            # "Djibouti" is the package's demonym of Djibouti too: spelt as the name, it is the name.
            demonyms=tuple(d for d in dict.fromkeys(demonyms) if d not in dropped and d != canonical),
            capital=extra.get("capitals", {}).get(code)
            or (earlier.capital if earlier else "")
            or _capital(info),
            population=max(earlier.population if earlier else 0, _population(info)),
        )
    return tuple(sorted(by_code.values(), key=lambda c: c.code))


@lru_cache(maxsize=4)
def load_lexicon(name: str, data_dir: Path | None = None) -> dict[str, Any]:
    """Return a lexicon data file (``actors``, ``lists``) by name; an unknown name lists the known ones."""
    known = sorted(p.stem for p in (data_dir or DATA_DIR).glob("*.json"))
    if name not in known:
        raise ValueError(f"unknown lexicon {name!r}; known lexicons: {', '.join(known)}")
    return read_json(f"{name}.json", data_dir=data_dir)


def load_patterns(data_dir: Path | None = None) -> list[dict[str, Any]]:
    """Return the token patterns of ``patterns.jsonl``."""
    return read_jsonl("patterns.jsonl", data_dir=data_dir)


def load_default_article() -> str:
    """Return the embedded default article: the 2020 SCO heads-of-state summit report."""
    return (DATA_DIR / DEFAULT_ARTICLE).read_text(encoding="utf-8")
