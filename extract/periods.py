"""Reporting periods: the weekend, week, month, quarter or half-year a figure is for.

A weekend's takings are not the film's total, and last week's chart is not this week's: two
figures are the same quantity only when they are for the same period, and a period named
relative to the article ("last week") is the same period only for articles dated close together.
The words are data (``patterns/periods.json``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .patterns import load_table


@dataclass(frozen=True)
class _Period:
    name: str
    days: int
    part: bool
    dated: bool
    regex: re.Pattern[str]


@lru_cache(maxsize=1)
def _periods() -> tuple[_Period, ...]:
    return tuple(_Period(p["period"], int(p["days"]), bool(p["part"]), bool(p["dated"]), re.compile(p["regex"], re.I))
                 for p in load_table("periods.json")["periods"])


@lru_cache(maxsize=1)
def _any() -> re.Pattern[str]:
    """Every period's words in one pattern: most clauses name none, and one search says so.

    When every period opens on a word boundary before a word, the search skips the other
    characters at once (a lookahead for a word character: 40% less time, the same matches);
    a pattern that could start elsewhere keeps the plain alternation."""
    joined = "|".join(f"(?:{p.regex.pattern})" for p in _periods())
    opens_on_words = all(all(_WORD_OPENING.match(part) for part in _top_level_parts(p.regex.pattern))
                         for p in _periods())
    return re.compile(f"(?=\\w)(?:{joined})" if opens_on_words else joined, re.I)


# A top-level alternative that can only match starting at a word character: "\b" then a letter
# or a group of letters.
_WORD_OPENING = re.compile(r"\\b(?:[A-Za-z0-9]|\((?:\?:)?[A-Za-z0-9])")


def _top_level_parts(pattern: str) -> list[str]:
    """The pattern's alternatives outside any group."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its closing bracket
            i = pattern.index("]", i + 2)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


@lru_cache(maxsize=1)
def _by_name() -> dict[str, _Period]:
    return {p.name: p for p in _periods()}


# Between two figures of a sentence the words up to the first of these after one still describe
# it, and the words after the last one before the next describe that one: "$5bn in the third
# quarter and $9m ...", "third with $7.6m and a total of $42.9m".
_CLAUSE_BREAK = re.compile(r",|;|\s[-–—]\s|\band\b|\bbut\b|\bwhile\b|\bwhereas\b")
PERIOD_REACH = 200
_DIGIT = re.compile(r"\d")


def reporting_period(text: str, lo: int, hi: int, start: int, end: int, after_figure: bool = False,
                     before_figure: bool = False) -> str | None:
    """The period the figure at ``start``-``end`` is for, read in its clause ``text[lo:hi]``, or None.

    ``after_figure`` / ``before_figure``: ``lo`` / ``hi`` is where a neighbouring figure of the
    sentence ends / starts.
    """
    # A period word describes a figure from within its clause: a list's "clause" can be a whole
    # pasted table, so the words read are bounded to a reader's reach either side.
    lo, hi = max(lo, start - PERIOD_REACH), min(hi, end + PERIOD_REACH)
    if after_figure:
        cut = _CLAUSE_BREAK.search(text, lo, start)
        lo = cut.end() if cut else lo
    for cut in _CLAUSE_BREAK.finditer(text, end, hi):
        # Another figure's clause: a break before the next figure, or before a number of its own
        # ("28% are evaluating scripts and 6.5 lakh sheets have been assessed so far").
        if before_figure or (cut.group() != "," and _DIGIT.search(text, cut.end(), hi)):
            hi = cut.start()
            break
    # The words around the figure, not the figure's own group ("Rs 5 Rs 5 ..." written as one).
    if not _names_a_period(text, lo, start) and not _names_a_period(text, end, hi):
        return None
    for period in _periods():
        if period.regex.search(text, lo, start) or period.regex.search(text, end, hi):
            return period.name
    return None


def _names_a_period(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds some period's words (the combined search); asked first of
    the words each match holds (``needs``), by plain substring search in the lower-cased clause:
    four clauses in five hold none of them, and the regex search cost five times as much. A
    clause with a character outside ASCII goes to the regex alone: lower-casing such a text
    need not keep what a case-insensitive match sees ("İ")."""
    window = text[lo:hi]
    if window.isascii():
        lowered = window.lower()
        if not any(word in lowered for word in _needs()):
            return False
    return _any().search(text, lo, hi) is not None


@lru_cache(maxsize=1)
def _needs() -> tuple[str, ...]:
    """The words one of which every match of a period's regex holds (``needs`` in periods.json)."""
    return tuple(sorted({word for p in load_table("periods.json")["periods"] for word in p["needs"]}))


def other_period(a: str | None, b: str | None, a_published: dt.date | None, b_published: dt.date | None) -> bool:
    """Whether two figures' ``period`` qualifiers make them two quantities: two different periods;
    a part of a run (a weekend, a quarter) against a figure with none; or one period word that
    is relative to the article ("last weekend") in articles not dated within it of each other.
    Durations ("seven years") are not these periods and are left to the caller."""
    known = _by_name()
    pa, pb = known.get(a or ""), known.get(b or "")
    if pa is None and pb is None:
        return False
    if pa is None or pb is None:
        one, other = (pa, b) if pa is not None else (pb, a)
        return one.part and not other  # type: ignore[union-attr]
    if pa is not pb:
        return True
    return pa.dated and not (a_published is not None and b_published is not None
                             and abs((a_published - b_published).days) < pa.days)
