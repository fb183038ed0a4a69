"""Doc -> fact records: who a figure belongs to, what it measures, and its evidence.

Attribution is token-distance rules over the entities and trigger spans the
pipeline marked, tuned by data in ``patterns/attribution.json``: the nearest
subject in the sentence wins (programmes over organisations over countries
over minerals), a figure's predicate comes from the trigger words between the
neighbouring figures, and "the mission" / "it" point back to the last
programme named in the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import numpy

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doctext import doc_text, make_doc
from .acronyms import canonical_name
from .articles import Article
from .components import BOILERPLATE_KEY, amounts_of
from .dates import resolve_date
from .patterns import load_table
from .pipeline import TRIGGERS_KEY
from .records import (
    AnyFact,
    DefinitionFact,
    DefinitionValue,
    Evidence,
    MoneyFact,
    PercentFact,
    Subject,
    fact_id,
)
from .relations import relation_facts

SUBJECT_LABELS = frozenset({"PROGRAMME", "ORG", "COUNTRY", "GPE", "MINERAL", "NORP"})
# Predicates that describe a share or change, not an amount of money, and the
# order in which a percentage prefers them when several trigger words are near.
PERCENT_PREDICATES = ("production_share", "market_share", "export_share", "import_share", "growth", "share")


@dataclass(frozen=True)
class _Rules:
    label_penalty: dict[str, int]
    after_penalty: int
    max_distance: int
    anaphora: dict[str, str | None]
    anaphora_re: re.Pattern[str]
    hedge_re: re.Pattern[str]
    qualifiers: tuple[tuple[str, str | None, re.Pattern[str], str], ...]
    date_re: re.Pattern[str]
    attributive_re: re.Pattern[str]
    attributive_predicate: str
    attributive_gap: int
    clause_penalty: int
    after_link_re: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = load_table("attribution.json")
    anaphora = data["anaphora"]
    words = sorted(anaphora, key=len, reverse=True)
    return _Rules(
        label_penalty=data["label_penalty"],
        after_penalty=data["after_penalty"],
        max_distance=data["max_distance"],
        anaphora=anaphora,
        anaphora_re=re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I),
        hedge_re=re.compile(r"\b(?:" + "|".join(map(re.escape, data["hedges"])) + r")\b", re.I),
        qualifiers=tuple(
            (q["name"], q.get("value"), re.compile(q["regex"], re.I), q["where"]) for q in data["qualifiers"]
        ),
        date_re=re.compile(data["date_expressions"], re.I),
        attributive_re=re.compile(data["attributive"]["regex"], re.I),
        attributive_predicate=data["attributive"]["predicate"],
        attributive_gap=data["attributive"]["max_gap_chars"],
        clause_penalty=data["clause_penalty"],
        after_link_re=re.compile(r"\b(?:" + "|".join(data["after_links"]) + r")\s+(?:the\s+|its\s+|their\s+)?$", re.I),
    )


class _DocContext:
    """What attribution needs about one doc, each piece computed once and only when first asked for:
    nearly half the articles of our corpora hold no fact at all, and those need none of it."""

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.article = article
        self.definitions = list(getattr(doc._, "newsfacts_definitions", None) or [])
        self._sentences: dict[int, Span] = {}
        self._anaphora: dict[int, list[re.Match[str]]] = {}

    @cached_property
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        """(first token, first character) of every sentence, read from the token arrays: building
        every sentence Span (``list(doc.sents)``) costs more than the facts of a typical article."""
        doc = self.doc
        if not len(doc):
            return [0], [0]
        columns = doc.to_array(["SENT_START", "IDX"])
        starts = numpy.flatnonzero(columns[:, 0] == 1)
        if not len(starts) or starts[0] != 0:
            starts = numpy.concatenate(([0], starts))  # the first token always opens a sentence
        return starts.tolist(), columns[starts, 1].tolist()

    @cached_property
    def boilerplate(self) -> list[tuple[int, int]]:
        return [(s.start_char, s.end_char) for s in self.doc.spans.get(BOILERPLATE_KEY, [])]

    @cached_property
    def all_ents(self) -> list[Span]:
        # doc.ents walks every token, and Span.ents walks doc.ents: read them once per doc.
        return list(self.doc.ents)

    @cached_property
    def ents(self) -> list[Span]:
        return [e for e in self.all_ents if e.label_ in SUBJECT_LABELS]

    @cached_property
    def ent_starts(self) -> list[int]:
        return [e.start_char for e in self.ents]

    @cached_property
    def aliases(self) -> dict[str, tuple[str, str]]:
        return self._aliases()

    @cached_property
    def triggers(self) -> list[Span]:
        return sorted(self.doc.spans.get(TRIGGERS_KEY, []), key=lambda s: s.start)

    def anaphora_in(self, sent: Span) -> list[re.Match[str]]:
        """Anaphora words ("the mission", "it") in ``sent``, found once per sentence rather than once
        per figure in it (a sentence dense with figures cost the square of its length)."""
        found = self._anaphora.get(sent.start_char)
        if found is None:
            found = self._anaphora[sent.start_char] = list(
                _rules().anaphora_re.finditer(self.text, sent.start_char, sent.end_char))
        return found

    @cached_property
    def _trigger_starts(self) -> list[int]:
        return [t.start_char for t in self.triggers]

    def triggers_within(self, lo: int, hi: int) -> list[Span]:
        """Trigger spans inside [lo, hi), in order, by binary search (a scan per figure was quadratic)."""
        i = bisect.bisect_left(self._trigger_starts, lo)
        found = []
        while i < len(self.triggers) and self.triggers[i].start_char < hi:
            if self.triggers[i].end_char <= hi:
                found.append(self.triggers[i])
            i += 1
        return found

    def _aliases(self) -> dict[str, tuple[str, str]]:
        """Acronym -> (canonical name, acronym), from this article's own definitions and the gazetteer."""
        aliases: dict[str, tuple[str, str]] = {}
        for d in self.definitions:
            # A gazetteer entity overlapping either form names the pair ("Critical Minerals and
            # Materials (CMM) program": the entity spans beyond the long form).
            overlapping = self.ents_overlapping(d.long_start, d.long_end) + self.ents_overlapping(
                d.short_start, d.short_end)
            known = next((e.ent_id_ for e in sorted(overlapping, key=lambda e: e.start) if e.ent_id_), None)
            aliases[d.short] = (known or canonical_name(d.long), d.short)
        return aliases

    @cached_property
    def _all_ent_ends(self) -> list[int]:
        return [e.end_char for e in self.all_ents]

    def ents_overlapping(self, start: int, end: int) -> list[Span]:
        """Entities (any label) overlapping [start, end), by binary search: doc.ents never overlap
        one another, so they are sorted by both ends (a scan per definition was quadratic)."""
        i = bisect.bisect_right(self._all_ent_ends, start)
        found = []
        while i < len(self.all_ents) and self.all_ents[i].start_char < end:
            found.append(self.all_ents[i])
            i += 1
        return found

    def ents_in(self, sent: Span, labels: Iterable[str] = SUBJECT_LABELS) -> list[Span]:
        """Subject-like entities inside ``sent``, in order."""
        lo = bisect.bisect_left(self.ent_starts, sent.start_char)
        hi = bisect.bisect_left(self.ent_starts, sent.end_char)
        return [e for e in self.ents[lo:hi] if e.label_ in labels and e.end_char <= sent.end_char]

    def ents_in_doc(self, labels: Iterable[str]) -> list[Span]:
        return [e for e in self.ents if e.label_ in labels]

    def sentence_of(self, char: int) -> Span:
        token_starts, char_starts = self._sentence_bounds
        i = max(0, bisect.bisect_right(char_starts, char) - 1)
        sent = self._sentences.get(i)
        if sent is None:
            end = token_starts[i + 1] if i + 1 < len(token_starts) else len(self.doc)
            sent = self._sentences[i] = self.doc[token_starts[i]:end]
        return sent

    def in_boilerplate(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.boilerplate)

    def subject_of_entity(self, ent: Span) -> Subject:
        text = ent.text
        if text in self.aliases:
            name, acronym = self.aliases[text]
        elif ent.ent_id_:
            name = ent.ent_id_
            acronym = text if text.isupper() or _looks_like_acronym(text) else None
        else:
            name, acronym = canonical_name(text), (text if _looks_like_acronym(text) else None)
            for short, (alias_name, _) in self.aliases.items():
                if alias_name == name:
                    acronym = short
        if acronym is None:
            acronym = next((s for s, (n, _) in self.aliases.items() if n == name), None)
        return Subject(text=text, name=name, acronym=acronym, label=ent.label_)

    def resolve_anaphor(self, word: str | None, before_char: int) -> Subject | None:
        """The last programme named before ``before_char`` whose name ends with the anaphor's head noun
        ("the mission" -> "... Mission"), else the last programme of any kind."""
        head = _rules().anaphora.get(word) if word else None
        idx = bisect.bisect_left(self.ent_starts, before_char)
        programmes = [e for e in self.ents[:idx] if e.label_ == "PROGRAMME"]
        for ent in reversed(programmes):
            subject = self.subject_of_entity(ent)
            if head is None or subject.name.lower().rstrip("s").endswith(head.rstrip("s")):
                return subject
        return self.subject_of_entity(programmes[-1]) if programmes else None


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and " " not in text and sum(c.isupper() for c in letters) >= 2


def _pick_subject(ctx: _DocContext, sent: Span, token_start: int, token_end: int,
                  start_char: int, end_char: int) -> tuple[Subject | None, bool]:
    """The figure's subject, and whether the figure is attributive ("a Rs 7,000-crore scheme")."""
    rules = _rules()
    text = ctx.text
    # Attributive: the figure modifies a programme named (or a programme noun) right after it.
    follow = rules.attributive_re.match(text, end_char, sent.end_char)
    if follow is not None:
        ent = next((e for e in ctx.ents_in(sent, ("PROGRAMME",)) if e.start_char == follow.end()), None)
        if ent is not None:
            return ctx.subject_of_entity(ent), True
        if follow.group("head"):
            resolved = ctx.resolve_anaphor(follow.group("head").lower(), sent.start_char)
            if resolved is not None:
                return resolved.model_copy(update={"text": follow.group("head")}), True
    candidates: list[tuple[int, Subject]] = []
    for ent in ctx.ents_in(sent):
        if ent.start_char < end_char and ent.end_char > start_char:
            continue  # "US" in "US $675 million" is part of the figure, not its owner
        if ent.end <= token_start:
            distance = token_start - ent.end
        elif ent.start >= token_end and ent.label_ == "PROGRAMME":
            # Only a programme can own a figure named before it; "under X" / "for X" say it does.
            linked = rules.after_link_re.search(text, end_char, ent.start_char)
            distance = ent.start - token_end + (0 if linked else rules.after_penalty)
        else:
            continue
        if distance <= rules.max_distance:
            candidates.append((distance + rules.label_penalty.get(ent.label_, 10), ctx.subject_of_entity(ent)))
    pronoun_before = False
    for m in ctx.anaphora_in(sent):
        word = m.group(0).lower()
        before = m.end() <= start_char
        if rules.anaphora[word] is None and not before:
            continue  # "it" after the figure is rarely its owner
        pronoun_before = pronoun_before or before
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.start < sent.start or (span.start < token_end and span.end > token_start):
            continue
        resolved = ctx.resolve_anaphor(word, sent.start_char)
        if resolved is None:
            continue
        resolved = resolved.model_copy(update={"text": m.group(0)})
        distance = token_start - span.end if before else span.start - token_end + rules.after_penalty
        candidates.append((distance + rules.label_penalty["PROGRAMME"], resolved))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1], False
    # Nothing in the sentence: the programme the article was last talking about.
    return ctx.resolve_anaphor(None, sent.start_char), False


def _window(sent: Span, figures: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """Characters between the neighbouring figures in the same sentence: one figure's clause."""
    start, end = figures[index]
    lo = sent.start_char
    hi = sent.end_char
    if index > 0 and figures[index - 1][1] > lo:
        lo = figures[index - 1][1]
    if index + 1 < len(figures) and figures[index + 1][0] < hi:
        hi = figures[index + 1][0]
    return lo, hi


def _pick_predicate(ctx: _DocContext, kind: str, lo: int, hi: int, start: int, end: int,
                    attributive: bool = False) -> str:
    rules = _rules()
    text = ctx.text
    candidates = ctx.triggers_within(lo, hi)
    if kind == "percent":
        ids = {t.id_ for t in candidates}
        for predicate in PERCENT_PREDICATES:
            if predicate in ids:
                return predicate
        return "share" if _has_share_shape(text, end, hi) else "mentions"
    candidates = [t for t in candidates if (t.id_ or "") not in PERCENT_PREDICATES]
    if attributive:
        # "a Rs 1,500 crore incentive scheme": only a trigger between the figure and its noun counts.
        between = [t for t in candidates if t.start_char >= end and t.start_char - end <= rules.attributive_gap]
        return between[0].id_ if between else rules.attributive_predicate
    # "Rs 7,000 crore of the mission's budget is earmarked": the noun after "of" is the whole, not the predicate.
    candidates = [t for t in candidates if not (t.start_char >= end and _PART_OF.match(text, end, t.start_char))]
    if not candidates:
        return "mentions"

    def distance(t: Span) -> int:
        gap = text[t.end_char:start] if t.end_char <= start else text[end:t.start_char]
        # A trigger in another clause ("Within the outlay, Rs 7,000 crore is set apart") is a weaker claim.
        return len(gap.split()) + (rules.clause_penalty if any(c in gap for c in ",;:") else 0)

    return min(candidates, key=distance).id_ or "mentions"


_PART_OF = re.compile(r"\s+(?:of|out\s+of|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:total\s+)?$", re.I)


def _has_share_shape(text: str, end: int, hi: int) -> bool:
    return bool(re.match(r"\s+of\b", text[end:hi]))


def _qualifiers(ctx: _DocContext, sent: Span, lo: int, hi: int, start: int, end: int) -> dict[str, str]:
    rules = _rules()
    text = ctx.text
    found: dict[str, str] = {}
    for name, fixed, regex, where in rules.qualifiers:
        spans = {"before": (lo, start), "after": (end, hi), "any": (lo, hi)}[where]
        m = regex.search(text, *spans)
        if m:
            found[name] = fixed if fixed is not None else " ".join(m.group("value").split())
    date = _nearest(rules.date_re, text, lo, hi, start, end) or _nearest(
        rules.date_re, text, sent.start_char, sent.end_char, start, end)
    if date is not None:
        resolved = resolve_date(date, ctx.article.published)
        found["date_text"] = " ".join(date.split())
        if resolved.date is not None:
            found["date"] = resolved.date.isoformat()
            found["date_precision"] = resolved.precision or "day"
            found["year"] = str(resolved.date.year)
        else:
            found["date_status"] = "needs a reference date"
    hedge = rules.hedge_re.search(text, lo, hi)
    if hedge:
        found["hedge"] = hedge.group(0).lower()
    return found


def _nearest(regex: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    best = None
    for m in regex.finditer(text, lo, hi):
        d = start - m.end() if m.end() <= start else m.start() - end
        if d >= 0 and (best is None or d < best[0]):
            best = (d, m.group("value"))
    return best[1] if best else None


def _evidence(ctx: _DocContext, sent: Span, start: int, end: int) -> Evidence:
    # Sliced from the kept text: Span.text would join the sentence's tokens again.
    return Evidence(doc=ctx.article.id, published=ctx.article.published,
                    sentence=ctx.text[sent.start_char:sent.end_char],
                    sentence_start=sent.start_char, start=start, end=end)


def _amount_facts(ctx: _DocContext) -> Iterator[AnyFact]:
    matches = [m for m in amounts_of(ctx.doc) if not ctx.in_boilerplate(m.start, m.end)]
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(matches):
        by_sentence.setdefault(ctx.sentence_of(m.start).start, []).append(i)
    for i, m in enumerate(matches):
        sent = ctx.sentence_of(m.start)
        siblings = by_sentence[sent.start]
        figures = [(matches[j].start, matches[j].end) for j in siblings]
        lo, hi = _window(sent, figures, siblings.index(i))
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        tok_start, tok_end = (span.start, span.end) if span is not None else (sent.start, sent.end)
        subject, attributive = _pick_subject(ctx, sent, tok_start, tok_end, m.start, m.end)
        predicate = _pick_predicate(ctx, m.kind, lo, hi, m.start, m.end, attributive)
        qualifiers = _qualifiers(ctx, sent, lo, hi, m.start, m.end)
        cls = MoneyFact if m.kind == "money" else PercentFact
        yield cls(
            id=fact_id(ctx.article.id, m.kind, m.start, m.end),
            subject=subject, predicate=predicate, value=m.value, qualifiers=qualifiers,
            evidence=_evidence(ctx, sent, m.start, m.end),
        )


def _definition_facts(ctx: _DocContext) -> Iterator[AnyFact]:
    for d in ctx.definitions:
        if ctx.in_boilerplate(d.long_start, d.long_end):
            continue
        name, _ = ctx.aliases[d.short]
        label = next((e.label_ for e in ctx.ents_overlapping(d.long_start, d.long_end)
                      if e.label_ in SUBJECT_LABELS), "ACRONYM")
        start, end = min(d.short_start, d.long_start), max(d.short_end, d.long_end)
        sent = ctx.sentence_of(start)
        yield DefinitionFact(
            id=fact_id(ctx.article.id, "definition", start, end),
            subject=Subject(text=d.short, name=name, acronym=d.short, label=label),
            predicate="stands_for",
            value=DefinitionValue(short=d.short, long=" ".join(d.long.split())),
            evidence=_evidence(ctx, sent, start, end),
        )


def extract_facts(doc: Doc, article: Article) -> list[AnyFact]:
    """Every fact in one processed article, in text order."""
    ctx = _DocContext(doc, article)
    facts: list[AnyFact] = [*_amount_facts(ctx), *_definition_facts(ctx), *relation_facts(ctx)]
    facts.sort(key=lambda f: (f.evidence.start, f.evidence.end, f.kind))
    return facts


def facts_from_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, list[AnyFact]]]:
    """Stream (article, facts) pairs; spaCy batches the texts, we keep the input order."""
    pairs = ((make_doc(nlp, a.text), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, extract_facts(doc, article)
