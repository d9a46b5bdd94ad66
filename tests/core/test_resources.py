"""Data files: one loader, round-trip tested, and editable without code changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import sco_core
from sco_core.extractor import Extractor
from sco_core.resources import (
    DATA_DIR,
    load_countries,
    load_lexicon,
    load_patterns,
    load_taxonomy,
    parse_taxonomy,
    read_json,
    taxonomy_to_dict,
    write_json,
)

DEFAULT_THEMES = {
    "health",
    "security",
    "economy",
    "trade",
    "connectivity",
    "multilateralism",
    "governance",
    "culture",
    "sovereignty",
    "development",
    "energy",
    "technology",
    "climate",
}


def test_default_taxonomy_has_the_agreed_themes_each_with_a_colour() -> None:
    taxonomy = load_taxonomy()
    assert set(taxonomy.ids) == DEFAULT_THEMES
    assert len(set(taxonomy.colors().values())) == len(taxonomy.ids)


def test_taxonomy_round_trips(tmp_path: Path) -> None:
    taxonomy = load_taxonomy()
    write_json("taxonomy.json", taxonomy_to_dict(taxonomy), data_dir=tmp_path)
    assert parse_taxonomy(read_json("taxonomy.json", data_dir=tmp_path)) == taxonomy


def test_patterns_are_spacy_span_ruler_records() -> None:
    for record in load_patterns():
        assert {"label", "pattern"} <= set(record)


def test_unknown_lexicon_and_theme_fail_listing_the_known_ones() -> None:
    with pytest.raises(ValueError, match="actors"):
        load_lexicon("no-such-lexicon")
    with pytest.raises(KeyError, match="health"):
        load_taxonomy().get("no-such-theme")


def test_bad_taxonomy_colour_is_refused() -> None:
    with pytest.raises(ValueError, match="colour"):
        parse_taxonomy({"themes": [{"id": "x", "color": "red", "terms": ["x"]}]})


def test_countries_come_with_demonyms() -> None:
    by_code = {c.code: c for c in load_countries()}
    assert "Russia" in by_code["RU"].names and "Russian" in by_code["RU"].demonyms
    assert "Chinese" in by_code["CN"].demonyms
    assert len(by_code) > 240


def test_a_theme_added_in_the_data_file_alone_is_used(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    taxonomy = json.loads((data / "taxonomy.json").read_text(encoding="utf-8"))
    taxonomy["themes"].append(
        {"id": "space", "label": "Space", "color": "#123456", "terms": ["lunar station"]}
    )
    (data / "taxonomy.json").write_text(json.dumps(taxonomy), encoding="utf-8")
    result = Extractor(data).extract("The leaders discussed a joint lunar station.", doc_id="t")
    assert list(result.themes.theme) == ["space"]
    assert "space" not in set(sco_core.extract("The leaders discussed a joint lunar station.").themes.theme)
