"""Command line: ``python -m sco_core extract FILE... [--format json|csv] [--out DIR]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sco_core.resources import DEFAULT_ARTICLE, load_default_article
from sco_core.sources import read_source
from sco_core.tables import TABLE_NAMES
from sco_core.text_io import ArticleError

FORMATS = ("json", "csv")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sco_core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract the tables of one or more articles")
    extract.add_argument("files", nargs="*", metavar="FILE", help="article files: .txt, .md, .html, .pdf")
    extract.add_argument("--default", action="store_true", help="use the embedded SCO 2020 article")
    extract.add_argument("--format", choices=FORMATS, default="json")
    extract.add_argument("--out", type=Path, help="folder to write to (default: standard output)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad input, 2 usage)."""
    args = build_parser().parse_args(argv)
    if not args.files and not args.default:
        print("error: give at least one FILE, or --default for the embedded article", file=sys.stderr)
        return 2
    articles: list[tuple[str, str]] = []
    if args.default:
        articles.append((Path(DEFAULT_ARTICLE).stem, load_default_article()))
    for name in args.files:
        try:
            source = read_source(name)
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        if source.note:
            print(f"note: {source.note}", file=sys.stderr)
        articles.append((Path(name).stem, source.text))
    if args.format == "csv" and args.out is None:
        print("error: --format csv writes one file per table; give --out DIR", file=sys.stderr)
        return 2

    from sco_core.extractor import extract  # the pipeline loads only when there is work

    results = [extract(text, doc_id=doc_id) for doc_id, text in articles]
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
