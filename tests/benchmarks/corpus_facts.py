"""Facts of a folder, as ``newsfacts conflicts`` gets them (the library call it uses), or from a file.

Shared by the conflicts benchmarks: extracting the whole corpus takes a minute, so
``--facts FILE`` (the JSON Lines of ``newsfacts extract``) lets a run reuse one extraction.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
ARTICLES = "[0-9]*.txt"


def facts_of(folder: Path, facts_file: Path | None, workers: int) -> Iterator:  # type: ignore[type-arg]
    """Every fact of ``folder`` (ids relative to it), through the CLI's own library path."""
    from extract.articles import article_sources
    from extract.batch import run_linked
    from extract.records import parse_fact_line

    if facts_file is not None:
        with facts_file.open(encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    yield parse_fact_line(line)
        return
    # Only the numbered article files: the corpora folder also holds READMEs and duplicate lists.
    for result in run_linked(lambda: article_sources([str(folder)], glob=ARTICLES), workers=workers):
        yield from result.facts


def missing(path: Path) -> bool:
    if path.exists():
        return False
    print(f"{path} not found: this benchmark needs ../shared/ beside the project; nothing to measure.")
    return True
