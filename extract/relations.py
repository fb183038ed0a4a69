"""Facts that are relations rather than figures: membership, ranking, usage and quotes.

Each kind is one regular expression over a sentence (data in
``patterns/relations.json``) whose slots are then tied to the entities the
pipeline marked in that sentence, so a phrase only becomes a fact when the
right kind of entity fills it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    fact_id,
)

if TYPE_CHECKING:
    from .facts import _DocContext

_ORDINALS = {"largest": 1, "biggest": 1, "top": 1, "leading": 1, "first": 1, "second": 2, "2nd": 2,
             "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_MEMBER_LABELS = ("COUNTRY", "GPE", "ORG")
_GROUP_LABELS = ("PROGRAMME", "ORG")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data: dict[str, Any] = load_table("relations.json")
    return {name: re.compile(regex, re.I if name != "quote" else 0) for name, regex in data["regex"].items()}




def _nearest_before(ents: list[Span], char: int) -> Span | None:
    before = [e for e in ents if e.end_char <= char]
    return before[-1] if before else None


def _first_after(ents: list[Span], char: int) -> Span | None:
    return next((e for e in ents if e.start_char >= char), None)


def relation_facts(ctx: _DocContext) -> Iterator[AnyFact]:
    from .facts import _evidence  # facts imports this module; the helper lives there

    pats = _patterns()
    rules_date = re.compile(load_table("attribution.json")["date_expressions"], re.I)
    text = ctx.text
    for sent in ctx.sents:
        lo, hi = sent.start_char, sent.end_char
        if ctx.in_boilerplate(lo, hi):
            continue
        for m in pats["membership"].finditer(text, lo, hi):
            member = _nearest_before(ctx.ents_in(sent, _MEMBER_LABELS), m.start())
            group = _first_after(ctx.ents_in(sent, _GROUP_LABELS), m.end())
            if member is None or group is None:
                continue
            date_m = rules_date.search(text, group.end_char, hi) or rules_date.search(text, lo, hi)
            resolved = resolve_date(date_m.group("value"), ctx.article.published) if date_m else None
            qualifiers = {}
            if resolved is not None and resolved.date is None:
                qualifiers["date_status"] = "needs a reference date"
            start, end = member.start_char, (date_m.end() if date_m and date_m.end() > group.end_char else group.end_char)
            yield MembershipFact(
                id=fact_id(ctx.article.id, "membership", start, end),
                subject=ctx.subject_of_entity(group), predicate="member",
                value=MembershipValue(
                    member=ctx.subject_of_entity(member).name,
                    date=resolved.date if resolved else None,
                    date_text=" ".join(resolved.text.split()) if resolved else None,
                    date_precision=resolved.precision if resolved else None,
                ),
                qualifiers=qualifiers, evidence=_evidence(ctx, sent, start, end),
            )
        for m in pats["ranking"].finditer(text, lo, hi):
            holder = _nearest_before(ctx.ents_in(sent, ("COUNTRY", "GPE", "ORG")), m.start())
            if holder is None:
                continue
            yield RankingFact(
                id=fact_id(ctx.article.id, "ranking", m.start(), m.end()),
                subject=ctx.subject_of_entity(holder), predicate="rank",
                value=RankingValue(rank=_ORDINALS[m.group("rank").lower()],
                                   category=" ".join(m.group("category").split()),
                                   scope=(m.group("scope") or "").strip().lower().rstrip("'s").rstrip("’s") or None,
                                   after=m.group("after"), text=m.group(0)),
                evidence=_evidence(ctx, sent, m.start(), m.end()),
            )
        for mineral in ctx.ents_in(sent, ("MINERAL",)):
            m = pats["usage"].match(text, mineral.end_char, hi)
            if m is None:
                continue
            start = mineral.start_char
            name = ctx.subject_of_entity(mineral).name
            yield UsageFact(
                id=fact_id(ctx.article.id, "usage", start, m.end()),
                subject=ctx.subject_of_entity(mineral), predicate="used_in",
                value=UsageValue(mineral=name, application=" ".join(m.group("application").split()),
                                 text=text[start:m.end()]),
                evidence=_evidence(ctx, sent, start, m.end()),
            )
    for m in pats["quote"].finditer(text):
        sent = ctx.sentence_of(m.start())
        if ctx.in_boilerplate(m.start(), m.end()):
            continue
        org = m.group("org")
        yield QuoteFact(
            id=fact_id(ctx.article.id, "quote", m.start(), m.end()),
            subject=None, predicate="said",
            value=QuoteValue(speaker=m.group("speaker"), role=(m.group("role") or None),
                             organisation=org, quote=" ".join(m.group("quote").split())),
            evidence=_evidence(ctx, sent, m.start(), m.end()),
        )
