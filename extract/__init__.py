"""newsfacts: validated, machine-readable facts from news articles, and where the sources disagree.

The public API is imported lazily so that ``newsfacts --help`` (and any tool that
only needs the record types) does not pay for importing spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "extract.articles",
    "read_articles": "extract.articles",
    "article_sources": "extract.articles",
    "ArticleFile": "extract.articles",
    "build_pipeline": "extract.pipeline",
    "extract_facts": "extract.facts",
    "find_amounts": "extract.amounts",
    "find_conflicts": "extract.conflicts",
    "FACT_ADAPTER": "extract.records",
    "parse_fact_line": "extract.records",
    "render_report": "extract.report",
    "write_report": "extract.report",
    "NewsfactsError": "extract.errors",
    "MissingExtraError": "extract.errors",
    "InputError": "extract.errors",
    "PatternError": "extract.errors",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
