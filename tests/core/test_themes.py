"""Themes: a term is evidence only where it is about its theme, and an article's themes are those
with enough weight (the taxonomy's ``document_themes`` rule)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import sco_core
from sco_core.extractor import Extractor
from sco_core.records import ThemeHit
from sco_core.resources import DATA_DIR, Taxonomy, Theme, parse_taxonomy
from sco_core.themes import ThemeRules

LEAD = "President Cyril Ramaphosa met the visiting delegation.\n\n"


def _themes_of(sentence: str) -> set[str]:
    result = sco_core.extract(LEAD + sentence)
    return set(result.themes[result.themes.start >= len(LEAD)].theme)


@pytest.mark.parametrize(
    ("sentence", "theme", "tagged"),
    [
        # An office is not evidence: "Cooperation" in a minister's title says nothing of multilateralism.
        (
            "Minister of International Relations and Cooperation Naledi Pandor said the talks went well.",
            "multilateralism",
            False,
        ),
        ("Naledi Pandor said cooperation between the two countries went well.", "multilateralism", True),
        ("National Security Adviser Jake Sullivan said the talks were useful.", "security", False),
        ("Jake Sullivan said the talks on security were useful.", "security", True),
        # A theme's exclusion: "cross-border payments" is finance, not the border.
        ("The ministers discussed cross-border payments in local currencies.", "security", False),
        ("The ministers discussed cross-border terrorism.", "security", True),
        # A name is not evidence either ("Shanghai Cooperation Organization").
        ("The Shanghai Cooperation Organization met in Moscow.", "multilateralism", False),
    ],
)
def test_a_term_is_evidence_only_where_it_is_about_its_theme(sentence: str, theme: str, tagged: bool) -> None:
    assert (theme in _themes_of(sentence)) is tagged


def _rules(min_weight: float = 2.0, relative: float = 0.35) -> ThemeRules:
    taxonomy = parse_taxonomy(
        {
            "document_themes": {"min_weight": min_weight, "relative_to_top": relative},
            "themes": [
                {"id": "trade", "color": "#111111", "terms": ["trade", "tariff"]},
                {
                    "id": "development",
                    "color": "#222222",
                    "terms": ["development", "prosperity"],
                    "weights": {"prosperity": 0.25},
                },
                {"id": "health", "color": "#333333", "terms": ["health"]},
            ],
        }
    )
    return ThemeRules.from_taxonomy(taxonomy)


def _hits(*rows: tuple[int, str, str]) -> list[ThemeHit]:
    return [ThemeHit(sent_id=s, theme=t, term=term, start=0, end=0) for s, t, term in rows]


def test_document_themes_weigh_each_sentence_once_by_its_heaviest_term() -> None:
    hits = _hits(
        (0, "trade", "trade"),
        (0, "trade", "tariffs"),
        (1, "trade", "trade"),
        (2, "trade", "tariff"),
        (1, "development", "prosperity"),
        (2, "development", "prosperity"),
        (3, "development", "development"),
        (4, "health", "health"),
        (5, "health", "health"),
    )
    themes = _rules().document(hits)
    assert themes[0] == {"theme": "trade", "weight": 3.0, "sentences": 3}
    # Development: 0.25 + 0.25 + 1 = 1.5, under the minimum weight of 2; health's 2 reaches it.
    assert [t["theme"] for t in themes] == ["trade", "health"]


def test_a_theme_far_lighter_than_the_heaviest_is_not_the_articles() -> None:
    hits = _hits(
        *[(k, "trade", "trade") for k in range(10)], (20, "health", "health"), (21, "health", "health")
    )
    assert [t["theme"] for t in _rules(relative=0.35).document(hits)] == ["trade"]
    assert [t["theme"] for t in _rules(relative=0.2).document(hits)] == ["trade", "health"]


def test_the_heaviest_theme_always_counts_and_no_theme_gives_none() -> None:
    assert [t["theme"] for t in _rules().document(_hits((0, "health", "health")))] == ["health"]
    assert _rules().document([]) == []


def test_the_article_meta_names_its_themes() -> None:
    text = "The leaders discussed trade.\n\nThey agreed on tariffs.\n\nThey spoke of trade deals."
    assert [t["theme"] for t in sco_core.extract(text).meta["themes"]] == ["trade"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "x", "color": "#111111", "terms": ["a"], "weights": {"b": 0.5}}, "not one of its terms"),
        ({"id": "x", "color": "#111111", "terms": ["a"], "weights": {"a": 2}}, "0 < w <= 1"),
        ({"id": "x", "color": "#111111", "terms": ["a"], "weights": {"a": 0}}, "0 < w <= 1"),
    ],
)
def test_a_bad_weight_is_refused_with_its_reason(entry: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_taxonomy({"themes": [entry]})


def test_a_plural_takes_its_singular_terms_weight() -> None:
    theme = Theme(
        id="x", label="X", color="#111111", terms=("institution",), weights=(("institution", 0.25),)
    )
    assert theme.weight("Institutions") == 0.25
    assert theme.weight("reform") == 1.0


def test_the_document_rule_is_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    taxonomy = json.loads((data / "taxonomy.json").read_text(encoding="utf-8"))
    text = "The leaders discussed trade.\n\nThey agreed on tariffs.\n\nThey spoke of health."
    assert [t["theme"] for t in Extractor(data).extract(text).meta["themes"]] == ["trade"]
    edited = tmp_path / "edited"  # a new folder: the data files are read once per folder
    shutil.copytree(DATA_DIR, edited)
    taxonomy["document_themes"] = {"min_weight": 1, "relative_to_top": 0.5}
    (edited / "taxonomy.json").write_text(json.dumps(taxonomy), encoding="utf-8")
    assert [t["theme"] for t in Extractor(edited).extract(text).meta["themes"]] == ["trade", "health"]
    assert isinstance(parse_taxonomy(taxonomy), Taxonomy)
