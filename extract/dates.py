"""Dates: an article's own published date, and date expressions resolved against it.

Parsing is dateparser's job; what is ours is knowing where to look (dateline
rules in ``patterns/datelines.json``) and refusing to guess: an article with
no recognisable dateline has no published date, and a relative expression
("last year") without one stays unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from .patterns import load_table

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class _Dateline:
    regex: re.Pattern[str]
    date_order: str


@lru_cache(maxsize=1)
def _datelines() -> tuple[int, int, tuple[_Dateline, ...]]:
    table: dict[str, Any] = load_table("datelines.json")
    rules = tuple(
        _Dateline(re.compile(rule["regex"], re.IGNORECASE), rule["date_order"]) for rule in table["datelines"]
    )
    return int(table["head_lines"]), int(table["tail_lines"]), rules


def parse_date(text: str, date_order: str = "MDY", relative_base: dt.date | None = None) -> dt.date | None:
    import dateparser  # imported on first use: it costs start-up time the CLI's --help must not pay

    settings: dict[str, Any] = {"DATE_ORDER": date_order, "PREFER_DAY_OF_MONTH": "first",
                                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"}
    if relative_base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(relative_base, dt.time())
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def find_published(text: str) -> dt.date | None:
    """The date on the article's own header or footer lines, or None."""
    head, tail, rules = _datelines()
    lines = [line for line in text.splitlines() if line.strip()]
    candidates = lines[:head] + lines[max(head, len(lines) - tail):]
    for line in candidates:
        for rule in rules:
            found = rule.regex.search(line)
            if found:
                parsed = parse_date(found.group("date"), rule.date_order)
                if parsed is not None:
                    return parsed
    return None


_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_RE = "|".join(_MONTHS + [m[:3] for m in _MONTHS])
_YEAR_ONLY = re.compile(r"^(?:in\s+|during\s+)?(?P<y>(?:19|20)\d{2})$", re.I)
_MONTH_YEAR = re.compile(rf"^(?:in\s+)?(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d{{2}})$", re.I)
_MONTH_ONLY = re.compile(rf"^(?:in\s+)?(?P<m>{_MONTH_RE})\.?$", re.I)
_MONTH_LAST_YEAR = re.compile(rf"^(?:in\s+)?(?P<m>{_MONTH_RE})\.?\s+(?P<rel>last|this|next)\s+year$", re.I)
_REL_YEAR = re.compile(r"^(?P<rel>last|this|next)\s+year$", re.I)


def _month_number(name: str) -> int:
    return _MONTHS.index(next(m for m in _MONTHS if m.startswith(name.lower()[:3]))) + 1


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date | None
    precision: Precision | None
    text: str

    @property
    def resolved(self) -> bool:
        return self.date is not None


def resolve_date(expression: str, published: dt.date | None) -> ResolvedDate:
    """Resolve 'in 2023', 'September last year', 'in January', 'on Thursday' against the published date.

    Explicit years resolve without a reference; anything relative needs the
    published date and otherwise stays unresolved (never the date of the run).
    A bare month means its latest occurrence on or before publication, as news
    reports the past.
    """
    expr = " ".join(expression.split())
    if m := _YEAR_ONLY.match(expr):
        return ResolvedDate(dt.date(int(m["y"]), 1, 1), "year", expression)
    if m := _MONTH_YEAR.match(expr):
        return ResolvedDate(dt.date(int(m["y"]), _month_number(m["m"]), 1), "month", expression)
    if published is None:
        return ResolvedDate(None, None, expression)
    shift = {"last": -1, "this": 0, "next": 1}
    if m := _MONTH_LAST_YEAR.match(expr):
        return ResolvedDate(dt.date(published.year + shift[m["rel"].lower()], _month_number(m["m"]), 1),
                            "month", expression)
    if m := _REL_YEAR.match(expr):
        return ResolvedDate(dt.date(published.year + shift[m["rel"].lower()], 1, 1), "year", expression)
    if m := _MONTH_ONLY.match(expr):
        month = _month_number(m["m"])
        year = published.year if month <= published.month else published.year - 1
        return ResolvedDate(dt.date(year, month, 1), "month", expression)
    parsed = parse_date(re.sub(r"^(?:on|in|since|from)\s+", "", expr, flags=re.I), "MDY", relative_base=published)
    if parsed is None:
        return ResolvedDate(None, None, expression)
    return ResolvedDate(parsed, "day", expression)
