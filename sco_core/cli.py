"""Command line: ``python -m sco_core extract FILE... [--format json|csv] [--out DIR] [--published YYYY-MM-DD] [--corrections FILE.json]``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from sco_core.resources import DEFAULT_ARTICLE, load_default_article
from sco_core.sources import read_source
from sco_core.tables import TABLE_NAMES
from sco_core.text_io import ArticleError

FORMATS = ("json", "csv")


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from None


def _source_date(value: str | None) -> dt.date | None:
    """A file's own date ("2024-05-01T10:00:00" in its metadata) as a date, or None."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sco_core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract the tables of one or more articles")
    extract.add_argument("files", nargs="*", metavar="FILE", help="article files: .txt, .md, .html, .pdf")
    extract.add_argument("--default", action="store_true", help="use the embedded SCO 2020 article")
    extract.add_argument("--format", choices=FORMATS, default="json")
    extract.add_argument("--out", type=Path, help="folder to write to (default: standard output)")
    extract.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the articles' publication date, to resolve the dates they give ('on Tuesday');"
        " else a file's own date where it has one",
    )
    extract.add_argument(
        "--corrections",
        type=Path,
        metavar="FILE.json",
        help="an analyst's corrections (as the dashboard exports them) to apply on top of the extraction",
    )
    return parser


def read_corrections(path: Path) -> list:
    """The corrections in a JSON file: a list of them, or an object with a "corrections" list (an
    export of the dashboard, or the "applied" list of an extraction's own "corrections")."""
    from sco_core.corrections import Correction, CorrectionError

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ArticleError(f"cannot read {path}: {error.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleError(f"{path} is not a JSON file of corrections: {error}") from None
    if isinstance(raw, dict):
        raw = raw.get("corrections", raw)
        if isinstance(raw, dict):
            raw = raw.get("applied", []) + raw.get("needs_attention", [])
    if not isinstance(raw, list):
        raise ArticleError(f"{path} holds no list of corrections")
    try:
        return [Correction.from_dict(item) for item in raw]
    except CorrectionError as error:
        raise ArticleError(f"{path}: {error}") from None


def _corrected(result, corrections: list):
    """``result`` with the corrections made on its text applied, each checked first; those of
    other texts are left alone (a file may hold the corrections of several articles)."""
    from sco_core.corrections import CorrectionError, apply_corrections, text_hash, validate

    digest = text_hash(result.text)
    mine = [c for c in corrections if c.text_hash == digest]
    try:
        checked = [validate(c, result) for c in mine]
    except CorrectionError as error:
        raise ArticleError(f"a correction of {result.doc_id} is refused: {error}") from None
    return apply_corrections(result, checked)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 usage)."""
    args = build_parser().parse_args(argv)
    if not args.files and not args.default:
        print("error: give at least one FILE, or --default for the embedded article", file=sys.stderr)
        return 2
    articles: list[tuple[str, str, dt.date | None]] = []
    if args.default:
        articles.append((Path(DEFAULT_ARTICLE).stem, load_default_article(), args.published))
    for name in args.files:
        try:
            source = read_source(name)
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        if source.note:
            print(f"note: {source.note}", file=sys.stderr)
        articles.append((Path(name).stem, source.text, args.published or _source_date(source.date)))
    if args.format == "csv" and args.out is None:
        print("error: --format csv writes one file per table; give --out DIR", file=sys.stderr)
        return 2

    from sco_core.extractor import extract  # the pipeline loads only when there is work

    results = [extract(text, doc_id=doc_id, published=published) for doc_id, text, published in articles]
    if args.corrections is not None:
        try:
            results = [_corrected(result, read_corrections(args.corrections)) for result in results]
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    if args.out is None:
        payload = results[0].to_dict() if len(results) == 1 else [r.to_dict() for r in results]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        for result in results:
            if args.format == "json":
                (args.out / f"{result.doc_id}.json").write_text(result.to_json(indent=1), encoding="utf-8")
            else:
                for name in TABLE_NAMES:
                    result.table(name).to_csv(args.out / f"{result.doc_id}.{name}.csv", index=False)
    except OSError as error:
        print(f"error: cannot write to {args.out}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {len(results)} article(s) to {args.out}", file=sys.stderr)
    return 0
