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


# After another figure, the words up to the first of these still describe that figure:
# "$5bn in the third quarter and $9m ..." -- the quarter is the $5bn's.
_CLAUSE_BREAK = re.compile(r",|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b")


def reporting_period(text: str, lo: int, hi: int, after_figure: bool = False) -> str | None:
    """The period a figure's clause (``text[lo:hi]``) says it is for, or None.

    ``after_figure``: ``lo`` is where the sentence's previous figure ends.
    """
    if after_figure:
        cut = _CLAUSE_BREAK.search(text, lo, hi)
        lo = cut.end() if cut else lo
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
