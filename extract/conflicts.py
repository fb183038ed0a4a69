"""Where the sources disagree: grouping comparable facts and finding distinct values.

Pure functions over fact records, so ``conflicts`` works the same on a folder
of articles and on JSON Lines piped from ``extract``.

What is comparable: the same canonical subject, predicate and fact kind, and
the qualifiers that change what a figure means (currency, purpose, scope,
the year or fiscal year it is for). Hedged figures ("reportedly", "could")
are never compared: a rumour disagreeing with an official figure is not a
conflict between sources. Facts with the predicate ``mentions`` are skipped:
without a known attribute two figures about one subject need not measure the
same thing.

When two values agree: two exact figures agree when they differ by at most
the tolerance (default 1%, relative); an approximate one ("about",
"nearly") agrees with an exact one within APPROX_TOLERANCE (5%: reporters
round to one or two significant figures); "over X" agrees with anything
above X, "up to X" with anything below, a range with anything inside it.
Each value is an interval of that half-width and a value joins a cluster
only if it overlaps every member's interval, so a cluster is a set of
mutually consistent figures.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Union

from pydantic import Field, TypeAdapter

from .acronyms import are_variants
from .records import (
    DefinitionFact,
    DefinitionValue,
    Evidence,
    Fact,
    MembershipFact,
    MembershipValue,
    MoneyFact,
    MoneyValue,
    PercentFact,
    PercentValue,
    Record,
    Subject,
)

DEFAULT_TOLERANCE = 0.01
# Reporters round approximate figures to one or two significant digits.
APPROX_TOLERANCE = 0.05
# Qualifiers that change what a figure measures; others (period, date_text) only describe it.
MEANING_QUALIFIERS = ("purpose", "scope", "year", "fiscal_year")
# A total ("an outlay of Rs X for finding and mining ...") is the same total whatever purpose is named;
# for parts (allocations, grants) the purpose says which part.
WHOLE_PREDICATES = frozenset({"outlay", "budget"})
# Above these relative spreads a conflict is high / medium severity.
HIGH_SPREAD, MEDIUM_SPREAD = 0.25, 0.05


class ConflictValue(Record):
    value: Union[MoneyValue, PercentValue, DefinitionValue, MembershipValue]
    display: str = Field(description="The value as a person reads it, normalised.")
    articles: list[str] = Field(description="Every article that reports this value.")
    evidence: list[Evidence] = Field(description="The evidence of every fact behind this value.")
    fact_ids: list[str]
    needs_reference_date: bool = False


class Severity(Record):
    level: Literal["high", "medium", "low", "unknown"]
    spread: float | None = Field(default=None, description="(max - min) / max over the values.")
    support: list[int] = Field(description="Articles behind each value, in the order of 'values'.")


class Conflict(Record):
    kind: Literal["value", "definition", "date"]
    status: Literal["conflict", "needs_reference_date"] = "conflict"
    fact_kind: str
    subject: Subject | None
    predicate: str
    qualifiers: dict[str, str] = Field(default_factory=dict)
    values: list[ConflictValue]
    severity: Severity
    hint: str | None = None


CONFLICT_ADAPTER: TypeAdapter[list[Conflict]] = TypeAdapter(list[Conflict])


@dataclass
class ConflictReport:
    conflicts: list[Conflict]
    articles: int
    facts: int
    groups_compared: int

    @property
    def real_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.status == "conflict"]


# -- subject linking -------------------------------------------------------------------------

def acronym_aliases(facts: Iterable[Fact]) -> dict[str, str]:
    """Acronym -> canonical long name, from every definition in the batch, where it is unambiguous."""
    names: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if isinstance(fact, DefinitionFact):
            names[fact.value.short].add(fact.subject.name if fact.subject else fact.value.long)
    return {short: next(iter(longs)) for short, longs in names.items() if len(longs) == 1}


def _subject_key(fact: Fact, aliases: dict[str, str]) -> str | None:
    if fact.subject is None:
        return None
    name = fact.subject.name
    return aliases.get(name, name)


# -- numeric values --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Interval:
    lo: float
    hi: float

    def meet(self, other: _Interval) -> _Interval | None:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return _Interval(lo, hi) if lo <= hi else None


def _interval(value: MoneyValue | PercentValue, tolerance: float) -> _Interval:
    """Half-widths are chosen so two exact figures meet iff they differ by <= tolerance, and an
    approximate one meets an exact one iff they differ by <= APPROX_TOLERANCE."""
    a = value.amount
    exact = tolerance / 2
    if value.high is not None:
        return _Interval(a - abs(a) * exact, value.high + abs(value.high) * exact)
    half = max(APPROX_TOLERANCE - exact, exact) if value.approx == "about" else exact
    if value.approx == "over":
        return _Interval(a - abs(a) * exact, math.inf)
    if value.approx == "under":
        return _Interval(-math.inf if a < 0 else 0.0, a + abs(a) * exact)
    return _Interval(a - abs(a) * half, a + abs(a) * half)


@dataclass
class _Cluster:
    span: _Interval
    facts: list[Fact] = field(default_factory=list)


def _order(fact: Fact) -> tuple[float, int, str, int]:
    value = fact.value
    exactness = 0 if getattr(value, "approx", None) is None else 1
    return (getattr(value, "amount", 0.0), exactness, fact.evidence.doc, fact.evidence.start)


def cluster_values(facts: list[Fact], tolerance: float) -> list[list[Fact]]:
    """Mutually consistent groups of figures, independent of input order."""
    clusters: list[_Cluster] = []
    # Exact figures first (they pin clusters), then approximate ones and bounds join where they fit.
    for fact in sorted(facts, key=lambda f: (_order(f)[1], _order(f))):
        interval = _interval(fact.value, tolerance)  # type: ignore[arg-type]
        for cluster in clusters:
            met = cluster.span.meet(interval)
            if met is not None:
                cluster.span = met
                cluster.facts.append(fact)
                break
        else:
            clusters.append(_Cluster(interval, [fact]))
    return [sorted(c.facts, key=_order) for c in sorted(clusters, key=lambda c: _order(min(c.facts, key=_order)))]


def _evidence_order(fact: Fact) -> tuple[str, int, int]:
    """A total order on facts that does not depend on the order articles were read in."""
    return (fact.evidence.doc, fact.evidence.start, fact.evidence.end)


def _display(fact: Fact) -> str:
    v = fact.value
    if isinstance(v, MoneyValue):
        mark = {"about": "~", "over": ">", "under": "<"}.get(v.approx or "", "")
        return f"{mark}{v.currency} {human_amount(v.amount, v.currency)}"
    if isinstance(v, PercentValue):
        return f"{v.amount:g}%"
    if isinstance(v, DefinitionValue):
        return v.long
    if isinstance(v, MembershipValue):
        if v.date is None:
            return f"{v.date_text} (needs a reference date)"
        # Shown as precisely as it was reported: "2023", "2024-09", "2025-02-13".
        return {"year": v.date.strftime("%Y"), "month": v.date.strftime("%Y-%m")}.get(v.date_precision or "",
                                                                                     v.date.isoformat())
    return str(v)


def human_amount(amount: float, currency: str) -> str:
    """'16,300 crore' for rupees, '675 million' for the rest: how reporters write them."""
    if currency == "INR" and abs(amount) >= 1e5:
        for factor, word in ((1e12, "lakh crore"), (1e7, "crore"), (1e5, "lakh")):
            if abs(amount) >= factor:
                return f"{amount / factor:,.6g} {word}"
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(amount) >= factor:
            return f"{amount / factor:,.6g} {word}"
    return f"{amount:,.6g}"


def _conflict_value(facts: list[Fact], representative: Fact | None = None, needs_date: bool = False) -> ConflictValue:
    rep = representative or facts[0]
    return ConflictValue(
        value=rep.value,  # type: ignore[arg-type]
        display=_display(rep),
        articles=sorted({f.evidence.doc for f in facts}),
        evidence=[f.evidence for f in sorted(facts, key=lambda f: (f.evidence.doc, f.evidence.start))],
        fact_ids=[f.id for f in sorted(facts, key=lambda f: (f.evidence.doc, f.evidence.start))],
        needs_reference_date=needs_date,
    )


def _severity(amounts: list[float], support: list[int]) -> Severity:
    finite = [abs(a) for a in amounts]
    top = max(finite) if finite else 0.0
    spread = (max(finite) - min(finite)) / top if top else None
    level = "unknown" if spread is None else "high" if spread > HIGH_SPREAD else "medium" if spread > MEDIUM_SPREAD else "low"
    return Severity(level=level, spread=round(spread, 4) if spread is not None else None, support=support)


@dataclass(frozen=True)
class _Figure:
    """What the reconciliation hint needs of every figure in the batch."""

    amount: float
    currency: str
    text: str
    doc: str
    predicate: str


def _hint(values: list[float], currency: str, figures: list[_Figure], tolerance: float) -> str | None:
    ordered = sorted(set(values))
    for i, small in enumerate(ordered):
        for big in ordered[i + 1:]:
            diff = big - small
            for fig in figures:
                if fig.currency == currency and diff and abs(fig.amount - diff) <= abs(diff) * tolerance \
                        and fig.amount not in (small, big):
                    return (f"{human_amount(big, currency)} - {human_amount(small, currency)} = {human_amount(diff, currency)}, "
                            f"which matches '{fig.text}' ({fig.predicate}, {fig.doc}): a figure one source may "
                            f"include and the other exclude")
    return None


# -- the three kinds of conflict -------------------------------------------------------------

def _in_base(fact: MoneyFact, rates: Mapping[str, float], base: str) -> MoneyFact:
    """The fact with its amounts in the base currency, for comparison only."""
    rate = 1.0 if fact.value.currency == base else rates[fact.value.currency]
    v = fact.value
    converted = v.model_copy(update={
        "amount": v.amount * rate, "currency": base,
        "low": v.low * rate if v.low is not None else None, "high": v.high * rate if v.high is not None else None})
    return fact.model_copy(update={"value": converted})


def _value_conflicts(facts: list[Fact], figures: list[_Figure], aliases: dict[str, str], tolerance: float,
                     rates: Mapping[str, float], base: str | None) -> tuple[list[Conflict], int]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    originals: dict[str, Fact] = {}
    for fact in facts:
        if not isinstance(fact, (MoneyFact, PercentFact)):
            continue
        if isinstance(fact, MoneyFact) and base is not None and (fact.value.currency in rates
                                                                 or fact.value.currency == base):
            originals[fact.id] = fact
            fact = _in_base(fact, rates, base)
        subject = _subject_key(fact, aliases)
        if subject is None:
            continue
        unit = fact.value.currency if isinstance(fact, MoneyFact) else "%"
        meaning = tuple((q, fact.qualifiers.get(q, "")) for q in MEANING_QUALIFIERS
                        if (q != "year" or fact.qualifiers.get("date_precision") == "year")
                        and not (q == "purpose" and fact.predicate in WHOLE_PREDICATES))
        groups[(subject, fact.predicate, fact.kind, unit, meaning)].append(fact)
    conflicts = []
    compared = 0
    for (subject, predicate, kind, unit, meaning), members in sorted(groups.items(), key=lambda kv: kv[0]):
        members.sort(key=_evidence_order)
        if len({f.evidence.doc for f in members}) < 2:
            continue
        compared += 1
        clusters = cluster_values(members, tolerance)
        if len(clusters) < 2:
            continue
        values = [_conflict_value([originals.get(f.id, f) for f in c]) for c in clusters]
        amounts = [c[0].value.amount for c in clusters]  # type: ignore[attr-defined]
        rep_subject = members[0].subject
        conflicts.append(Conflict(
            kind="value", fact_kind=kind,
            subject=rep_subject.model_copy(update={"name": subject}) if rep_subject else None,
            predicate=predicate, qualifiers={k: v for k, v in meaning if v} | ({"currency": unit} if unit != "%" else {}),
            values=values, severity=_severity(amounts, [len(v.articles) for v in values]),
            hint=_hint(amounts, unit, figures, tolerance) if kind == "money" else None,
        ))
    return conflicts, compared


def _definition_conflicts(facts: list[Fact]) -> tuple[list[Conflict], int]:
    by_short: dict[str, list[DefinitionFact]] = defaultdict(list)
    for fact in facts:
        if isinstance(fact, DefinitionFact):
            by_short[fact.value.short].append(fact)
    conflicts, compared = [], 0
    for short, members in sorted(by_short.items()):
        members.sort(key=_evidence_order)
        if len({f.evidence.doc for f in members}) < 2:
            continue
        compared += 1
        clusters: list[list[DefinitionFact]] = []
        for fact in sorted(members, key=lambda f: (f.value.long.lower(), f.evidence.doc, f.evidence.start)):
            home = next((c for c in clusters if all(are_variants(fact.value.long, o.value.long) for o in c)), None)
            if home is None:
                clusters.append([fact])
            else:
                home.append(fact)
        if len(clusters) < 2:
            continue
        values = [_conflict_value(c) for c in clusters]  # type: ignore[arg-type]
        conflicts.append(Conflict(
            kind="definition", fact_kind="definition", subject=members[0].subject, predicate="stands_for",
            values=values, severity=Severity(level="high", spread=None, support=[len(v.articles) for v in values]),
        ))
    return conflicts, compared


def _date_key(value: MembershipValue, precision: str) -> tuple[int, ...]:
    assert value.date is not None
    d: dt.date = value.date
    return {"year": (d.year,), "month": (d.year, d.month)}.get(precision, (d.year, d.month, d.day))


def _date_conflicts(facts: list[Fact], aliases: dict[str, str]) -> tuple[list[Conflict], int]:
    groups: dict[tuple[str, str], list[MembershipFact]] = defaultdict(list)
    for fact in facts:
        if isinstance(fact, MembershipFact):
            subject = _subject_key(fact, aliases)
            if subject is not None:
                groups[(subject, aliases.get(fact.value.member, fact.value.member))].append(fact)
    conflicts, compared = [], 0
    rank = {"year": 0, "month": 1, "day": 2}
    for (subject, member), members in sorted(groups.items()):
        members.sort(key=_evidence_order)
        resolved = [f for f in members if f.value.date is not None]
        unresolved = [f for f in members if f.value.date is None and f.value.date_text]
        if len({f.evidence.doc for f in members}) < 2 and not unresolved:
            continue
        compared += 1
        # Compare at the coarsest precision any two reports share: "June 2023" agrees with "2023".
        clusters: list[list[MembershipFact]] = []
        for fact in sorted(resolved, key=lambda f: (rank[f.value.date_precision or "day"], f.value.date, f.evidence.doc)):
            home = None
            for c in clusters:
                if all(_date_key(fact.value, min(fact.value.date_precision or "day", o.value.date_precision or "day",
                                                 key=rank.get)) ==
                       _date_key(o.value, min(fact.value.date_precision or "day", o.value.date_precision or "day",
                                              key=rank.get)) for o in c):
                    home = c
                    break
            if home is None:
                clusters.append([fact])
            else:
                home.append(fact)
        values = [_conflict_value(c, max(c, key=lambda f: rank[f.value.date_precision or "day"])) for c in clusters]
        values += [_conflict_value([f], needs_date=True) for f in unresolved]
        if len(clusters) >= 2:
            status = "conflict"
        elif unresolved:
            status = "needs_reference_date"
        else:
            continue
        rep = members[0].subject
        conflicts.append(Conflict(
            kind="date", status=status, fact_kind="membership",
            subject=rep.model_copy(update={"name": subject}) if rep else None, predicate=f"member: {member}",
            values=values,
            severity=Severity(level="high" if status == "conflict" else "unknown",
                              support=[len(v.articles) for v in values]),
        ))
    return conflicts, compared


def _comparable(fact: Fact) -> bool:
    if isinstance(fact, (MoneyFact, PercentFact)):
        return fact.subject is not None and fact.predicate != "mentions" and "hedge" not in fact.qualifiers
    return isinstance(fact, (DefinitionFact, MembershipFact))


class ConflictFinder:
    """A reduction over a stream of facts: keeps only what comparison needs.

    Comparable facts are kept whole (their evidence is the report); of every other
    money figure only what a reconciliation hint needs (amount, currency, text,
    doc); quotes, rankings and uncomparable figures not at all.
    """

    def __init__(self, tolerance: float = DEFAULT_TOLERANCE, rates: Mapping[str, float] | None = None,
                 base: str | None = None) -> None:
        if rates and base is None:
            raise ValueError("exchange rates need a base currency")
        self.tolerance = tolerance
        self.rates = dict(rates or {})
        self.base = base
        self.kept: list[Fact] = []
        self.figures: list[_Figure] = []
        self.count = 0
        self.docs: set[str] = set()

    def add(self, fact: Fact) -> None:
        self.count += 1
        if isinstance(fact, MoneyFact):
            self.figures.append(_Figure(fact.value.amount, fact.value.currency, fact.value.text, fact.evidence.doc,
                                        fact.predicate))
        if _comparable(fact):
            self.kept.append(fact)
            self.docs.add(fact.evidence.doc)

    def update(self, facts: Iterable[Fact]) -> ConflictFinder:
        for fact in facts:
            self.add(fact)
        return self

    def report(self, articles: int | None = None) -> ConflictReport:
        aliases = acronym_aliases(self.kept)
        value_conflicts, value_groups = _value_conflicts(self.kept, self.figures, aliases, self.tolerance,
                                                         self.rates, self.base)
        definition_conflicts, definition_groups = _definition_conflicts(self.kept)
        date_conflicts, date_groups = _date_conflicts(self.kept, aliases)
        return ConflictReport(
            conflicts=[*value_conflicts, *definition_conflicts, *date_conflicts],
            articles=articles if articles is not None else len(self.docs),
            facts=self.count,
            groups_compared=value_groups + definition_groups + date_groups,
        )


def find_conflicts(facts: Iterable[Fact], tolerance: float = DEFAULT_TOLERANCE, articles: int | None = None,
                   rates: Mapping[str, float] | None = None, base: str | None = None) -> ConflictReport:
    """Every disagreement between articles in ``facts``; the same answer for any order of the input.

    Money in different currencies is compared only when ``rates`` (one unit of each currency in
    ``base``) convert it: then Rs 16,300 crore and $1.96 billion can be the same figure.
    """
    return ConflictFinder(tolerance, rates, base).update(facts).report(articles)
