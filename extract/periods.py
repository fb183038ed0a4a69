"""Reporting periods: the weekend, week, month, quarter or half-year a figure is for.

A weekend's takings are not the film's total, and last week's chart is not this week's: two
figures are the same quantity only when they are for the same period, and a period named
relative to the article ("last week") is the same period only for articles dated close together.
The words are data (``patterns/periods.json``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .patterns import load_table


@lru_cache(maxsize=1)
def _periods() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    return tuple((p["period"], int(p["days"]), re.compile(p["regex"], re.I))
                 for p in load_table("periods.json")["periods"])


@lru_cache(maxsize=1)
def _days() -> dict[str, int]:
    return {name: days for name, days, _ in _periods()}


# Between two figures of a sentence the words up to the first of these after one still describe
# it, and the words after the last one before the next describe that one: "$5bn in the third
# quarter and $9m ...", "third with $7.6m and a total of $42.9m".
_CLAUSE_BREAK = re.compile(r",|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b")


def reporting_period(text: str, lo: int, hi: int, start: int, end: int, after_figure: bool = False,
                     before_figure: bool = False) -> str | None:
    """The period the figure at ``start``-``end`` is for, read in its clause ``text[lo:hi]``, or None.

    ``after_figure`` / ``before_figure``: ``lo`` / ``hi`` is where a neighbouring figure of the
    sentence ends / starts.
    """
    if after_figure:
        cut = _CLAUSE_BREAK.search(text, lo, start)
        lo = cut.end() if cut else lo
    if before_figure:
        for cut in _CLAUSE_BREAK.finditer(text, end, hi):
            hi = cut.start()
            break
    for name, _, regex in _periods():
        if regex.search(text, lo, hi):
            return name
    return None


def is_reporting_period(value: str | None) -> bool:
    """Whether a ``period`` qualifier is one of these (not a duration such as "seven years")."""
    return value in _days()


def same_period(period: str, a: dt.date | None, b: dt.date | None) -> bool:
    """Whether one period word in two articles is one period: both dated, within its length."""
    return a is not None and b is not None and abs((a - b).days) < _days()[period]
