"""The tokenizer's prefix, suffix and infix searches, rewritten to find the same matches faster.

spaCy's tokenizer runs its prefix, suffix and infix regular expressions on each whitespace-separated
chunk of text it has not cached: alternations of 10 to 80 rules, each tried at every position of the
chunk. On the corpora that is 1.05 million chunks for the suffixes (3.2 s), 0.7 million for the
infixes (2.8 s) and 1.05 million for the prefixes (0.6 s), and about a million URL matches
(0.7 s): most of the tokenizer's time. These rewrites keep every match as it was:

* a lookahead on the characters the rules can start with: a position where no rule can start fails
  at one test instead of trying every rule. Each rule's first character is read from its parsed form;
  a rule that may start with anything (``\\d``, ``.``, a negated class), or match nothing, leaves its
  regex as it was;
* prefixes: every rule is anchored at the start (``^``), so ``match`` finds what ``search`` did;
* suffixes: every rule is anchored at the end (``$``), so a rule of bounded length can only start
  within that length of the chunk's end, and the search starts there. The rules of unbounded length
  ("``\\.\\.+``") are searched for alone first: one of them starting earlier is the match;
* spaCy's URL match: every URL it matches holds a full stop, so a chunk without one is no URL.

``pattern`` stays readable on each (spaCy saves a tokenizer's searches as their patterns): the
suffix search and the URL match keep the original pattern, the others the rewritten one, which
matches the same.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
from collections.abc import Callable, Iterator
from typing import Any

_UNSAFE_FLAGS = re.IGNORECASE | re.MULTILINE | re.VERBOSE


def _first_chars(items: Any) -> list[str] | None:
    """Character-class pieces for every character a parsed sequence can start consuming with, or
    None when that cannot be told (or may be any character)."""
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero-width: the first character comes after it
        if op is _c.LITERAL:
            return [re.escape(chr(av))]
        if op is _c.IN:
            found = []
            for kind, value in av:
                if kind is _c.LITERAL:
                    found.append(re.escape(chr(value)))
                elif kind is _c.RANGE:
                    found.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                else:
                    return None  # a negated class, a category (\d, \w): too wide to list
            return found
        if op is _c.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & _UNSAFE_FLAGS or sub.getwidth()[0] == 0:
                return None
            return _first_chars(sub.data)
        if op is _c.BRANCH:
            found = []
            for alternative in av[1]:
                first = _first_chars(alternative.data) if alternative.getwidth()[0] > 0 else None
                if first is None:
                    return None
                found += first
            return found
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low == 0 or sub.getwidth()[0] == 0:
                return None
            return _first_chars(sub.data)
        return None
    return None  # consumes nothing


def _parsed(pieces: list[str], compiled: re.Pattern[str]) -> list[Any] | None:
    """The rules parsed one by one, when ``compiled`` is exactly their alternation."""
    if compiled.flags & _UNSAFE_FLAGS or "|".join(pieces) != compiled.pattern:
        return None
    try:
        return [_p.parse(piece, compiled.flags) for piece in pieces]
    except re.error:
        return None


def with_first_chars(pieces: list[str], compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled`` (the alternation of ``pieces``) behind a lookahead on the characters its rules
    can start with; ``compiled`` itself when they cannot all be told."""
    parsed = _parsed(pieces, compiled)
    if parsed is None:
        return compiled
    chars: list[str] = []
    for rule in parsed:
        first = _first_chars(rule.data) if rule.getwidth()[0] > 0 else None
        if first is None:
            return compiled
        chars += first
    try:
        return re.compile(f"(?=[{''.join(chars)}])(?:{compiled.pattern})", compiled.flags)
    except re.error:
        return compiled


def prefix_search(pieces: list[str], compiled: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``compiled.search`` for rules each anchored at the start: a ``match``."""
    parsed = _parsed(pieces, compiled)
    if parsed is None or not all(rule.data and rule.data[0] == (_c.AT, _c.AT_BEGINNING) for rule in parsed):
        return compiled.search
    return with_first_chars(pieces, compiled).match


def infix_finditer(pieces: list[str], compiled: re.Pattern[str]) -> Callable[[str], Iterator[re.Match[str]]]:
    return with_first_chars(pieces, compiled).finditer


class SuffixSearch:
    """``compiled.search`` for rules each anchored at the end (``$``); see the module's docstring."""

    def __init__(self, pieces: list[str], compiled: re.Pattern[str]) -> None:
        self.pattern = compiled.pattern  # what spaCy saves
        self.regex = with_first_chars(pieces, compiled)
        self.reach = -1  # no rewrite: search from the start
        self.unbounded: re.Pattern[str] | None = None
        parsed = _parsed(pieces, compiled)
        if parsed is None or not all(rule.data and rule.data[-1] == (_c.AT, _c.AT_END) for rule in parsed):
            return
        bounded = [rule.getwidth()[1] for rule in parsed if rule.getwidth()[1] < _c.MAXREPEAT]
        unbounded = [piece for piece, rule in zip(pieces, parsed) if rule.getwidth()[1] >= _c.MAXREPEAT]
        self.reach = max(bounded, default=0)
        self.unbounded = re.compile("|".join(unbounded), compiled.flags) if unbounded else None

    def search(self, string: str) -> re.Match[str] | None:
        n = len(string)
        # ("$" also matches before a final line break: such a chunk is searched whole)
        if n <= self.reach or self.reach < 0 or string[-1] == "\n":
            return self.regex.search(string)
        start = n - self.reach
        if self.unbounded is not None:
            early = self.unbounded.search(string)
            if early is not None and early.start() < start:
                return early  # no bounded rule can start this early, and no rule earlier
        # (look-behinds still see the characters before ``start``, as in a search from 0)
        return self.regex.search(string, start)


class UrlMatch:
    """spaCy's ``URL_MATCH`` for a chunk with a full stop: the host of every URL it matches holds
    one (a domain before its top-level part, or an IP address), so a chunk without one is none.
    Nine chunks in ten that the tokenizer asks about hold no full stop."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.pattern = compiled.pattern  # what spaCy saves
        self.regex = compiled

    def match(self, string: str) -> re.Match[str] | None:
        return self.regex.match(string) if "." in string else None


def url_match(found: Callable[[str], re.Match[str] | None] | None) -> Callable[[str], re.Match[str] | None] | None:
    """``found`` (a tokenizer's ``url_match``), with the full-stop test when it is spaCy's own."""
    from spacy.lang.tokenizer_exceptions import URL_PATTERN

    compiled = getattr(found, "__self__", None)
    if not isinstance(compiled, re.Pattern) or found != compiled.match or compiled.pattern != "(?u)" + URL_PATTERN:
        return found
    return UrlMatch(compiled).match
