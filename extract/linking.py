"""Corpus-wide acronym linking: what each acronym stands for across the whole batch.

A cheap pass over the raw texts (the acronym detector only, no spaCy) before
extraction, so an acronym defined in one article names the same subject when
another article uses it bare. Articles are processed independently (and in
parallel) afterwards; this table is the only thing they share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .acronyms import are_variants, canonical_name, find_definitions
from .articles import Article


def collect_definitions(articles: Iterable[Article]) -> dict[str, str]:
    """Acronym -> long form, for every acronym whose expansions in the batch all agree.

    An acronym expanded two different ways (TRUST) is left out: which one a bare use means
    is not knowable, and the disagreement is reported by ``conflicts`` instead.
    """
    return definition_table(pair for article in articles for pair in definition_pairs(article))


def definition_pairs(article: Article) -> list[tuple[str, str]]:
    """(acronym, long form) for each definition in one article: the part that can run anywhere."""
    return [(d.short, " ".join(d.long.split())) for d in find_definitions(article.text)]


def definition_table(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The table ``collect_definitions`` returns, from every article's (acronym, long form) pairs."""
    expansions: dict[str, set[str]] = defaultdict(set)
    for short, long in pairs:
        expansions[short].add(long)
    table: dict[str, str] = {}
    for short, longs in expansions.items():
        ordered = sorted(longs, key=lambda long: (canonical_name(long), long))
        if all(are_variants(ordered[0], other) for other in ordered[1:]):
            table[short] = ordered[0]
    return dict(sorted(table.items()))
