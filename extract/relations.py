"""Facts that are relations rather than figures: membership, ranking, usage and quotes.

Each kind is one regular expression (data in ``patterns/relations.json``)
whose slots are then tied to the entities the pipeline marked in the same
sentence, so a phrase only becomes a fact when the right kind of entity fills
it. A regex runs only on articles that contain one of its "needs" words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from .dates import resolve_date
from .patterns import load_table
from .records import (
    AnyFact,
    MembershipFact,
    MembershipValue,
    QuoteFact,
    QuoteValue,
    RankingFact,
    RankingValue,
    UsageFact,
    UsageValue,
)

if TYPE_CHECKING:
    from .facts import _DocContext

_ORDINALS = {"largest": 1, "biggest": 1, "top": 1, "leading": 1, "first": 1, "second": 2, "2nd": 2,
             "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_MEMBER_LABELS = ("COUNTRY", "GPE", "ORG")
_GROUP_LABELS = ("PROGRAMME", "ORG")
_HOLDER_LABELS = ("COUNTRY", "GPE", "ORG")


@dataclass(frozen=True)
class _Relations:
    regex: dict[str, re.Pattern[str]]
    needs: dict[str, tuple[str, ...]]
    # A part every match of the relation's regex holds, looked for first (see relations.json).
    holds: dict[str, re.Pattern[str]]
    date: re.Pattern[str]


@lru_cache(maxsize=1)
def _relations() -> _Relations:
    data: dict[str, Any] = load_table("relations.json")
    return _Relations(
        regex={name: re.compile(rx, re.I if name != "quote" else 0) for name, rx in data["regex"].items()},
        # Substring tests: str's search is several times faster than one regex alternation of the words.
        needs={name: tuple(words) for name, words in data["needs"].items()},
        holds={name: re.compile(rx, re.I if name != "quote" else 0) for name, rx in data.get("holds", {}).items()},
        date=re.compile(load_table("attribution.json")["date_expressions"], re.I),
    )


def _nearest_before(ents: list[Span], char: int) -> Span | None:
    before = [e for e in ents if e.end_char <= char]
    return before[-1] if before else None


def _first_after(ents: list[Span], char: int) -> Span | None:
    return next((e for e in ents if e.start_char >= char), None)


def _matches(ctx: _DocContext, kind: str, lowered: str) -> Iterator[tuple[re.Match[str], Span]]:
    """(match, sentence) for each hit of one relation's regex outside boilerplate."""
    rel = _relations()
    if not any(map(lowered.__contains__, rel.needs.get(kind, ("",)))):
        return
    holds = rel.holds.get(kind)
    if holds is not None and holds.search(ctx.text) is None:
        return
    for m in rel.regex[kind].finditer(ctx.text):
        if not ctx.in_boilerplate(m.start(), m.end()):
            yield m, ctx.sentence_of(m.start())


def _memberships(ctx: _DocContext, lowered: str) -> Iterator[AnyFact]:
    from .facts import _evidence

    if ctx.ent_labels.isdisjoint(_GROUP_LABELS) or ctx.ent_labels.isdisjoint(_MEMBER_LABELS):
        return  # no fact without both ends (four articles in five): the regex need not run
    text = ctx.text
    for m, sent in _matches(ctx, "membership", lowered):
        member = _nearest_before(ctx.ents_in(sent, _MEMBER_LABELS), m.start())
        group = _first_after(ctx.ents_in(sent, _GROUP_LABELS), m.end())
        if member is None or group is None:
            continue
        date_re = _relations().date
        date_m = date_re.search(text, group.end_char, sent.end_char) or date_re.search(text, sent.start_char,
                                                                                       sent.end_char)
        resolved = resolve_date(date_m.group("value"), ctx.article.published) if date_m else None
        qualifiers = {}
        if resolved is not None and resolved.date is None:
            qualifiers["date_status"] = "needs a reference date"
        start = member.start_char
        end = date_m.end() if date_m and date_m.end() > group.end_char else group.end_char
        yield MembershipFact(
            id=ctx.fact_id("membership", start, end),
            subject=ctx.subject_of_entity(group), predicate="member",
            value=MembershipValue(
                member=ctx.subject_of_entity(member).name,
                date=resolved.date if resolved else None,
                date_text=" ".join(resolved.text.split()) if resolved else None,
                date_precision=resolved.precision if resolved else None,
            ),
            qualifiers=qualifiers, evidence=_evidence(ctx, sent, start, end),
        )


def _rankings(ctx: _DocContext, lowered: str) -> Iterator[AnyFact]:
    from .facts import _evidence

    if ctx.ent_labels.isdisjoint(_HOLDER_LABELS):
        return  # no fact without a holder: the regex need not run
    for m, sent in _matches(ctx, "ranking", lowered):
        holder = _nearest_before(ctx.ents_in(sent, _HOLDER_LABELS), m.start())
        if holder is None:
            continue
        scope = (m.group("scope") or "").strip().lower().removeprefix("the ")
        yield RankingFact(
            id=ctx.fact_id("ranking", m.start(), m.end()),
            subject=ctx.subject_of_entity(holder), predicate="rank",
            value=RankingValue(rank=_ORDINALS[m.group("rank").lower()],
                               category=" ".join(m.group("category").split()),
                               scope=re.sub(r"[’']s$", "", scope) or None,
                               after=m.group("after"), text=m.group(0)),
            evidence=_evidence(ctx, sent, m.start(), m.end()),
        )


def _usages(ctx: _DocContext) -> Iterator[AnyFact]:
    from .facts import _evidence

    usage = _relations().regex["usage"]
    for mineral in ctx.ents_in_doc(("MINERAL",)):
        sent = ctx.sentence_of(mineral.start_char)
        m = usage.match(ctx.text, mineral.end_char, sent.end_char)
        if m is None or ctx.in_boilerplate(mineral.start_char, m.end()):
            continue
        subject = ctx.subject_of_entity(mineral)
        yield UsageFact(
            id=ctx.fact_id("usage", mineral.start_char, m.end()),
            subject=subject, predicate="used_in",
            value=UsageValue(mineral=subject.name, application=" ".join(m.group("application").split()),
                             text=ctx.text[mineral.start_char:m.end()]),
            evidence=_evidence(ctx, sent, mineral.start_char, m.end()),
        )


def _quotes(ctx: _DocContext, lowered: str) -> Iterator[AnyFact]:
    from .facts import _evidence

    for m, sent in _matches(ctx, "quote", lowered):
        yield QuoteFact(
            id=ctx.fact_id("quote", m.start(), m.end()),
            subject=None, predicate="said",
            value=QuoteValue(speaker=m.group("speaker"), role=(m.group("role") or None),
                             organisation=m.group("org"), quote=" ".join(m.group("quote").split())),
            evidence=_evidence(ctx, sent, m.start(), m.end()),
        )


def relation_facts(ctx: _DocContext) -> Iterator[AnyFact]:
    lowered = ctx.text.lower()
    yield from _memberships(ctx, lowered)
    yield from _rankings(ctx, lowered)
    yield from _usages(ctx)
    yield from _quotes(ctx, lowered)
