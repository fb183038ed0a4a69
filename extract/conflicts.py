"""Where the sources disagree: grouping comparable facts and finding distinct values.

Pure functions over fact records, so ``conflicts`` works the same on a folder
of articles and on JSON Lines piped from ``extract``.

The batch is first grouped into stories (:mod:`extract.stories`, from the
story terms every fact carries), then the figures of each story are aligned
one to one (:mod:`extract.alignment`); this module judges the values of the
aligned figures. Each finding has a label and a confidence (that a reader
would call it a disagreement between sources):

* ``conflict``: the same measure, different values, different sources;
* ``rounding``: the values are one figure rounded to the precision the less
  precise source wrote ("1.26" and "1.3");
* ``different_period``: the same measure for another year or period;
* ``different_scope``: a part against the whole ("of which");
* ``revision``: a later article says the figure was revised or raised.

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
above X, "up to X" with anything below, a range with anything inside it;
two bounds the same way agree only when their numbers do ("over 30%" and
"over 50%" are two sources' numbers for one thing).
Each value is an interval of that half-width and a value joins a cluster
only if it overlaps every member's interval, so a cluster is a set of
mutually consistent figures.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Union

from pydantic import Field, TypeAdapter

from difflib import SequenceMatcher

from .acronyms import are_variants, normalise_expansion, variant_aliases
from .measures import FACE_VALUE
from .alignment import OTHER_OWNER_PENALTY, SOLE_MEASURE, STORY_OWNER, Figure, Pair, align, figures_of, is_revision
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
from .stories import Stories, group_stories, story_term

DEFAULT_TOLERANCE = 0.01
# Reporters round approximate figures to one or two significant digits.
APPROX_TOLERANCE = 0.05
# Findings under this confidence are left out of the report by default (--min-confidence).
DEFAULT_MIN_CONFIDENCE = 0.5
# Confidence by label. A conflict starts from how it was aligned (see _confidence); the others are
# differences a reader explains away, below the default threshold so they show only when asked for.
LABEL_CONFIDENCE = {"revision": 0.4, "different_period": 0.3, "different_scope": 0.3, "rounding": 0.2}
# Conflict confidence: a named measure on both sides and named owners; less when an owner is only the
# story's main one or the measure is read from the clauses' words; less again for approximate figures.
# A measure read only from clause words reaches the default threshold at an overlap of three quarters:
# on the corpus, figures compared on fewer shared words were mostly two different quantities.
NAMED_CONFIDENCE, STORY_OWNER_CONFIDENCE, CONTEXT_CONFIDENCE, CONTEXT_OVERLAP_WEIGHT = 0.9, 0.7, 0.2, 0.4
APPROX_PENALTY = 0.1
# Owners read apart, but a measure each article of the same news gives once (the ransom demanded): under
# a named owner's match, over a measure read only from clause words.
SOLE_MEASURE_CONFIDENCE = 0.65
# Rounding explains a difference only this small: "3%" for 2.55% is a different figure to a reader,
# "Rs 2,000 crore" for Rs 1,961 crore is the same one rounded.
ROUNDING_MAX = 0.05
DEFINITION_CONFIDENCE, DATE_CONFIDENCE, NEEDS_DATE_CONFIDENCE = 0.9, 0.9, 0.6
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


Label = Literal["conflict", "rounding", "different_period", "different_scope", "revision"]


class Conflict(Record):
    kind: Literal["value", "definition", "date"]
    status: Literal["conflict", "needs_reference_date"] = "conflict"
    label: Label = Field(default="conflict", description="What the difference most likely is.")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0,
                              description="How sure it is a disagreement between sources a reader would confirm.")
    story: str | None = Field(default=None, description="Story id (its first article) when every value comes "
                                                        "from one story; null for a subject linked across stories.")
    reason: str | None = Field(default=None, description="Why the figures were judged comparable.")
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
    stories: int = 0
    below_confidence: int = 0

    @property
    def real_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.status == "conflict" and c.label == "conflict"]

    @property
    def awaiting_date(self) -> list[Conflict]:
        """Disagreements shown as conflicts that only a reference date can confirm ("in September
        last year" in an undated article): listed with the rest, so the counts must name them too."""
        return [c for c in self.conflicts if c.status == "needs_reference_date" and c.label == "conflict"]


# -- subject linking -------------------------------------------------------------------------

def acronym_aliases(facts: Iterable[Fact]) -> dict[str, str]:
    """Name -> the owner it is compared as: an acronym -> its canonical long name, from every
    definition in the batch, where it is unambiguous; a variant of a name ("Minerals"/"Mineral",
    "Programme"/"Program") -> the batch's most frequent spelling of it (acronyms.variant_aliases)."""
    facts = list(facts)
    # (names, not the common nouns of THING owners: "shoppers" is not the name "Shoppers")
    variants = variant_aliases(fact.subject.name for fact in facts
                               if fact.subject is not None and fact.subject.label != "THING")
    names: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if isinstance(fact, DefinitionFact):
            long = fact.subject.name if fact.subject else fact.value.long
            names[fact.value.short].add(variants.get(long, long))
    acronyms = {short: next(iter(longs)) for short, longs in names.items() if len(longs) == 1}
    return {**variants, **acronyms}


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


def _bounds_apart(a: Fact, b: Fact, tolerance: float) -> bool:
    """Two bounds the same way whose numbers differ ("over 30%" / "over 50%"): consistent as
    intervals, but each source states its own number, and a reader sees two numbers for one thing."""
    va, vb = a.value, b.value
    if getattr(va, "high", None) is not None or getattr(vb, "high", None) is not None:
        return False
    approx = getattr(va, "approx", None)
    if approx not in ("over", "under") or getattr(vb, "approx", None) != approx:
        return False
    return _interval(va.model_copy(update={"approx": None}), tolerance).meet(  # type: ignore[union-attr]
        _interval(vb.model_copy(update={"approx": None}), tolerance)) is None  # type: ignore[union-attr]


def cluster_values(facts: list[Fact], tolerance: float) -> list[list[Fact]]:
    """Mutually consistent groups of figures, independent of input order."""
    clusters: list[_Cluster] = []
    # Exact figures first (they pin clusters), then approximate ones and bounds join where they fit.
    for fact in sorted(facts, key=lambda f: (_order(f)[1], _order(f))):
        interval = _interval(fact.value, tolerance)  # type: ignore[arg-type]
        for cluster in clusters:
            met = cluster.span.meet(interval)
            if met is not None and not any(_bounds_apart(fact, other, tolerance) for other in cluster.facts):
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


def _agree(a: Fact, b: Fact, tolerance: float) -> bool:
    return _interval(a.value, tolerance).meet(_interval(b.value, tolerance)) is not None \
        and not _bounds_apart(a, b, tolerance)  # type: ignore[arg-type]


def _precision(value: MoneyValue | PercentValue) -> float | None:
    """The unit of the last significant digit written, in full units: 'Rs 1.3 crore' -> 1e6,
    'Rs 2,000 crore' -> 1e10 (a round number's zeros are not digits the reporter vouched for);
    None if unknown."""
    number = value.number.replace(",", "")
    try:
        written = float(number)
    except ValueError:
        return None
    if not written:
        return None
    whole, _, decimals = number.partition(".")
    exponent = -len(decimals) if decimals else len(whole) - len(whole.rstrip("0"))
    return abs(value.amount / written) * 10.0 ** exponent


def _rounding(a: Fact, b: Fact, pa: float | None = None, pb: float | None = None) -> bool:
    """Whether the more precise figure, rounded (or cut: "16%" for 16.77%) to the other's last written
    digit, is the other, within ROUNDING_MAX. ``pa`` and ``pb``: the figures' ``_precision``, if
    already known."""
    if pa is None or pb is None:
        pa, pb = _precision(a.value), _precision(b.value)  # type: ignore[arg-type]
    if pa is None or pb is None or pa == pb or a.value.high is not None or b.value.high is not None:  # type: ignore[attr-defined]
        return False
    coarse, fine = (a, b) if pa > pb else (b, a)
    unit = max(pa, pb)
    c, f = coarse.value.amount, fine.value.amount  # type: ignore[attr-defined]
    near = abs(f - c) <= ROUNDING_MAX * abs(c)
    return near and any(abs(r * unit - c) <= unit * 1e-6 for r in (round(f / unit), math.trunc(f / unit)))


def _scale_misread(a: Fact, b: Fact) -> bool:
    """The same number as written with amounts a power of ten (100 or more) apart."""
    va, vb = a.value, b.value
    if va.number != vb.number or not va.amount or not vb.amount:  # type: ignore[attr-defined]
        return False
    ratio = math.log10(max(abs(va.amount), abs(vb.amount)) / min(abs(va.amount), abs(vb.amount)))  # type: ignore[attr-defined]
    return ratio >= 2 and abs(ratio - round(ratio)) < 1e-6


def _same_figure(tolerance: float) -> Callable[[Fact, Fact], bool]:
    """``_agree(a, b, tolerance) or _rounding(a, b)``, each fact's interval and precision worked out
    once: alignment asks it of every pair of figures in a block and of each figure against all of
    the other source's (150,000 times over the corpus). Facts are told apart by identity: they all
    stay alive while the pairs are made."""
    intervals: dict[int, _Interval] = {}
    precisions: dict[int, float | None] = {}

    def interval(fact: Fact) -> _Interval:
        found = intervals.get(id(fact))
        if found is None:
            found = intervals[id(fact)] = _interval(fact.value, tolerance)  # type: ignore[arg-type]
        return found

    def precision(fact: Fact) -> float | None:
        if id(fact) not in precisions:
            precisions[id(fact)] = _precision(fact.value)  # type: ignore[arg-type]
        return precisions[id(fact)]

    def same(a: Fact, b: Fact) -> bool:
        return interval(a).meet(interval(b)) is not None and not _bounds_apart(a, b, tolerance) \
            or _rounding(a, b, precision(a), precision(b))

    return same


def _merge_rounded(clusters: list[list[Fact]], tolerance: float) -> list[list[Fact]]:
    """Clusters joined when every figure of one is a rounding of, or equal to, every figure of the
    other: "3%" and "3.09%" are one value to a reader."""
    merged: list[list[Fact]] = []
    for cluster in clusters:
        home = next((m for m in merged if all(_agree(a, b, tolerance) or _rounding(a, b)
                                              for a in m for b in cluster)), None)
        if home is None:
            merged.append(list(cluster))
        else:
            home.extend(cluster)
    return merged


def _pair_confidence(pair: Pair) -> float:
    if pair.measure_how.startswith(SOLE_MEASURE):
        approx = pair.a.fact.value.approx or pair.b.fact.value.approx
        return SOLE_MEASURE_CONFIDENCE - (APPROX_PENALTY if approx else 0.0)
    if pair.measure_how.startswith("same measure"):
        named = STORY_OWNER not in (pair.a.owner_how, pair.b.owner_how)
        confidence = NAMED_CONFIDENCE if named else STORY_OWNER_CONFIDENCE
    else:
        confidence = CONTEXT_CONFIDENCE + CONTEXT_OVERLAP_WEIGHT * pair.overlap
    if pair.a.owner != pair.b.owner:
        confidence -= OTHER_OWNER_PENALTY
    if pair.a.fact.value.approx or pair.b.fact.value.approx:
        confidence -= APPROX_PENALTY
    return confidence


def _later_revises(pair: Pair) -> bool:
    a, b = pair.a.fact.evidence, pair.b.fact.evidence
    if a.published is None or b.published is None or a.published == b.published:
        return False
    later = a if a.published > b.published else b
    return is_revision(later.sentence)


def _judge(pairs: list[Pair], tolerance: float) -> tuple[str, float]:
    """Label and confidence of a group of aligned figures whose values differ."""
    differing = [p for p in pairs if not _agree(p.a.fact, p.b.fact, tolerance)] or pairs
    differs = {p.differs for p in differing}
    if "scope" in differs:
        return "different_scope", LABEL_CONFIDENCE["different_scope"]
    if "period" in differs:
        return "different_period", LABEL_CONFIDENCE["different_period"]
    if all(_rounding(p.a.fact, p.b.fact) for p in differing):
        return "rounding", LABEL_CONFIDENCE["rounding"]
    if all(_later_revises(p) for p in differing):
        return "revision", LABEL_CONFIDENCE["revision"]
    return "conflict", round(sum(_pair_confidence(p) for p in differing) / len(differing), 3)


def _components(pairs: list[Pair]) -> list[list[Pair]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for p in pairs:
        ra, rb = find(p.a.fact.id), find(p.b.fact.id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Pair]] = defaultdict(list)
    for p in pairs:
        groups[find(p.a.fact.id)].append(p)
    return [groups[k] for k in sorted(groups)]


def _value_conflicts(facts: list[Fact], figures: list[_Figure], aliases: dict[str, str], stories: Stories,
                     linked: frozenset[str], tolerance: float, rates: Mapping[str, float],
                     base: str | None, terms: Mapping[str, list[str]] | None = None) -> tuple[list[Conflict], int]:
    prepared = []
    for fact in sorted(facts, key=_evidence_order):
        if not isinstance(fact, (MoneyFact, PercentFact)):
            continue
        shown = fact
        if isinstance(fact, MoneyFact) and base is not None and (fact.value.currency in rates
                                                                 or fact.value.currency == base):
            fact = _in_base(fact, rates, base)
        prepared.append((fact, shown))
    pairs = align(figures_of(prepared, stories, aliases, linked, terms),
                  _same_figure(tolerance), stories)
    strict = _components([p for p in pairs if p.differs is None])
    loose = [[p] for p in pairs if p.differs is not None]
    conflicts, compared = [], 0
    for group in strict + loose:
        members = sorted({f.fact.id: f for p in group for f in (p.a, p.b)}.values(), key=lambda f: _evidence_order(f.fact))
        by_origin: dict[str, list[Fact]] = defaultdict(list)
        for f in members:
            by_origin[f.origin].append(f.fact)
        # One source giving two different values for the "same" measure: the alignment is wrong somewhere.
        if any(len(cluster_values(fs, tolerance)) > 1 for fs in by_origin.values()):
            continue
        compared += 1
        clusters = cluster_values([f.fact for f in members], tolerance)
        if len(clusters) < 2:
            continue
        merged = _merge_rounded(clusters, tolerance)
        rounding = len(merged) < 2  # "3%" and "3.09%": shown only as a rounding finding
        clusters = clusters if rounding else merged
        # "200" against "200 million": one number read with two scales is a reading error, not news.
        if any(_scale_misread(p.a.fact, p.b.fact) for p in group):
            continue
        conflicts.append(_value_conflict(group, members, clusters, figures, tolerance, rounding, terms))
    return conflicts, compared


def _named_by(group: list[Pair], members: list[Figure], terms: Mapping[str, list[str]] | None) -> Figure:
    """The member whose owner names the finding: the first's, unless the owners were read apart (a
    measure each article gives once, whoever its sentences name): then the owner whose words the
    most of the members' articles hold among their story terms, the thing the articles are about
    rather than a word that happened to stand before the figure ("15 US bitcoins")."""
    if not terms or not any(p.measure_how.startswith(SOLE_MEASURE) for p in group):
        return members[0]
    held = {doc: set(terms.get(doc, ())) for doc in {f.doc for f in members}}

    def holding(f: Figure) -> int:
        words = [t for t in map(story_term, re.findall(r"\w+", f.owner)) if t]
        return sum(bool(words) and all(w in have for w in words) for have in held.values())
    return max(members, key=holding)  # the first of the best, in evidence order


def _value_conflict(group: list[Pair], members: list[Figure], clusters: list[list[Fact]], figures: list[_Figure],
                    tolerance: float, rounding: bool = False, terms: Mapping[str, list[str]] | None = None) -> Conflict:
    shown = {f.fact.id: f.shown for f in members}
    origin = {f.fact.id: f.origin for f in members}
    label, confidence = ("rounding", LABEL_CONFIDENCE["rounding"]) if rounding else _judge(group, tolerance)
    values = [_conflict_value([shown[f.id] for f in c]) for c in clusters]
    amounts = [c[0].value.amount for c in clusters]  # type: ignore[attr-defined]
    first, by = members[0], _named_by(group, members, terms)
    named = by.fact.subject or next((f.fact.subject for f in members if f.fact.subject is not None), None)
    subject = named.model_copy(update={"name": by.owner}) if named is not None else None
    named_predicates = Counter(f.fact.predicate for f in members if f.fact.predicate != "mentions")
    predicates = sorted(named_predicates, key=lambda p: (-named_predicates[p], p))
    meaning = {k: v for k, v in sorted(first.fact.qualifiers.items())
               if k in ("purpose", "scope", "year", "fiscal_year", "period", "place")
               and (k != "year" or first.fact.qualifiers.get("date_precision") == "year")}
    stories = {f.story for f in members}
    docs = {f.doc for f in members}
    best = max(group, key=lambda p: (p.score, p.reason))
    severity = _severity(amounts, [len({origin[f.id] for f in c}) for c in clusters])
    return Conflict(
        kind="value", fact_kind=first.fact.kind, label=label, confidence=confidence,  # type: ignore[arg-type]
        story=next(iter(stories)) if len(stories) == 1 else None, reason=best.reason,
        subject=subject, predicate=predicates[0] if predicates else "mentions",
        qualifiers=meaning | ({"currency": first.unit} if first.unit != "%" else {}),
        values=values, severity=severity,
        # The part one source may include: a figure of the finding's own articles, not of another story.
        hint=_hint(amounts, first.unit, [g for g in figures if g.doc in docs], tolerance)
        if first.fact.kind == "money" else None,
    )


# Two words this alike (difflib ratio) are one word misspelt: "Laskhar" / "Lashkar".
WORD_TYPO_RATIO = 0.8


def same_body(a: str, b: str) -> bool:
    """Whether two expansions of one acronym name one body, as a reader sees it: variants (case,
    plural, spelling, accents, "&", "Corp"), or expansions that share at least half their words
    (after typos are forgiven): "Comptroller and Auditor General" / "... of India", "Board of
    Control for Cricket in India" / "Board of Cricket Control for India", "Gorkha Janmukti
    Morcha" / "Gorkhaland Jan Mukti Morcha" are one body written carelessly; "Transforming
    Relationship Utilizing Strategic Technology" / "Technology and Resilient ..." are two names."""
    a, b = _fold(a), _fold(b)
    if are_variants(a, b):
        return True
    wa = [w for w in normalise_expansion(a).split() if w not in _FUNCTION_WORDS]
    wb = [w for w in normalise_expansion(b).split() if w not in _FUNCTION_WORDS]
    if not wa or not wb:
        return True
    # Words run together or split ("Janmukti" / "Jan Mukti") and one-letter slips, over the whole name.
    if SequenceMatcher(None, "".join(wa), "".join(wb), autojunk=False).ratio() >= SAME_BODY_LETTERS:
        return True
    short, long = sorted((wa, wb), key=len)
    shared = sum(any(x == y or _root(x) == _root(y) or SequenceMatcher(None, x, y).ratio() >= WORD_TYPO_RATIO
                     for y in long) for x in short)
    return shared >= SAME_BODY_SHARE * len(short)


_DERIVED = re.compile(r"(?:is|iz)(?:ation|ed|es|e|ing)$")


def _root(word: str) -> str:
    """A word without the -ise/-ize family ending: a writer's "centralised" process is the "central" one."""
    return _DERIVED.sub("", word)


def _fold(text: str) -> str:
    """Accents off ("Café" -> "Cafe") and "US" spelt out, as readers treat them."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\bU\.?S\.?(?=\s)", "United States", plain)


# Words that carry no name: an expansion's shared "of", "for", "the" say nothing about the body.
_FUNCTION_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with"})
# Expansions sharing this share of the shorter one's words name one body.
SAME_BODY_SHARE = 0.5
# ... and so do expansions whose letters (spaces and function words aside) are this alike.
SAME_BODY_LETTERS = 0.85


def _garbled(value: DefinitionValue) -> bool:
    """A long form no writer meant as a name: it holds a quote mark or a lost character ("?"), or
    opens with the acronym itself ("BJP's post-poll alliance")."""
    return any(mark in value.long for mark in '"?\u201c\u201d') or value.long.startswith(value.short)


def _definition_conflicts(facts: list[Fact], stories: Stories) -> tuple[list[Conflict], int]:
    """Expansions of one acronym within a story: the same letters in unrelated stories (PAC, the
    Public Accounts Committee and the Provincial Armed Constabulary) are different bodies."""
    by_short: dict[tuple[str, str], list[DefinitionFact]] = defaultdict(list)
    for fact in facts:
        if isinstance(fact, DefinitionFact) and not _garbled(fact.value):
            by_short[(stories.story_of(fact.evidence.doc), fact.value.short)].append(fact)
    conflicts, compared = [], 0
    for (story, short), members in sorted(by_short.items()):
        members.sort(key=_evidence_order)
        if len({stories.origin_of(f.evidence.doc) for f in members}) < 2:
            continue
        compared += 1
        clusters: list[list[DefinitionFact]] = []
        for fact in sorted(members, key=lambda f: (f.value.long.lower(), f.evidence.doc, f.evidence.start)):
            home = next((c for c in clusters if all(same_body(fact.value.long, o.value.long) for o in c)), None)
            if home is None:
                clusters.append([fact])
            else:
                home.append(fact)
        if len(clusters) < 2:
            continue
        docs = [{f.evidence.doc for f in c} for c in clusters]
        # A story is a chain of close articles: the two expansions must come from two that are close.
        if not any(stories.near(a, b) for i, da in enumerate(docs) for db in docs[i + 1:]
                   for a in da for b in db):
            continue
        renamed = any(is_revision(f.evidence.sentence) for f in members)
        values = [_conflict_value(c) for c in clusters]  # type: ignore[arg-type]
        conflicts.append(Conflict(
            kind="definition", fact_kind="definition", subject=members[0].subject, predicate="stands_for",
            label="revision" if renamed else "conflict",
            confidence=LABEL_CONFIDENCE["revision"] if renamed else DEFINITION_CONFIDENCE, story=story,
            reason=f"one acronym ({short}) in close articles of one story",
            values=values, severity=Severity(level="high", spread=None, support=[len(v.articles) for v in values]),
        ))
    return conflicts, compared


def _date_key(value: MembershipValue, precision: str) -> tuple[int, ...]:
    assert value.date is not None
    d: dt.date = value.date
    return {"year": (d.year,), "month": (d.year, d.month)}.get(precision, (d.year, d.month, d.day))


def _date_conflicts(facts: list[Fact], aliases: dict[str, str], stories: Stories) -> tuple[list[Conflict], int]:
    """Joining dates of one member in one named body, wherever reported: the body's name links them."""
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
        # A relative date in an undated article is worth a reader's attention only when another
        # source reports the same membership.
        if len({stories.origin_of(f.evidence.doc) for f in members}) < 2:
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
        in_stories = {stories.story_of(f.evidence.doc) for f in members}
        conflicts.append(Conflict(
            kind="date", status=status, fact_kind="membership",
            confidence=DATE_CONFIDENCE if status == "conflict" else NEEDS_DATE_CONFIDENCE,
            story=next(iter(in_stories)) if len(in_stories) == 1 else None,
            reason=f"one member ({member}) of one named body",
            subject=rep.model_copy(update={"name": subject}) if rep else None, predicate=f"member: {member}",
            values=values,
            severity=Severity(level="high" if status == "conflict" else "unknown",
                              support=[len(v.articles) for v in values]),
        ))
    return conflicts, compared


def _comparable(fact: Fact) -> bool:
    """Kept for comparison: figures (owner and measure are settled by alignment; hedged ones are kept
    only to show which values a source prints), definitions and memberships."""
    return isinstance(fact, (MoneyFact, PercentFact, DefinitionFact, MembershipFact))


def _linked_owners(facts: Iterable[Fact], aliases: dict[str, str]) -> frozenset[str]:
    """Owners compared across stories: programmes, under their canonical name (which a batch acronym
    such as NCMM resolves to). Organisations and countries are not: the Reserve Bank's rate or
    India's growth in two stories are two moments, not two claims about one figure."""
    linked: set[str] = set()
    for fact in facts:
        if fact.subject is not None and fact.subject.label == "PROGRAMME":
            linked.add(aliases.get(fact.subject.name, fact.subject.name))
    return frozenset(linked)


def _strength(conflict: Conflict) -> tuple:
    """Strongest first: confidence, then spread, then a stable key."""
    return (-conflict.confidence, -(conflict.severity.spread or 0.0), conflict.kind,
            conflict.subject.name if conflict.subject else "", conflict.predicate, conflict.values[0].fact_ids)


class ConflictFinder:
    """A reduction over a stream of facts: keeps only what comparison needs.

    Comparable facts are kept whole (their evidence is the report) without their
    story terms, which are kept once per article; of every other money figure
    only what a reconciliation hint needs (amount, currency, text, doc); quotes,
    rankings and hedged figures not at all.
    """

    def __init__(self, tolerance: float = DEFAULT_TOLERANCE, rates: Mapping[str, float] | None = None,
                 base: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        if rates and base is None:
            raise ValueError("exchange rates need a base currency")
        self.tolerance = tolerance
        self.rates = dict(rates or {})
        self.base = base
        self.min_confidence = min_confidence
        self.kept: list[Fact] = []
        self.figures: list[_Figure] = []
        self.count = 0
        self.docs: set[str] = set()
        self.terms: dict[str, list[str]] = {}
        self.published: dict[str, dt.date | None] = {}

    def add(self, fact: Fact) -> None:
        self.count += 1
        if fact.predicate == FACE_VALUE:
            # A note's face value is nobody's figure: "Rs 500 notes" in one article and "Rs 1,000 notes"
            # in another are two notes, not two claims (the story's owner that alignment lends an
            # unowned figure would pair them), no term of a hint, and no article for story grouping.
            return
        doc = fact.evidence.doc
        if fact.story_terms is not None and doc not in self.terms:
            self.terms[doc] = fact.story_terms
            self.published[doc] = fact.evidence.published
        if isinstance(fact, MoneyFact):
            self.figures.append(_Figure(fact.value.amount, fact.value.currency, fact.value.text, doc,
                                        fact.predicate))
        if _comparable(fact):
            # An article's facts share one list of terms when they come from extraction, and then
            # it costs nothing to keep; each fact read from JSON has its own, which is dropped.
            shared = fact.story_terms is None or fact.story_terms is self.terms.get(doc)
            self.kept.append(fact if shared else fact.model_copy(update={"story_terms": None}))
            self.docs.add(doc)

    def update(self, facts: Iterable[Fact]) -> ConflictFinder:
        for fact in facts:
            self.add(fact)
        return self

    def stories(self) -> Stories:
        """The batch's stories, from the story terms of every article seen."""
        return group_stories(self.terms, self.published)

    def report(self, articles: int | None = None) -> ConflictReport:
        """The findings over every fact seen. Comparing allocates many small acyclic objects (pairs,
        sets, scores) while all the batch's facts are alive, and each collection of the cycle
        collector walked them all (0.3 s of 2.3 s on the corpus): it is paused meanwhile, as when
        the facts are built (``batch.collector_paused``)."""
        from .batch import collector_paused

        with collector_paused():
            return self._report(articles)

    def _report(self, articles: int | None) -> ConflictReport:
        aliases = acronym_aliases(self.kept)
        stories = self.stories()
        value_conflicts, value_groups = _value_conflicts(self.kept, self.figures, aliases, stories,
                                                         _linked_owners(self.kept, aliases), self.tolerance,
                                                         self.rates, self.base, self.terms)
        definition_conflicts, definition_groups = _definition_conflicts(self.kept, stories)
        date_conflicts, date_groups = _date_conflicts(self.kept, aliases, stories)
        found = sorted([*value_conflicts, *definition_conflicts, *date_conflicts], key=_strength)
        shown = [c for c in found if c.confidence >= self.min_confidence]
        return ConflictReport(
            conflicts=shown,
            articles=articles if articles is not None else len(self.docs),
            facts=self.count,
            groups_compared=value_groups + definition_groups + date_groups,
            stories=len(set(stories.story.values())),
            below_confidence=len(found) - len(shown),
        )


def find_conflicts(facts: Iterable[Fact], tolerance: float = DEFAULT_TOLERANCE, articles: int | None = None,
                   rates: Mapping[str, float] | None = None, base: str | None = None,
                   min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> ConflictReport:
    """Every disagreement between articles in ``facts``; the same answer for any order of the input.

    The batch-wide steps happen here, over all of ``facts``: acronyms defined anywhere resolve
    bare ones everywhere, and articles are grouped into stories from the story terms their
    facts carry. Findings under ``min_confidence`` are counted, not listed.

    Money in different currencies is compared only when ``rates`` (one unit of each currency in
    ``base``) convert it: then Rs 16,300 crore and $1.96 billion can be the same figure.
    """
    return ConflictFinder(tolerance, rates, base, min_confidence).update(facts).report(articles)
