"""Writing a benchmark script's block into BENCHMARKS.md, leaving every other block as it is."""

from __future__ import annotations

from pathlib import Path

HEADER = "# Benchmarks\n"


def write_block(path: Path, name: str, block: str) -> None:
    """Replace the block between ``<!-- name:begin -->`` and ``<!-- name:end -->`` (or append it).

    ``block`` is the body; the markers are added here.
    """
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    marked = f"{begin}\n{block}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if begin in current and end in current:
        head, rest = current.split(begin, 1)
        current = head + marked + rest.split(end, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + marked + "\n"
    path.write_text(current, encoding="utf-8")
