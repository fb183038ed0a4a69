"""Where an article's news happens, read from its story terms.

A vote share, a turnout or an inflation rate belongs to a place, and a summary often names the
place only in its headline ("hung Assembly in Goa"), never in the figure's sentence. The story
terms every fact carries hold the article's most telling words, places among them; two articles
whose places differ (neither's places include the other's) report figures of two places.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache

from .owner_rules import owner_rules
from .patterns import packaged_patterns_dir
from .stories import story_term


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(place, its words) for the owner table's places and every country name, longest first."""
    names = set(owner_rules().places)
    with (packaged_patterns_dir() / "entities" / "countries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("pattern"), str):
                names.add(row["pattern"].lower())
    out = []
    for name in names:
        words = tuple(t for t in (story_term(w) for w in name.split()) if t)  # folded as story terms are
        if words and not name.startswith("the "):
            out.append((name, words))
    return tuple(sorted(out, key=lambda p: -len(p[1])))


@lru_cache(maxsize=1)
def _places_by_word() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The places of ``_places`` under their first word: an article's 40 terms are looked up
    rather than every place's words checked against them (some 300 places per article)."""
    by_word: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for name, words in _places():
        by_word[words[0]].append((name, words))
    return {word: tuple(places) for word, places in by_word.items()}


def places_in(terms: list[str] | None) -> frozenset[str]:
    """The places among an article's story terms (a place of several words needs them all)."""
    if not terms:
        return frozenset()
    have = set(terms)
    by_word = _places_by_word()
    return frozenset(name for t in have for name, words in by_word.get(t, ()) if all(w in have for w in words[1:]))


def other_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two articles are about different places: both name some, neither's include the other's."""
    return bool(a) and bool(b) and not (a <= b or b <= a)
