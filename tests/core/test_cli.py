"""The command line: JSON and CSV output, and one clear line for every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import sco_core

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sco_core", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_default_json_maps_every_table_to_rows() -> None:
    done = run_cli("extract", "--default", "--format", "json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    for name in sco_core.TABLE_NAMES:
        assert isinstance(payload[name], list)
        for row in payload[name]:
            assert set(sco_core.COLUMNS[name]) <= set(row)
    speakers = {row["speaker"] for row in payload["statements"]}
    assert {"Zhang Hanhui", "Xi Jinping", "blue book"} <= speakers


def test_csv_writes_one_file_per_table(tmp_path: Path) -> None:
    article = tmp_path / "talks.txt"
    article.write_text("Foreign Minister Wang Yi said the talks were fruitful.\n", encoding="utf-8")
    done = run_cli("extract", str(article), "--format", "csv", "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"talks.{name}.csv" for name in sco_core.TABLE_NAMES)
    header = (tmp_path / "out" / "talks.statements.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(sco_core.COLUMNS["statements"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("DIR", "is a directory"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, "binary"),
        (b"   \n\t  \n", "empty"),
    ],
    ids=["missing", "directory", "binary", "whitespace"],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, content: bytes | str | None, message: str) -> None:
    path = tmp_path / "article.txt"
    if content == "DIR":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    done = run_cli("extract", str(path))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], done.stderr
    assert done.stdout == ""


def test_non_utf8_falls_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 talks: Lavrov said the talks were useful.".encode("cp1252"))
    done = run_cli("extract", str(path))
    assert done.returncode == 0
    assert "cp1252" in done.stderr
    assert json.loads(done.stdout)["sentences"][0]["text"].startswith("Café")


def test_no_file_and_no_default_is_a_usage_error() -> None:
    done = run_cli("extract")
    assert done.returncode == 2
    assert "--default" in done.stderr


def test_html_and_pdf_files_are_read(tmp_path: Path) -> None:
    from pdfmaker import make_pdf

    page = tmp_path / "page.html"
    sentence = "Foreign Minister Wang Yi said the talks with his counterpart were candid and useful."
    page.write_text(
        f"<html><body><article><p>{sentence}</p><p>{sentence}</p></article></body></html>", encoding="utf-8"
    )
    report = tmp_path / "report.pdf"
    report.write_bytes(make_pdf(["Talks", sentence]))
    done = run_cli("extract", str(page), str(report))
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert [doc["doc_id"] for doc in payload] == ["page", "report"]
    for doc in payload:
        assert any(row["speaker"] == "Wang Yi" for row in doc["statements"])


def test_corrections_file_applies_on_top_of_the_extraction(tmp_path: Path) -> None:
    from sco_core.corrections import for_row

    seed = sco_core.extract(sco_core.load_default_article())
    book = seed.statements[seed.statements.speaker == "blue book"].iloc[0]
    fix = for_row("statements", "speaker", book, seed.text, speaker_id="person:xi-jinping")
    path = tmp_path / "corrections.json"
    path.write_text(json.dumps({"corrections": [fix.to_dict()]}), encoding="utf-8")
    done = run_cli("extract", "--default", "--corrections", str(path))
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    row = next(r for r in payload["statements"] if r["start"] == book.start)
    assert (row["speaker"], row["origin"], row["reviewed"]) == ("Xi Jinping", "analyst", True)
    assert [c["id"] for c in payload["corrections"]["applied"]] == [fix.id]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a JSON file of corrections"),
        ('{"corrections": 5}', "no list of corrections"),
        ('[{"table": "statements", "op": "explode"}]', "unknown operation"),
    ],
)
def test_a_bad_corrections_file_is_one_clear_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "corrections.json"
    path.write_text(content, encoding="utf-8")
    done = run_cli("extract", "--default", "--corrections", str(path))
    assert done.returncode == 1 and message in done.stderr and done.stdout == ""


def test_a_correction_with_offsets_outside_the_text_is_refused(tmp_path: Path) -> None:
    from sco_core.corrections import Correction, text_hash

    seed = sco_core.load_default_article()
    bad = Correction("statements", "confirm", text_hash(seed), start=0, end=len(seed) + 5, evidence="x")
    path = tmp_path / "corrections.json"
    path.write_text(json.dumps([bad.to_dict()]), encoding="utf-8")
    done = run_cli("extract", "--default", "--corrections", str(path))
    assert done.returncode == 1 and "outside the text" in done.stderr


def test_published_resolves_the_articles_dates_to_iso_beside_their_words() -> None:
    done = run_cli("extract", "--default", "--published", "2020-11-11")
    assert done.returncode == 0, done.stderr
    meta = json.loads(done.stdout)["meta"]
    assert meta["published"] == "2020-11-11"
    resolved = {(d["text"].lower(), d["date"]) for d in meta["dates"]}
    assert resolved == {("on tuesday", "2020-11-10"), ("on monday", "2020-11-09")}
    text = sco_core.load_default_article()
    assert all(text[d["start"] : d["end"]] == d["text"] for d in meta["dates"])


def test_a_publication_date_that_is_no_date_is_refused_in_one_line() -> None:
    done = run_cli("extract", "--default", "--published", "2020-13-01")
    assert done.returncode == 2
    assert "not a date as YYYY-MM-DD: '2020-13-01'" in done.stderr
