"""Alignment: which figures of a story measure the same thing, paired one to one.

Two figures are comparable when a reader would say they measure the same thing:

* same kind and unit (currency, or %), and per-unit amounts ("Rs 15 crore
  each", "$40 a barrel") only with per-unit amounts;
* the same owner: the canonical subject name (variants and acronyms already
  resolved), or, for a figure whose sentence names no subject, the story's main
  owner (the subject most of its articles give figures for), or, at a lower
  score, any owner in the story (attribution read from text is sometimes wrong);
* the same measure: equal predicates or synonyms (:func:`same_measure`); when
  either is only ``mentions``, the words of the two figures' clauses must
  overlap instead;
* the qualifiers that change the meaning agree: the year, fiscal year or
  period, part vs whole, place, purpose. A pair that differs only in period or
  in part vs whole is kept aside as such (``Pair.differs``) so the report can
  say "different period" rather than "conflict".

Where the figures are looked for: within one story, and there only between
two articles that report the same news (``Stories.same_news``), except for a
programme's total (outlay, budget) given by name, which is compared wherever
it is reported when the clauses share words. Only figures of different origins are paired (a reprint is not a second
source).

Pairing is one to one, best first, per pair of origins: the score is the
strength of the measure match plus the overlap of the clauses' words (which
breaks ties between several figures of one owner). A figure whose two best
partners score the same but give different values is ambiguous and is
left out: which of them the other article meant is not knowable.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS

from .article_places import other_places, places_in
from .patterns import load_table
from .measures import FACE_VALUE
from .periods import other_period
from .records import MoneyFact, PercentFact
from .stories import Stories, story_term

# Qualifiers that change what a figure measures; others (date_text, hedge, source) only describe it.
PERIOD_QUALIFIERS = ("year", "fiscal_year", "period")
MEANING_QUALIFIERS = ("purpose", "scope", *PERIOD_QUALIFIERS, "place", "adjustment", "comparison")
# Words either side of a figure that make up its clause context.
CONTEXT_WORDS = 8
# With no measure word on one side, this share of clause words in common makes two figures comparable:
# about two content words of the shorter clause, e.g. "raised ... funding" on both sides.
CONTEXT_MIN = 0.3
# Clause words in common that any pair needs (named owner and measure), and a pair where one figure
# borrows the story's owner. Set on the corpus run (tests/benchmarks/conflicts_corpus.py): below
# them most "conflicts" were two different quantities of one broad topic (house prices, box office).
OVERLAP_MIN, GENERIC_OVERLAP_MIN = 0.3, 0.5
# An origin giving this many values of one owner and measure lists items; a pair drawn from such a
# list needs this much clause overlap (the item's own words), unless the values agree.
LIST_VALUES, LIST_OVERLAP_MIN = 3, 0.6
# "Over Rs 1 lakh" restates a sum of up to twice that, not one fifty times it (_matched_elsewhere).
BOUND_REACH = 2.0
# Two partners whose scores are this close are equally good.
TIE = 0.05
# Scores: a named measure match counts more than clause words alone.
MEASURE_SCORE, CONTEXT_SCORE = 1.0, 0.5
OVERLAP_WEIGHT, NAMED_OWNERS_BONUS, MISSING_PERIOD_PENALTY = 0.5, 0.1, 0.05
# A figure with no subject of its own, set against a figure the story attributes to someone other
# than its main owner: possible (attribution is read from text), but the weakest owner match.
OTHER_OWNER_PENALTY = 0.2
# Two figures with the same value: more than any measure or context match (see align).
VALUE_MATCH = 2.0
STORY_OWNER = "story's main owner"
# How a pair is aligned when its owners were read apart but its measure is one each article has once.
SOLE_MEASURE = "sole measure"
# Content words the shorter of two nested owner names needs ("Child Development" within "Women and
# Child Development Ministry"); one word is too little ("India" within "Reserve Bank of India").
NESTED_MIN_WORDS = 2
# A programme name found in lower case in another article's clause (_programme_before) needs as many
# content words: "development fund" alone is any fund.
LOWER_CASE_MIN_WORDS = 3
LOWER_CASE_NAME = "programme named in lower case"
_NAME_FILLER = frozenset({"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with", "&"})
LINKED = "linked:"
# Two shares this close to adding up to 100% are a whole's two parts (rounded: 19% and 81%, 33% and 67%).
COMPLEMENT_SLACK = 0.5

Figurable = MoneyFact | PercentFact
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


@dataclass(frozen=True)
class _Rules:
    per_unit: re.Pattern[str]
    change_old: re.Pattern[str]
    change_new: re.Pattern[str]
    revision: re.Pattern[str]
    whole: frozenset[str]
    up: frozenset[str]
    down: frozenset[str]
    not_prose: str
    place_bound: frozenset[str]
    aggregate_owners: frozenset[str]
    singular: frozenset[str]  # singular_measures and singular_alike_measures
    body_words: frozenset[str]
    singular_alike: frozenset[str] = frozenset()
    attribution_hedges: frozenset[str] = frozenset()
    moment_measures: frozenset[str] = frozenset()
    moment_words: frozenset[str] = frozenset()
    negating_prefixes: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_table("alignment.json")
    alike = frozenset(data.get("singular_alike_measures", ()))
    return _Rules(re.compile(data["per_unit"], re.I), re.compile(data["change_old"], re.I),
                  re.compile(data["change_new"], re.I), re.compile(data["revision"], re.I),
                  frozenset(data["whole_measures"]), frozenset(data["up"]), frozenset(data["down"]),
                  data["not_prose"], frozenset(data["place_bound_measures"]), frozenset(data["aggregate_owners"]),
                  frozenset(data.get("singular_measures", ())) | alike, frozenset(data.get("body_words", ())), alike,
                  frozenset(data.get("attribution_hedges", ())),
                  frozenset(data.get("market_moment", {}).get("measures", ())),
                  frozenset(data.get("market_moment", {}).get("words", ())),
                  tuple(data.get("negating_prefixes", ())))


def same_measure(a: str, b: str) -> bool:
    """Whether two predicates name one measure. Synonyms are one measure already ("budget" is
    ``outlay`` from extraction on, patterns/measures.json); ``whole_measures`` are the totals that
    may still be named apart in piped facts from older runs."""
    whole = _rules().whole
    return a == b or (a in whole and b in whole)


def is_revision(sentence: str) -> bool:
    """Whether a sentence says its figure updates an earlier one ("revised to", "raised to")."""
    return _rules().revision.search(sentence) is not None


@dataclass(frozen=True)
class Figure:
    """One figure as alignment sees it: ``fact`` as compared (maybe converted), ``shown`` as written."""

    fact: Figurable
    shown: Figurable
    story: str
    origin: str
    owner: str
    owner_how: str
    scope: str
    unit: str
    per_unit: bool
    context: frozenset[str]
    # Where the article's news happens (its story terms' places), and who compiled the figure.
    places: frozenset[str] = frozenset()
    publisher: str | None = None
    # The only value of its measure (kind, unit, predicate) in its article: see SOLE_MEASURE.
    sole: bool = False
    # The article's story terms, shared by its figures: whether it speaks of another figure's owner.
    held: frozenset[str] = frozenset()
    # "old" or "new" for a figure a change runs from or to ("raised from X to Y"), else None.
    change_end: str | None = None

    @property
    def doc(self) -> str:
        return self.fact.evidence.doc


@dataclass(frozen=True)
class Pair:
    """Two comparable figures and why."""

    a: Figure
    b: Figure
    score: float
    measure_how: str
    overlap: float
    differs: str | None = None

    @property
    def reason(self) -> str:
        if self.a.owner == self.b.owner:
            hows = " / ".join(sorted({self.a.owner_how, self.b.owner_how}))
            owner = f"same owner ({self.a.owner}: {hows})"
        elif nested_owner(self.a.owner, self.b.owner):
            owner = f"owners {self.a.owner} / {self.b.owner}, one name within the other"
        elif self.measure_how.startswith(SOLE_MEASURE):
            owner = f"owners {self.a.owner} / {self.b.owner} read apart"
        else:
            named = self.b if self.a.owner_how == STORY_OWNER else self.a
            owner = f"owner {named.owner}, the other figure has none of its own"
        parts = [owner, self.measure_how, f"same unit ({self.a.unit})"]
        if self.a.per_unit:
            parts.append("both per unit")
        if self.differs:
            parts.append(f"different {self.differs}")
        for f in (self.a, self.b):
            if "hedge" in f.fact.qualifiers:  # held to its source only (_only_reported)
                parts.append(f"\"{f.fact.qualifiers['hedge']}\" in a summary of the other article")
        parts.append(f"clause overlap {self.overlap:.2f}")
        return "; ".join(parts)


@lru_cache(maxsize=20_000)  # (the same words recur in every clause)
def _word_key(word: str) -> str:
    """'Bit-coins' and 'bitcoin' alike: lower case, no hyphens, a plural 's' off."""
    word = word.lower().replace("-", "")
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _context(fact: Figurable) -> frozenset[str]:
    ev = fact.evidence
    sentence = ev.sentence
    rel_start, rel_end = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    left = [w.lower() for w in _WORD.findall(sentence[:max(rel_start, 0)])]
    right = [w.lower() for w in _WORD.findall(sentence[max(rel_end, 0):])]
    words = [w for w in left if w not in STOP_WORDS][-CONTEXT_WORDS:] + \
            [w for w in right if w not in STOP_WORDS][:CONTEXT_WORDS]
    return frozenset(_word_key(w) for w in words)


def _negated(a: Figurable, b: Figurable) -> bool:
    """Whether one sentence writes a word the other negates with a prefix ("?1,084 crore remained
    unused" against "Rs 339.9 crore was used" of one sum): two parts of a whole, as two shares that add
    up to 100% are, not one figure. The whole sentences, not the clauses' few words: such a word often
    ends the sentence."""
    prefixes = _rules().negating_prefixes
    wa, wb = ({w.lower() for w in _WORD.findall(f.evidence.sentence)} for f in (a, b))
    return any(len(w) >= 4 and f"{p}{w}" in other for p in prefixes
               for words, other in ((wa, wb), (wb, wa)) for w in words - other)


@lru_cache(maxsize=20_000)  # (asked of each figure's clause once per pair it is in)
def _direction(words: frozenset[str]) -> int:
    """+1 for a clause that says its figure went up, -1 down, 0 neither or both."""
    rules = _rules()
    up, down = bool(words & rules.up), bool(words & rules.down)
    return 0 if up == down else (1 if up else -1)


def _per_unit(fact: Figurable) -> bool:
    ev = fact.evidence
    after = ev.sentence[ev.end - ev.sentence_start:]
    return _rules().per_unit.match(after) is not None


def _change_end(fact: Figurable) -> str | None:
    ev = fact.evidence
    before = ev.sentence[:max(ev.start - ev.sentence_start, 0)]
    rules = _rules()
    if rules.change_old.search(before):
        return "old"
    return "new" if rules.change_new.search(before) else None


def _name_words(name: str) -> list[str]:
    return [_word_key(w) for w in re.findall(r"[\w&]+", name.lower()) if w not in _NAME_FILLER]


def nested_owner(a: str, b: str) -> bool:
    """Whether one owner name lies within the other, word for word ("Child Development" and "Women and
    Child Development Ministry"): a summary shortens a body's name. The shorter needs
    ``NESTED_MIN_WORDS`` content words: "India" within "Reserve Bank of India" is another owner; and
    one name of a pair joined by "and" is one of two owners."""
    if a == b:
        return False
    (short_name, short), (long_name, long) = sorted(((a, _name_words(a)), (b, _name_words(b))),
                                                    key=lambda nw: len(nw[1]))
    if len(short) < NESTED_MIN_WORDS or len(short) == len(long):
        return False
    # One of two names joined by "and" ("Neil Armstrong and Buzz Aldrin") is one of two owners.
    if any(_name_words(part) == short for part in re.split(r"\s+(?:and|&)\s+", long_name)):
        return False
    return all(w in long for w in short)


def _said_in_full(short: Figure, long: Figure) -> bool:
    """Whether the longer owner name only adds words a body's name has ("Ministry") or words the
    shorter one's own sentence says ("for Women and Child Development ..."): then the shorter is the
    same owner, cut short, not another one ("Bank of India" and the "Reserve Bank of India")."""
    said = {_word_key(w) for w in _WORD.findall(short.fact.evidence.sentence)}
    extra = set(_name_words(long.owner)) - set(_name_words(short.owner))
    return all(w in said or w in _rules().body_words for w in extra)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def figures_of(facts: Iterable[tuple[Figurable, Figurable]], stories: Stories, aliases: dict[str, str],
               linked: frozenset[str], terms: Mapping[str, list[str]] | None = None) -> list[Figure]:
    """Figures for alignment from (as compared, as written) facts; owners resolved, scopes set.

    ``linked``: owner names compared across stories. ``terms``: each article's story terms, when
    the facts no longer carry them.
    """
    # (a note's face value is nobody's figure: never compared, and no measure of its article)
    pairs = [(fact, shown) for fact, shown in facts if fact.predicate != FACE_VALUE]
    explicit: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[str, str, str]] = set()
    for fact, _ in pairs:
        if fact.subject is not None:
            story = stories.story_of(fact.evidence.doc)
            owner = aliases.get(fact.subject.name, fact.subject.name)
            if (story, owner, fact.evidence.doc) not in seen:
                seen.add((story, owner, fact.evidence.doc))
                explicit[story][owner] += 1
    main: dict[str, str | None] = {}
    for story, counts in explicit.items():
        ranked = counts.most_common(2)
        main[story] = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    sources: dict[str, Counter[str]] = defaultdict(Counter)
    for fact, _ in pairs:
        if fact.qualifiers.get("source"):
            sources[fact.evidence.doc][_publisher_key(fact.qualifiers["source"])] += 1
    places: dict[str, frozenset[str]] = {}
    held: dict[str, frozenset[str]] = {}
    values: dict[tuple[str, str, str, str], set[float]] = defaultdict(set)
    for fact, _ in pairs:
        unit = fact.value.currency if isinstance(fact, MoneyFact) else "%"
        values[(fact.evidence.doc, fact.kind, unit, fact.predicate)].add(fact.value.amount)
    written_lower = _lower_case_names(linked)
    out = []
    for fact, shown in pairs:
        doc = fact.evidence.doc
        if doc not in places:
            doc_terms = terms.get(doc) if terms is not None else fact.story_terms
            places[doc], held[doc] = places_in(doc_terms), frozenset(doc_terms or ())
        story = stories.story_of(doc)
        if fact.subject is not None:
            name = fact.subject.name
            owner = aliases.get(name, name)
            how = "acronym" if name in aliases else "canonical name"
        else:
            owner, how = main.get(story) or STORY_OWNER, STORY_OWNER
        if owner not in linked and (named := _programme_before(fact, written_lower)):
            owner, how = named, LOWER_CASE_NAME
        unit = fact.value.currency if isinstance(fact, MoneyFact) else "%"
        # Only a sum of money the sentence itself gives a linked owner is compared across stories: a
        # programme's outlay is one figure wherever it is reported, its shares and growth are not.
        crosses = owner in linked and how != STORY_OWNER and isinstance(fact, MoneyFact)
        out.append(Figure(fact=fact, shown=shown, story=story, origin=stories.origin_of(doc), owner=owner,
                          owner_how=how, scope=f"{LINKED}{owner}" if crosses else story, unit=unit,
                          per_unit=_per_unit(fact), context=_context(fact), places=places[doc],
                          publisher=_publisher(fact, sources[doc]),
                          sole=len(values[(doc, fact.kind, unit, fact.predicate)]) == 1, held=held[doc],
                          change_end=_change_end(fact)))
    return out


def _lower_case_names(linked: frozenset[str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Linked programme names of ``LOWER_CASE_MIN_WORDS`` words or more, by their first word key."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for name in linked:
        words = tuple(_word_key(w) for w in _WORD.findall(name))
        if len([w for w in words if w not in _NAME_FILLER]) >= LOWER_CASE_MIN_WORDS:
            by_first[words[0]].append((words, name))
    return by_first


def _programme_before(fact: Figurable, by_first: dict[str, list[tuple[tuple[str, ...], str]]]) -> str | None:
    """A linked programme the figure's clause names in lower case before the figure ("the local area
    development fund for MLAs has been increased from Rs 50 lakh"): names are read from capitals,
    so another article's "Local Area Development Fund" is this fund, though this one wrote it small."""
    if not by_first:
        return None
    ev = fact.evidence
    words = _WORD.findall(ev.sentence[:max(ev.start - ev.sentence_start, 0)])
    keys = [_word_key(w) for w in words]
    for i, key in enumerate(keys):
        for name_keys, name in by_first.get(key, ()):
            if tuple(keys[i:i + len(name_keys)]) == name_keys and words[i].islower():
                return name
    return None


def _market_moment(f: Figure) -> bool:
    """A share's price at one moment (``market_moment`` in ``patterns/alignment.json``)."""
    rules = _rules()
    return f.fact.predicate in rules.moment_measures and not f.per_unit and bool(f.context & rules.moment_words)


def _publisher_key(source: str) -> str:
    words = source.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _publisher(fact: Figurable, sources: Counter[str]) -> str | None:
    """Who compiled a statistic of a place or a thing ("the average UK house price"): the source its
    sentence names, else the source the article cites most (the index it reports). None for a
    figure of a named owner: two outlets quoting two sources on one company's profit disagree."""
    if fact.subject is not None and fact.subject.label not in _rules().aggregate_owners:
        return None
    own = fact.qualifiers.get("source")
    if own:
        return _publisher_key(own)
    ranked = sources.most_common(2)
    return ranked[0][0] if len(ranked) == 1 or (ranked and ranked[0][1] > ranked[1][1]) else None


def _meaning(fact: Figurable) -> dict[str, str]:
    q = fact.qualifiers
    whole = fact.predicate in _rules().whole
    return {k: q[k] for k in MEANING_QUALIFIERS if k in q
            and (k != "year" or q.get("date_precision") == "year")
            and not (k == "purpose" and whole)}


def _differs(a: Figurable, b: Figurable) -> tuple[str | None, bool]:
    """(what differs: None, "period" or "scope"; whether the pair is comparable at all).

    Two different date expressions ("last year", "this year") are different periods even when
    neither could be resolved to a date.
    """
    qa, qb = _meaning(a), _meaning(b)
    da, db = (" ".join(f.qualifiers.get("date_text", "").lower().split()) for f in (a, b))
    differs = "period" if da and db and da != db or _other_reporting_period(a, b) else None
    for key in MEANING_QUALIFIERS:
        va, vb = qa.get(key), qb.get(key)
        if key == "scope":
            va, vb = va or "whole", vb or "whole"
        elif key == "adjustment":  # a seasonally adjusted rate and a raw one are two measures
            va, vb = va or "none", vb or "none"
        elif key == "comparison":  # "Rs 1,500 crore more than England" is no total; a percentage
            if isinstance(a, PercentFact):  # "more than" is a change, which growth already says
                continue
            va, vb = va or "absolute", vb or "absolute"
        if va is None or vb is None or va == vb:
            continue
        if key in PERIOD_QUALIFIERS:
            differs = differs or "period"
        elif key == "scope":
            differs = "scope"
        else:
            return None, False  # another purpose or place: another measure
    if _complementary(a, b) or _negated(a, b):
        differs = "scope"  # 19% spent and 81% unspent, Rs 200 crore used and Rs 700 crore unused: two parts
    return differs, True


def _complementary(a: Figurable, b: Figurable) -> bool:
    """Two shares that add up to the whole ("19% was spent" / "81% went unused"): the two parts a
    whole splits into, which two sources describe from either side, not one share given twice."""
    if not (isinstance(a, PercentFact) and isinstance(b, PercentFact)) or a.value.high or b.value.high:
        return False
    x, y = a.value.amount, b.value.amount
    return x != y and abs(x + y - 100.0) <= COMPLEMENT_SLACK


def _other_reporting_period(a: Figurable, b: Figurable) -> bool:
    """A weekend's or a quarter's figure against a total, or the same period word in articles not
    dated within that period of each other ("last weekend" in two undated articles)."""
    return other_period(a.qualifiers.get("period"), b.qualifiers.get("period"),
                        a.evidence.published, b.evidence.published)  # type: ignore[arg-type]


def _one_actor(a: Figure, b: Figure) -> bool:
    """Whether two owners read apart can be one actor's: not when each is a name its own article
    gives and the other article never speaks of ("Monsanto agreed to pay a $1.5m fine" and "It
    [Titan] agreed to pay $13m in penalties": two bribery cases, two fines)."""
    if not (_named_actor(a) and _named_actor(b)):
        return True  # "the family", "US" in "15 US bitcoins": a role or a place, not another actor
    return _holds(b.held, a.owner) or _holds(a.held, b.owner)


def _named_actor(f: Figure) -> bool:
    return f.fact.subject is not None and f.fact.subject.label not in _rules().aggregate_owners


def _holds(held: frozenset[str], owner: str) -> bool:
    words = [t for t in map(story_term, re.findall(r"\w+", owner)) if t]
    return bool(words) and all(w in held for w in words)


def _only_reported(f: Figure, other: Figure, stories: Stories | None) -> bool:
    """Whether ``f`` may be held to ``other``: it has no hedge, or only "reportedly" in a summary
    written from ``other``'s article, whose report is the one the summary points at."""
    hedge = f.fact.qualifiers.get("hedge")
    return hedge is None or (hedge in _rules().attribution_hedges and stories is not None
                             and stories.summarises(f.doc, other.doc))


@lru_cache(maxsize=20_000)  # (asked of each figure's sentence once per pair it is in)
def _prose(sentence: str) -> bool:
    """Whether a sentence holds none of the marks of a table or a list (``not_prose``)."""
    return not any(ch in sentence for ch in _rules().not_prose)


def score_pair(a: Figure, b: Figure, stories: Stories | None = None) -> Pair | None:
    """The pair if ``a`` and ``b`` are comparable, with its score; None when they are not.

    With ``stories``, two articles of one story are compared only when they report the same news
    themselves (``Stories.same_news``), not merely through a chain of others.
    """
    if (a.scope, a.fact.kind, a.unit, a.per_unit) != (b.scope, b.fact.kind, b.unit, b.per_unit):
        return None
    if not (_only_reported(a, b, stories) and _only_reported(b, a, stories)):
        return None  # "reportedly Rs X", "could cost": not a claim to hold another source to
    if "conversion_of" in a.fact.qualifiers or "conversion_of" in b.fact.qualifiers:
        return None  # "14bn euros ($18.34bn)": the figures as the sources wrote them are compared
    if not (_prose(a.fact.evidence.sentence) and _prose(b.fact.evidence.sentence)):
        return None
    if _opposite_ends(a, b):
        return None  # a change's old value and its new one: two moments of one figure
    if _direction(a.context) * _direction(b.context) < 0:
        return None  # one rose, the other fell: two moves, not one figure
    # A programme's total is one figure wherever it is reported; any other figure only in the same news.
    far = a.story != b.story or (stories is not None and not stories.same_news(a.doc, b.doc))
    if far and not a.scope.startswith(LINKED):
        return None
    generic = STORY_OWNER in (a.owner_how, b.owner_how)
    # Owners read apart: one name within the other is one owner; else a measure each article of the
    # same news gives once (a ransom, a bail) is one figure, whoever the sentences name.
    nested = a.owner != b.owner and not generic and nested_owner(a.owner, b.owner) \
        and _said_in_full(*sorted((a, b), key=lambda f: len(_name_words(f.owner))))
    sole = a.owner != b.owner and not generic and not nested and not far and a.sole and b.sole \
        and a.fact.predicate == b.fact.predicate and a.fact.predicate in _rules().singular and _one_actor(a, b)
    if a.owner != b.owner and not (generic or nested or sole):
        return None
    if a.origin == b.origin:
        return None
    if a.publisher and b.publisher and a.publisher != b.publisher:
        return None  # two compilers' figures (the Halifax and the Nationwide index): two measures
    if _market_moment(a) or _market_moment(b):
        return None  # a share price "closed at" one day and "was suspended at" another: two moments
    if a.fact.predicate in _rules().place_bound and other_places(a.places, b.places):
        return None  # Goa's vote share and Manipur's, each named only in its own headline
    differs, comparable = _differs(a.fact, b.fact)
    if not comparable:
        return None
    pa, pb = a.fact.predicate, b.fact.predicate
    named = "mentions" not in (pa, pb) and same_measure(pa, pb)
    # A measure both sides name ("budget", "outlay") counts as one word the clauses share.
    overlap = _overlap(a.context | {"\0measure"} if named else a.context,
                       b.context | {"\0measure"} if named else b.context)
    # Owners and measures are read from text: two clauses that share no words rarely report one
    # figure, however their predicates came out; with a borrowed owner, half their words must match.
    if a.context and b.context and overlap < (GENERIC_OVERLAP_MIN if generic else OVERLAP_MIN):
        return None  # (a bare figure, as in a table cell, has no clause to compare)
    if sole:
        if pa in _rules().singular_alike and overlap < GENERIC_OVERLAP_MIN:
            return None  # a price paid and a bid planned: one only when the clauses say the same
        score = MEASURE_SCORE + OVERLAP_WEIGHT * overlap - OTHER_OWNER_PENALTY
        return Pair(a, b, round(score, 6), f"{SOLE_MEASURE} ({pa}: the only one in each article)",
                    round(overlap, 4), differs)
    if far and (overlap < CONTEXT_MIN or not {pa, pb} <= _rules().whole):
        return None  # beyond one piece of news, only a programme's total, in clauses that say the same thing
    if pa != "mentions" and pb != "mentions":
        if not named:
            return None
        how = f"same measure ({pa})" if pa == pb else f"same measure ({pa} = {pb})"
        base = MEASURE_SCORE
    elif overlap >= CONTEXT_MIN:
        how, base = f"clause context ({pa} / {pb})", CONTEXT_SCORE
    else:
        return None
    score = base + OVERLAP_WEIGHT * overlap
    if not generic and not nested:
        score += NAMED_OWNERS_BONUS
    elif a.owner != b.owner:
        score -= OTHER_OWNER_PENALTY
    periods = [set(_meaning(f.fact)) & set(PERIOD_QUALIFIERS) for f in (a, b)]
    if periods[0] != periods[1]:
        score -= MISSING_PERIOD_PENALTY
    return Pair(a, b, round(score, 6), how, round(overlap, 4), differs)


def _key(f: Figure) -> tuple[str, int, int]:
    return (f.doc, f.fact.evidence.start, f.fact.evidence.end)


def _one_to_one(candidates: list[Pair], agree: Callable[[Figurable, Figurable], bool]) -> list[Pair]:
    """Best first, each figure once; a figure with two equally good, disagreeing partners gets none."""
    partners: dict[tuple[str, int, int], list[Pair]] = defaultdict(list)
    for p in candidates:
        partners[_key(p.a)].append(p)
        partners[_key(p.b)].append(p)
    ambiguous = set()
    for key, ps in partners.items():
        ps.sort(key=lambda p: -p.score)
        if len(ps) > 1 and ps[0].score - ps[1].score < TIE:
            first, second = (p.b if _key(p.a) == key else p.a for p in ps[:2])
            if not agree(first.fact, second.fact):
                ambiguous.add(key)
    used: set[tuple[str, int, int]] = set()
    chosen = []
    for p in sorted(candidates, key=lambda p: (-p.score, _key(p.a), _key(p.b))):
        ka, kb = _key(p.a), _key(p.b)
        if ka in ambiguous or kb in ambiguous or ka in used or kb in used:
            continue
        used.update((ka, kb))
        chosen.append(p)
    return chosen


def _list_key(f: Figure) -> tuple[str, str, str]:
    return (f.origin, f.owner, f.fact.predicate)


def _lists(members: list[Figure]) -> set[tuple[str, str, str]]:
    """Owner and measure keys an origin gives LIST_VALUES or more different values for: a list
    ("a cess of 204% on gutkha, 60% on pan masala, 290% on cigarettes"), whose items the owner and
    measure alone do not tell apart."""
    values: dict[tuple[str, str, str], set[float]] = defaultdict(set)
    for f in members:
        amount = getattr(f.fact.value, "amount", None)
        if amount is not None:
            values[_list_key(f)].add(amount)
    return {k for k, v in values.items() if len(v) >= LIST_VALUES}


def _opposite_ends(a: Figure, b: Figure) -> bool:
    return a.change_end is not None and b.change_end is not None and a.change_end != b.change_end


def _matched_elsewhere(f: Figure, others: list[Figure], agree: Callable[[Figurable, Figurable], bool]) -> bool:
    """Whether the other source gives ``f``'s value: not as the other end of a change, nor as a bound
    far from it ("over Rs 1 lakh" holds Rs 50 lakh, but a writer would not put it so)."""
    return any(agree(f.fact, o.fact) for o in others
               if not _opposite_ends(f, o) and not (_open(o.fact) and not _open(f.fact) and _far_below(f.fact, o.fact)))


def _open(fact: Figurable) -> bool:
    return fact.value.approx in ("over", "under")


def _far_below(value: Figurable, bound: Figurable) -> bool:
    """Whether ``value`` is more than BOUND_REACH times off the number its ``bound`` states."""
    x, y = abs(value.value.amount), abs(bound.value.amount)
    return min(x, y) * BOUND_REACH < max(x, y)


def align(figures: list[Figure], agree: Callable[[Figurable, Figurable], bool],
          stories: Stories | None = None) -> list[Pair]:
    """Comparable pairs, one to one per pair of origins: those that agree in every meaning qualifier
    first, then (among figures left) those that differ only in period or part vs whole.

    ``agree`` says whether two values are the same figure (within tolerance or rounding). The same
    value written by the other source is the strongest sign of which figure it reports: a pair that
    agrees scores ``VALUE_MATCH`` more, and a figure whose value the other source gives anywhere
    (under any owner or measure we read) is paired only with a figure that agrees with it. Owners
    and measures are read from text and are sometimes wrong; a value both sources print is not.
    """
    blocks: dict[tuple, list[Figure]] = defaultdict(list)
    everywhere: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
    for f in figures:
        blocks[(f.scope, f.fact.kind, f.unit, f.per_unit)].append(f)
        everywhere[(f.story, f.origin, f.fact.kind, f.unit)].append(f)
    pairs: list[Pair] = []
    for _, members in sorted(blocks.items(), key=lambda kv: kv[0]):
        by_origin: dict[str, list[Figure]] = defaultdict(list)
        for f in members:
            by_origin[f.origin].append(f)
        if len(by_origin) < 2:
            continue  # one source: nothing to pair (most blocks)
        listed = _lists(members)
        # A block of one story (its scope is not LINKED) pairs figures only of articles that report
        # the same news (``far`` in score_pair): two origins none of whose articles do give no pair,
        # and are passed over before their figures are scored (most pairs of a story's origins).
        news_only = stories is not None and not members[0].scope.startswith(LINKED)
        docs = {o: {f.doc for f in fs} for o, fs in by_origin.items()} if news_only else {}
        for oa, ob in combinations(sorted(by_origin), 2):
            if news_only and not any(stories.same_news(x, y) for x in docs[oa] for y in docs[ob]):
                continue
            scored = []
            for a in by_origin[oa]:
                # Whether ob's source gives a's value anywhere: read once, and only for a pair that needs it.
                a_found: bool | None = None
                for b in by_origin[ob]:
                    p = score_pair(a, b, stories)
                    if p is None:
                        continue
                    if p.overlap < LIST_OVERLAP_MIN and ({_list_key(a), _list_key(b)} & listed) \
                            and not agree(a.fact, b.fact):
                        continue  # one rate of a list (cess on cars, on cigarettes...) needs its item's words
                    if agree(a.fact, b.fact):
                        p = replace(p, score=round(p.score + VALUE_MATCH, 6))
                    else:
                        if a_found is None:
                            a_found = _matched_elsewhere(a, everywhere[(a.story, ob, a.fact.kind, a.unit)], agree)
                        if a_found or _matched_elsewhere(b, everywhere[(b.story, oa, b.fact.kind, b.unit)], agree):
                            continue
                    scored.append(p)
            strict = _one_to_one([p for p in scored if p.differs is None], agree)
            taken = {_key(f) for p in strict for f in (p.a, p.b)}
            loose = _one_to_one([p for p in scored if p.differs is not None
                                 and _key(p.a) not in taken and _key(p.b) not in taken], agree)
            chosen = strict + loose
            pairs.extend(chosen + _echoes(chosen, by_origin[oa] + by_origin[ob], agree))
    return pairs


def _bound(fact: Figurable) -> bool:
    """A bound or a range ("over Rs 6 crore", "up to 5%", "10-12%") rather than one value."""
    return fact.value.approx in ("over", "under") or getattr(fact.value, "high", None) is not None


def _echoes(chosen: list[Pair], members: list[Figure], agree: Callable[[Figurable, Figurable], bool]) -> list[Pair]:
    """A figure its article repeats (the headline's "25%" and the body's "about 25%"), paired with
    the figure its repetition was paired with: one claim, shown with both its spans. A repetition is
    a figure of the same article, measure and value left unpaired, whose clause shares at least
    ``GENERIC_OVERLAP_MIN`` of its words with either figure of the pair."""
    used = {_key(f) for p in chosen for f in (p.a, p.b)}
    out = []
    for p in chosen:
        for x, partner in ((p.a, p.b), (p.b, p.a)):
            for f in members:
                if _key(f) in used or f.doc != x.doc or f.fact.predicate != x.fact.predicate \
                        or "hedge" in f.fact.qualifiers or "conversion_of" in f.fact.qualifiers \
                        or _bound(f.fact) or _bound(x.fact) or not agree(f.fact, x.fact):
                    continue  # ("over Rs 2 crore" agrees with any larger sum: not one value written twice)
                if max(_overlap(f.context, x.context), _overlap(f.context, partner.context)) < GENERIC_OVERLAP_MIN:
                    continue
                used.add(_key(f))
                out.append(replace(p, a=f, b=partner) if x is p.a else replace(p, a=partner, b=f))
    return out
