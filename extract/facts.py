"""Doc -> fact records: each figure with its owner, measure, qualifiers and evidence.

This module only assembles records. Who a figure belongs to is decided in
``owners`` and what it measures in ``measures`` (both driven by data in
``patterns/``); the qualifiers that change a figure's meaning (part of a
whole, purpose, period, year, date) come from ``patterns/attribution.json``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any

import numpy

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doctext import make_doc, original_text, sent_starts, token_offsets
from .acronyms import canonical_name
from .articles import Article
from .amounts import AmountMatch, read_lost_signs
from .components import BOILERPLATE_KEY, amounts_of
from .dates import resolve_date
from .patterns import load_table
from .periods import reporting_period
from .pipeline import TRIGGERS_KEY
from .records import (
    AnyFact,
    DefinitionFact,
    DefinitionValue,
    Evidence,
    MoneyFact,
    PercentFact,
    Subject,
    evolve,
    fact_id,
)
from .measures import (
    FACE_VALUE,
    Trigger,
    choose_measure,
    figure_measure,
    hedge_of,
    moved_currency,
    names_a_change,
    percent_fallback,
    priced_currency,
    referred_back_measure,
    refine_for_owner,
    refine_for_films,
    thing_measure as thing_figure_measure,
)
from .discourse import topic_before
from .names import Candidate, candidates_in, entity_candidate, inside_body_name, opens_a_name
from .clause_subject import (
    clause_subject, government_antecedent, government_subject, opening_place, passive_agent,
)
from .national import national_owner
from .owner_rules import owner_rules
from .owners import attributed_thing, attributive_owner, choose_owner, described_owner, named_description, teaser_end
from .stories import story_terms, with_story_terms
from .relations import relation_facts

SUBJECT_LABELS = frozenset({"PROGRAMME", "ORG", "COUNTRY", "GPE", "MINERAL", "NORP"})
# Figures in one sentence beyond which it is a list or a table, not prose; the corpora's most
# crowded sentence holds 26. See _listed.
CROWDED_FIGURES = 64


@dataclass(frozen=True)
class _Rules:
    qualifiers: tuple[tuple[str, str | None, re.Pattern[str], str], ...]
    date_re: re.Pattern[str]


# Between two figures of one quantity: "X, down from (last year's) Y", "from X to Y", "X against Y".
_SAME_QUANTITY_GAP = re.compile(
    r"[ \t]*\)?,?[ \t]*(?:(?:down|up|higher|lower|rising|falling|slightly)[ \t]+)?"
    r"(?:from|to|against|compared[ \t]+(?:with|to)|versus|vs\.?|as[ \t]+against)[ \t]+"
    r"(?:(?:the|a|an|just|about|around|nearly|almost|some|over|under|only|[\w-]+[’']s)[ \t]+){0,2}")
# also "ENERGY BILLRailways", and a news agency's dateline: "New Delhi, May 3 (PTI) Registering losses ...";
# a stop glued to the next sentence by a scrape that lost its space ("Rs 30,000."Suppose, this pay-band",
# "(PAN).Approximately 70 per cent"), and the headline of a pasted link ("Read more: Guard the tomatoes you
# buy"): the capital after either opens a sentence, so an English word there is no name
_AFTER_LIST_MARKER = re.compile(r"[.!?]#?\d{1,2}[.)]?[ \t]*$|(?<![a-z0-9'’])[A-Z]{3,}$"
                                r"|\((?:PTI|IANS|ANI|UNI|AFP|AP|Reuters)\)[ \t]*$"
                                r"|(?<=[a-z0-9)\"”’'])[.!?][\"“”'’]?$"
                                r"|(?i:also read|read also|read more|must read)[ \t]*[:|-]?[ \t]*$")
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
_HARD_SPACE = re.compile("[\u00a0\u2007\u202f]")
_NEGATING_PREFIX = re.compile(r"\b(?:non|anti)-$", re.I)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = load_table("attribution.json")
    return _Rules(
        qualifiers=tuple(
            (q["name"], q.get("value"), re.compile(q["regex"], re.I), q["where"]) for q in data["qualifiers"]
        ),
        date_re=re.compile(data["date_expressions"], re.I),
    )


class _DocContext:
    """What attribution needs about one doc, each piece computed once and only when first asked for:
    nearly half the articles of our corpora hold no fact at all, and those need none of it."""

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        # As written, lost apostrophes and all (doctext.py): the rules below read it too. Reading the
        # tokenizer's copy here ("city?s" as "city's") was tried: 19 facts changed, as many for the
        # worse as for the better ("25% of the city's air pollution" went to the city), and a read set fell.
        self.original = original_text(doc)
        # The rules read words apart by spaces and tabs; a no-break space (738 of the corpus's files
        # have them: "75%\xa0of the accidents") is a space to them. One character for one, so every
        # offset stays the original's, and evidence is still sliced from the original text.
        self.text = self.original.translate(_PLAIN_SPACES) if _HARD_SPACE.search(self.original) else self.original
        # A lost rupee sign ("to ?30.80") is read as the written one, where the recogniser took it
        # for one; a figure is read from its sign, as "₹30.80" is (``read_from_sign``). Without it,
        # 44 of 1,844 figures of the corpus's rupee articles got another owner or measure when their
        # "Rs" was written "?" instead of "₹": the rules took the "?" for a question's end.
        self.text, self._sign_starts = read_lost_signs(self.text, amounts_of(doc))
        self.article = article
        self.definitions = list(getattr(doc._, "newsfacts_definitions", None) or [])
        self._sentences: dict[int, Span] = {}
        self._candidates: dict[tuple[int, int], list[Candidate]] = {}
        self._dates: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self._sentence_texts: dict[int, str] = {}
        self._memo: dict[tuple, Any] = {}
        self._ent_candidates: dict[int, Candidate | None] = {}
        self._triggers: dict[int, Trigger | None] = {}  # by index in _trigger_spans

    @cached_property
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        """(first token, first character) of every sentence, read from the token arrays: building
        every sentence Span (``list(doc.sents)``) costs more than the facts of a typical article."""
        doc = self.doc
        if not len(doc):
            return [0], [0]
        starts = numpy.flatnonzero(sent_starts(doc) == 1)
        if not len(starts) or starts[0] != 0:
            starts = numpy.concatenate(([0], starts))  # the first token always opens a sentence
        return starts.tolist(), token_offsets(doc)[starts].tolist()

    @cached_property
    def story_terms(self) -> list[str]:
        """What every fact of the article carries for story grouping; asked only once a fact is found."""
        return story_terms(self.text)

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
    def ent_labels(self) -> frozenset[str]:
        """The labels of ``ents``: a relation that no entity of the doc can fill is not looked for."""
        return frozenset(e.label_ for e in self.ents)

    @cached_property
    def ent_starts(self) -> list[int]:
        return [e.start_char for e in self.ents]

    @cached_property
    def aliases(self) -> dict[str, tuple[str, str]]:
        return self._aliases()

    @cached_property
    def _trigger_spans(self) -> tuple[list[int], list[tuple[int, int, str]]]:
        """The ruler's trigger words in token order, as (start, end, id), and their starts (for bisect).
        Each of a Span's offsets walks its tokens: read once here."""
        spans = sorted(self.doc.spans.get(TRIGGERS_KEY, []), key=lambda s: s.start)
        found = [(s.start_char, s.end_char, s.id_) for s in spans]
        return [start for start, _, _ in found], found

    def _trigger(self, k: int) -> Trigger | None:
        """The ``k``-th trigger word of the ruler as a Trigger, or None when it names no measure
        here; decided once, and only for the words a figure's sentence asks about: most of a
        doc's trigger words stand in sentences without a figure (checking every word of every
        doc took some 3% of attribution on the BBC articles)."""
        found = self._triggers.get(k, False)
        if found is False:
            start, end, id_ = self._trigger_spans[1][k]
            text = self.text
            word = text[start:end]
            # "non-profit": a negating prefix makes the word no measure; "Reserve Bank", "Bill Cosby": nor
            # does a name.
            found = None
            if not _NEGATING_PREFIX.search(text, max(0, start - 5), start) and names_a_change(text, start, end, word) \
                    and not inside_body_name(text, start, end) and not opens_a_name(text, start, end):
                found = Trigger(start, end, id_, word)
            self._triggers[k] = found
        return found

    def triggers_within(self, lo: int, hi: int) -> list[Trigger]:
        """Trigger words inside [lo, hi), in order, by binary search (a scan per figure was quadratic)."""
        starts, spans = self._trigger_spans
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        found = []
        for k in range(i, j):
            if spans[k][1] <= hi and (t := self._trigger(k)) is not None:
                found.append(t)
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

    @cached_property
    def _all_ent_starts(self) -> list[int]:
        return [e.start_char for e in self.all_ents]

    def ent_candidates_within(self, lo: int, hi: int) -> list[Candidate]:
        """The owner candidates of the entities inside [lo, hi), in order, by binary search: each
        entity's candidate is made once per doc, not once for every sentence asked about (a scan
        of all the doc's entities per sentence, and a subject per entity each time)."""
        starts = self._all_ent_starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)  # (an entity is never empty: none starting at ``hi`` ends there)
        made = self._ent_candidates
        found = []
        for k in range(i, j):
            c = made.get(k, False)
            if c is False:
                c = made[k] = entity_candidate(self, self.all_ents[k])
            if c is not None and c.end <= hi:
                found.append(c)
        return found

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

    def read_from_sign(self, m: AmountMatch) -> AmountMatch:
        """``m`` as the rules read it: from its lost rupee sign, if it has one (see ``text``), and if the
        sign is in the figure's sentence: a spaced "? 300 cr" may end the sentence before its figure
        (the splitter cannot tell that "?" from a question's), and a figure is read in its own sentence."""
        sign = self._sign_starts.get(m.start)
        if sign is None:
            return m
        _, chars = self._sentence_bounds
        return m if chars[bisect.bisect_right(chars, m.start) - 1] > sign else replace(m, start=sign)

    def fact_id(self, kind: str, start: int, end: int) -> str:
        """The id of the fact at ``start``-``end`` of this text, as an offset into its whole article."""
        return fact_id(self.article.id, kind, start + self.article.offset, end + self.article.offset)

    @cached_property
    def _amount_spans(self) -> tuple[list[int], list[int]]:
        matches = amounts_of(self.doc)
        return [self.read_from_sign(m).start for m in matches] if self._sign_starts else [m.start for m in matches], \
            [m.end for m in matches]

    def in_amount(self, start: int, end: int) -> bool:
        """Whether ``start``-``end`` overlaps a figure ("HK" of "HK$327m" is no name)."""
        starts, ends = self._amount_spans
        i = bisect.bisect_left(starts, end) - 1  # the last figure starting before ``end``
        return i >= 0 and ends[i] > start

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

    def is_common_word(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case is a word, not a name."""
        return self._memo_word(_written_in_lower_case, word.lower())

    def candidates_between(self, lo: int, hi: int) -> list[Candidate]:
        key = (lo, hi)
        found = self._candidates.get(key)
        if found is None:
            found = self._candidates[key] = candidates_in(self, lo, hi)
        return found

    def dates_in(self, sent: Span, lo: int | None = None, hi: int | None = None) -> list[re.Match[str]]:
        """Date expressions of ``sent`` (found once per sentence), those starting in [lo, hi) if given."""
        found = self._dates.get(sent.start_char)
        if found is None:
            matches = list(_rules().date_re.finditer(self.text, sent.start_char, sent.end_char))
            found = self._dates[sent.start_char] = ([m.start() for m in matches], matches)
        starts, matches = found
        if lo is None or hi is None:
            return matches
        return matches[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def sentence_text(self, sent: Span) -> str:
        """The sentence as in the text, sliced once: each of its figures' evidence carries it."""
        found = self._sentence_texts.get(sent.start_char)
        if found is None:
            found = self._sentence_texts[sent.start_char] = self.original[sent.start_char:sent.end_char]
        return found

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """A value computed once per doc: what a sentence holds is asked for by each of its figures."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def candidates_of(self, sent: Span) -> list[Candidate]:
        return self.candidates_between(sent.start_char, sent.end_char)

    def sentences_back(self, before: int, n: int) -> list[tuple[int, int]]:
        """(start, end) of the sentence holding ``before`` and the ``n`` before it, nearest first,
        then the headline (the first sentence) if it is not among them."""
        _, char_starts = self._sentence_bounds
        i = max(0, bisect.bisect_right(char_starts, before) - 1)
        out = []
        j = i
        while j >= 0 and len(out) <= n:
            sent = self.sentence_of(char_starts[j])
            if j == i or self.text[sent.start_char:sent.end_char].strip():  # blank lines are no sentences
                out.append((sent.start_char, sent.end_char))
            j -= 1
        if j >= 0:
            sent = self.sentence_of(0)
            out.append((sent.start_char, sent.end_char))
        return out

    def named_elsewhere(self, word: str) -> bool:
        """A capitalised word the article also writes capitalised mid-sentence is a name."""
        return self._memo_word(_capitalised_inside, word)

    def _memo_word(self, test: Callable[[str, str], bool], word: str) -> bool:
        """``test(text, word)``, once per word: a doc asks about a few words (the first word of
        each name chunk), so each is looked for where it occurs; collecting every lower-case or
        capitalised word of the text first was a scan of all of it, a tenth of owner choice."""
        key = (test, word)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = test(self.text, word)
        return found

    def opens_sentence(self, char: int) -> bool:
        sent = self.sentence_of(char)
        # (or a list marker or a heading glued to it: "in new notes.#2 Early this week, ...",
        # "ON ENERGY BILLRailways is aiming ...")
        return not self.text[sent.start_char:char].strip(" \t\n\r\"“‘'*-•(#>") or bool(
            _AFTER_LIST_MARKER.search(self.text, max(sent.start_char, char - 16), char))

    def is_place(self, c: Candidate) -> bool:
        """A place where something is ("in the UK"), or one inside a hyphenated adjective ("the
        US-based firm", "Delhi-headquartered"): neither is what "it" or "its" points back to."""
        return c.kind in ("COUNTRY", "GPE", "PLACE") and bool(
            owner_rules().place_before.search(self.text[max(0, c.start - 40):c.start])
            or self.text[c.end:c.end + 1] == "-" and self.text[c.end + 1:c.end + 2].islower()) \
            or self.is_trading_place(c) or self.in_dateline(c)

    @cached_property
    def datelines(self) -> list[tuple[int, int]]:
        """The spans of wire datelines ("New Delhi, Feb 13 (PTI)"), found from the agency's bracket
        (one search per doc) and read backwards to the place."""
        rules = owner_rules()
        text = self.text
        found = []
        for m in rules.dateline_agency.finditer(text):
            place = rules.dateline_place.search(text, max(0, m.start() - 60), m.start())
            if place is not None:
                found.append((place.start(), m.end()))
        return found

    def in_dateline(self, c: Candidate) -> bool:
        """A name in a dateline is where the story was filed: no owner, antecedent or topic."""
        return any(a <= c.start and c.end <= b for a, b in self.datelines)

    def after_dateline(self, start: int, fig_start: int) -> int:
        """Where a clause's words begin: after a dateline that ends between ``start`` and the figure
        ("New Delhi, Jul 17 (PTI) PremjiInvest today bought 3.26 per cent": PremjiInvest opens it)."""
        return max([start, *(b for a, b in self.datelines if start <= b <= fig_start)])

    def is_trading_place(self, c: Candidate) -> bool:
        """An exchange or index named as where something trades ("On the NSE, it fell 3%", "list on
        Nasdaq"): a place, whose figures are what trades there."""
        return c.kind == "MARKET" and bool(owner_rules().market_place_before.search(self.text, max(0, c.start - 12), c.start))

    def is_platform_place(self, c: Candidate) -> bool:
        """A social network named as where something was posted ("he used Twitter to claim that 40%",
        "posted on Instagram"): a medium, as a place is, not whose the figure is (``platforms``)."""
        rules = owner_rules()
        return c.subject.name.lower() in rules.platforms \
            and bool(rules.platform_before.search(self.text, max(0, c.start - 24), c.start))

    def is_source_or_place(self, c: Candidate) -> bool:
        """Whether the words around a candidate make it a source ("X said") or a place ("in X")."""
        rules = owner_rules()
        before = self.text[max(0, c.start - 40):c.start]
        return bool(rules.source_before.search(before) or rules.source_after.match(self.text, c.end, c.end + 40)
                    or (c.kind in ("COUNTRY", "GPE", "PLACE") and rules.place_before.search(before))
                    or self.is_trading_place(c) or self.in_dateline(c) or self.is_platform_place(c))


# A word written in lower case ("shares" as well as "Shares"), as a scan of the text finds them.
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*")
# What such a word is made of: a scan's match runs to the end of a run of them.
_LOWER_CASE_RUN = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
_LOWER_CASE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# A capitalised word inside a sentence ("... the Hitch ..."). (The capital first, then the
# look-behind: the regex engine skips to capitals.)
_CAPITALISED_INSIDE = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[\w'’&-]*")


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` is among ``_LOWER_CASE_WORD.findall(text)``, tried only where it occurs.

    An occurrence inside a longer word (a lower-case letter before it, or a letter, apostrophe or
    hyphen after it) is none. Otherwise the pattern is tried from the start of the run of
    lower-case letters, apostrophes and hyphens that holds it: the scan's match there, if it
    starts earlier ("known" in "well-known"), covers this occurrence. The search stops one
    character after the word, so a longer match shows."""
    at = text.find(word) if word else -1
    while at != -1:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in _LOWER_CASE_LETTERS) \
                and (end == len(text) or text[end] not in _LOWER_CASE_RUN):
            run = at
            while run > 0 and text[run - 1] in _LOWER_CASE_RUN:
                run -= 1
            m = _LOWER_CASE_WORD.search(text, run, end + 1)
            if m is not None and m.span() == (at, end):
                return True
        at = text.find(word, at + 1)
    return False


def _capitalised_inside(text: str, word: str) -> bool:
    """Whether ``word`` is among ``_CAPITALISED_INSIDE.findall(text)``, tried only where it occurs
    (its matches never overlap: each follows a blank, and none holds one)."""
    at = text.find(word) if word else -1
    while at != -1:
        m = _CAPITALISED_INSIDE.match(text, at, at + len(word) + 1)
        if m is not None and m.end() == at + len(word):
            return True
        at = text.find(word, at + 1)
    return False


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and " " not in text and sum(c.isupper() for c in letters) >= 2


def _window(sent: tuple[int, int], figures: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """Characters between the neighbouring figures in the same sentence (``sent``, its start and
    end): one figure's clause."""
    lo, hi = sent
    if index > 0 and figures[index - 1][1] > lo:
        lo = figures[index - 1][1]
    if index + 1 < len(figures) and figures[index + 1][0] < hi:
        hi = figures[index + 1][0]
    return lo, hi


def _qualifiers(ctx: _DocContext, sent: Span, lo: int, hi: int, start: int, end: int,
                listed: bool = False) -> dict[str, str]:
    """What the figure's clause says about it; in prose a date may come from the rest of its
    sentence when its clause has none. In a list (``listed``) each qualifier's words are looked
    for once in the whole sentence and go to the figure whose clause holds them."""
    rules = _rules()
    text = ctx.text
    found: dict[str, str] = {}
    in_sentence = _sentence_qualifiers(ctx, sent) if listed else None
    for index, (name, fixed, regex, where) in enumerate(rules.qualifiers):
        if name in found:
            continue  # a second entry of one qualifier is a fallback
        lo_hi = (lo, start) if where == "before" else (end, hi) if where in ("after", "right_after") else (lo, hi)
        if where == "right_after":
            m = regex.match(text, *lo_hi)
        else:
            m = _first_within(*in_sentence[index], *lo_hi) if in_sentence is not None else regex.search(text, *lo_hi)
        if m:
            found[name] = fixed if fixed is not None else " ".join(m.group("value").split())
    if "period" not in found:
        period = reporting_period(text, lo, hi, start, end, after_figure=lo > sent.start_char,
                                  before_figure=hi < sent.end_char)  # "over the weekend", "in the third quarter"
        if period:
            found["period"] = period
    date = _nearest(ctx.dates_in(sent, lo, hi), lo, hi, start, end)
    if date is None and not listed:
        date = _nearest(ctx.dates_in(sent), sent.start_char, sent.end_char, start, end)
    if date is not None:
        resolved = resolve_date(date, ctx.article.published)
        found["date_text"] = " ".join(date.split())
        if resolved.date is not None:
            found["date"] = resolved.date.isoformat()
            found["date_precision"] = resolved.precision or "day"
            found["year"] = str(resolved.date.year)
        else:
            found["date_status"] = "needs a reference date"
    hedge = hedge_of(text, lo, hi, start, sent.start_char)
    if hedge:
        found["hedge"] = hedge
    return found


def _sentence_qualifiers(ctx: _DocContext, sent: Span) -> list[tuple[list[int], list[re.Match[str]]]]:
    """Each qualifier's matches in ``sent`` (with their starts), read once for all its figures."""
    return ctx.cached(("qualifiers", sent.start_char), lambda: [
        _starts_and_matches(q[2].finditer(ctx.text, sent.start_char, sent.end_char)) for q in _rules().qualifiers])


def _first_within(starts: list[int], matches: list[re.Match[str]], lo: int, hi: int) -> re.Match[str] | None:
    """The first of ``matches`` that lies within [lo, hi)."""
    if not matches:
        return None
    i = bisect.bisect_left(starts, lo)
    return matches[i] if i < len(matches) and matches[i].end() <= hi else None


def _starts_and_matches(found: Iterable[re.Match[str]]) -> tuple[list[int], list[re.Match[str]]]:
    matches = list(found)
    return [m.start() for m in matches], matches


def _nearest(found: list[re.Match[str]], lo: int, hi: int, start: int, end: int) -> str | None:
    best = None
    for m in found:
        if m.start() < lo or m.end() > hi:
            continue
        d = start - m.end() if m.end() <= start else m.start() - end
        if d >= 0 and (best is None or d < best[0]):
            best = (d, m.group("value"))
    return best[1] if best else None


def _evidence(ctx: _DocContext, sent: Span, start: int, end: int) -> Evidence:
    # Sliced from the kept text: Span.text would join the sentence's tokens again.
    return _evidence_in(ctx, sent.start_char, ctx.sentence_text(sent), start, end)


def _evidence_in(ctx: _DocContext, sentence_start: int, sentence: str, start: int, end: int) -> Evidence:
    """Evidence in the sentence at ``sentence_start``, read once for all its figures (each
    ``Span.start_char`` builds a Token)."""
    offset = ctx.article.offset
    return Evidence(doc=ctx.article.id, published=ctx.article.published, sentence=sentence,
                    sentence_start=sentence_start + offset, start=start + offset, end=end + offset)


# What may stand between two writings of one figure: a conversion in brackets ("684bn yen ($6.4bn;
# £3.4bn)"), a range ("between £5,000 and £7,000", "2% to 6%"), an alternative ("$5m or more"). A "?"
# right before the second is a rupee sign lost to the text's encoding ("$13 million (around ?89 crore)").
_SAME_FIGURE = re.compile(r"\s*(?:[(\[]\s*)?(?:(?:about|around|roughly|approximately|approx\.?|nearly|some|over|"
                          r"or|and|to|[-–—;/,])\s*)*(?:[(\[]\s*)?\??", re.I)


def _figure_groups(text: str, matches: list, members: list[int]) -> list[list[int]]:
    """Figures of one sentence, grouped when they are one quantity written more than once."""
    groups: list[list[int]] = []
    for j in members:
        if groups:
            last = matches[groups[-1][-1]]
            gap = _SAME_FIGURE.fullmatch(text, last.end, matches[j].start)
            if gap is not None and matches[j].kind == matches[groups[-1][0]].kind and (
                    ")" not in text[last.end:matches[j].start]):
                groups[-1].append(j)
                continue
        groups.append([j])
    return groups


def _amount_facts(ctx: _DocContext) -> Iterator[AnyFact]:
    # (face values are no figure of a clause: they neither bound a neighbour's clause nor lend it
    # an owner or a measure; ``_face_value_facts`` makes their facts)
    written = [m for m in amounts_of(ctx.doc) if not m.face_value]
    if ctx.boilerplate:
        written = [m for m in written if not ctx.in_boilerplate(m.start, m.end)]
    if not written:
        return  # (three articles in four: their sentence bounds, a read of every token, are not needed)
    # The rules read each figure from its sign, lost or not; its fact's id and evidence are the
    # figure as written.
    matches = [ctx.read_from_sign(m) for m in written] if ctx._sign_starts else written
    by_sentence: dict[int, list[int]] = {}
    _, sentence_chars = ctx._sentence_bounds
    for i, m in enumerate(matches):
        # The sentence's index, as sentence_of finds it (a figure before the first token is in the first).
        by_sentence.setdefault(max(1, bisect.bisect_right(sentence_chars, m.start)), []).append(i)
    # The last figure's measure of each kind and its sentence's index: "In 2003 the figure was 29%"
    # measures what the sentence before did (``referred_back_measure``).
    last_of_kind: dict[str, tuple[int, str]] = {}
    for index, members in by_sentence.items():
        sent = ctx.sentence_of(matches[members[0]].start)
        groups = _figure_groups(ctx.text, matches, members)
        spans = [(matches[g[0]].start, _group_end(ctx.text, matches[g[-1]].end, sent.end_char)) for g in groups]
        previous: tuple[Subject | None, str, str] | None = None
        crowded = len(members) > CROWDED_FIGURES
        sentence_start, sentence = sent.start_char, ctx.sentence_text(sent)
        bounds = (sentence_start, sentence_start + len(sentence))
        # A list's facts are copies of its first one with their own figure (``evolve``): every part
        # is a validated record or a plain str, and a list may hold 50,000 figures.
        templates: dict[str, AnyFact] = {}
        for k, group in enumerate(groups):
            lo, hi = _window(bounds, spans, k)
            start, end = spans[k]
            first = matches[group[0]]
            if k > 0 and (cut := teaser_end(ctx.text, sentence_start, start, owner_rules())) is not None \
                    and spans[k - 1][0] < cut:
                previous = None  # the figure before is a pasted link's ("Also read: ..."), another story's
            if crowded:
                subject, predicate, qualifiers = _listed(ctx, sent, lo, hi, start, end, first.kind, previous)
            else:
                subject, predicate, qualifiers = _attributed(ctx, sent, lo, hi, start, end, first.kind, previous)
                if k > 0 and previous is not None and previous[2] == first.kind and previous[0] is not None \
                        and _SAME_QUANTITY_GAP.fullmatch(ctx.text, spans[k - 1][1], start):
                    # "£3.1bn, down from October's £3.6bn", "rose from 5% to 7%": the same
                    # quantity at another time is the same owner's same measure.
                    subject, predicate = previous[0], previous[1]
                predicate = referred_back_measure(ctx.text, sentence_start, start, predicate,
                                                  last_of_kind.get(first.kind), index)
            previous = (subject, predicate, first.kind)
            last_of_kind[first.kind] = (index, predicate)
            restated = _restated_currency(ctx.text, matches, group)
            # A "(" after the first figure, read piece by piece (a group may hold 500 figures).
            bracketed, read_to = False, first.end
            for j in group:
                m = matches[j]
                kind, at = m.kind, written[j].start  # (the figure as written: see ``read_from_sign``)
                cls = MoneyFact if kind == "money" else PercentFact
                value = m.value if restated is None or j != group[0] else m.value.model_copy(
                    update={"currency": restated, "currency_inferred": False})
                own = qualifiers
                if j != group[0]:
                    bracketed, read_to = bracketed or "(" in ctx.text[read_to:m.start], m.start
                if bracketed:
                    # "14bn euros ($18.34bn)": the writer's conversion, not another claim of the source
                    own = {**qualifiers, "conversion_of": first.value.text}
                template = templates.get(kind) if crowded else None
                if template is not None:
                    offset = ctx.article.offset
                    yield evolve(template, id=ctx.fact_id(kind, at, m.end), subject=subject,
                                 predicate=predicate, value=value, qualifiers=own,
                                 evidence=evolve(template.evidence, start=at + offset, end=m.end + offset))
                    continue
                fact = cls(
                    id=ctx.fact_id(kind, at, m.end),
                    subject=subject, predicate=predicate, value=value, qualifiers=own,
                    evidence=_evidence_in(ctx, sentence_start, sentence, at, m.end),
                    story_terms=ctx.story_terms,
                )
                if crowded:
                    templates[kind] = fact
                yield fact


def _face_value_facts(ctx: _DocContext) -> Iterator[AnyFact]:
    """A note's or coin's face value ("Rs 500 and Rs 1,000 notes", ``AmountMatch.face_value``):
    money with the measure ``FACE_VALUE`` and no owner. Whose figure is "Rs 500" in "the ban on Rs
    500 notes"? Nobody's: it names the note. Its facts hold no qualifiers, and no other figure's
    owner or measure is read from it (nor is it compared: ``conflicts``)."""
    for m in amounts_of(ctx.doc):
        if not m.face_value or ctx.boilerplate and ctx.in_boilerplate(m.start, m.end):
            continue
        yield MoneyFact(id=ctx.fact_id(m.kind, m.start, m.end), subject=None, predicate=FACE_VALUE,
                        value=m.value, qualifiers={}, evidence=_evidence(ctx, ctx.sentence_of(m.start), m.start, m.end),
                        story_terms=ctx.story_terms)


def _restated_currency(text: str, matches: list, group: list[int]) -> str | None:
    """The currency a rupee figure is in when a bracket restates the same amount in a named one.

    "Rs. 1 billion (100 crore in Pakistani rupees)": one amount in two currencies cannot be a
    conversion, so the bracket says which rupee "Rs." meant.
    """
    first = matches[group[0]]
    if first.kind != "money" or first.value.currency != "INR":
        return None
    for j in group[1:]:
        m = matches[j]
        if "(" in text[first.end:m.start] and m.kind == "money" and not m.value.currency_inferred \
                and m.value.currency != "INR" and math.isclose(m.value.amount, first.value.amount, rel_tol=0.01):
            return m.value.currency
    return None


Attribution = tuple[Subject | None, str, dict[str, str]]


def _attributed(ctx: _DocContext, sent: Span, lo: int, hi: int, start: int, end: int, kind: str,
                previous: tuple[Subject | None, str, str] | None) -> Attribution:
    """(owner, measure, qualifiers) of the figure at ``start``-``end``, its clause ``lo``-``hi``,
    read from its sentence and the text before it."""
    attributive = attributive_owner(ctx, sent, end)
    thing = None if attributive is not None or kind != "money" else attributed_thing(
        ctx, sent, start, end, ctx.triggers_within(lo, hi))
    named_by_word = False
    if thing is not None:
        attributive, thing_measure = thing
        named_by_word = thing_measure is None  # "the Rs 3,600 crore AgustaWestland deal": the word's measure
    if thing is None or named_by_word:
        joined = _dash_joined_start(ctx.text, sent)
        predicate = figure_measure(
            ctx.text, kind, ctx.triggers_within(lo, hi), ctx.triggers_within(joined, lo),
            (joined, sent.end_char), (lo, hi), (start, end), attributive is not None and not named_by_word,
            previous[1] if previous is not None and previous[2] == kind else None)
    else:
        predicate = thing_figure_measure(ctx.text, (sent.start_char, sent.end_char), (start, end), thing_measure)
    qualifiers = _qualifiers(ctx, sent, lo, hi, start, end)
    currency = priced_currency(ctx.text, lo, hi, start, end) if kind == "money" \
        else moved_currency(ctx.text, start) if kind == "percent" else None  # "the euro was up 0.9%"
    if currency is not None:
        word = ctx.text[currency[0]:currency[1]]
        attributive = Subject(text=word, name=word.lower(), acronym=None, label="THING")  # "$1.88 to the pound"
    if attributive is not None:
        subject = attributive
    else:
        subject, roles = choose_owner(ctx, sent, lo, hi, start, end, predicate,
                                      ctx.triggers_within(sent.start_char, sent.end_char))
        qualifiers.update(roles)
        # "Bhide's petition states that the government has spent Rs 77 crore": the government of the
        # figure's clause, over an owner found outside it (the speaker, another clause) or none; and the
        # government an "its" after it stands for ("The government announced its policy and allocated")
        subject = government_subject(ctx, sent, start, end, subject) or government_antecedent(ctx, sent, start, subject) \
            or subject
        if subject is None:
            # The previous figure of the sentence ("profit rose 5% to $2bn"), else the place the sentence
            # opens with ("In Sri Lanka, ..."), else the agent of a passive after the figure ("Rs 90 crore
            # released by the state government"), else what the text was about.
            subject = (previous[0] if previous else None) or clause_subject(ctx, sent, start) \
                or opening_place(ctx, sent, start) or passive_agent(ctx, sent, end) \
                or _unowned_topic(ctx, sent, start, end, predicate)
        # "The ONS said output dropped 0.5%": a national figure is its economy's, not its publisher's
        subject = national_owner(ctx, sent, start, end, predicate, subject, qualifiers.get("source")) or subject
    # "The service will cost £4 a month": a description stands for what the text named (not a
    # currency a rate prices: "the dollar" after "the Canadian dollar" is still the dollar)
    if currency is None:
        subject = described_owner(ctx, sent, start, subject) or subject
    predicate = refine_for_films(refine_for_owner(predicate, subject, kind, ctx.text[end:end + 60],
                                                  ctx.text[sent.start_char:sent.end_char]),
                                 qualifiers.get("period"), kind, ctx.text, start, end)
    return subject, predicate, qualifiers


def _unowned_topic(ctx: _DocContext, sent: Span, start: int, end: int, predicate: str) -> Subject | None:
    """What a figure whose sentence names no owner belongs to: what the text was about
    (``topic_before``), unless it is a national figure ("Inflation hit 1.6% in December"), which is the
    economy's (``national_owner``): the country the sentence names for the measure ("forecasts for
    Japanese growth" after a paragraph on the US), else, when the topic is no country (the committee or
    the firm that spoke a sentence before), the country the article is about. A topic that is a country
    stays ("Brazil posted weak exports. The deficit with Argentina rose to $1.6bn" is Brazil's). Before
    the topic, a "the" noun of the sentence that the text wrote after a name ("The bridge's construction
    cost Rs 950 crore" after "the Dhola-Sadiya bridge", ``named_description``)."""
    topic = topic_before(ctx, sent.start_char, predicate)
    national = national_owner(ctx, sent, start, end, predicate, None,
                              article=topic is not None and topic.label != "COUNTRY")
    return national or named_description(ctx, sent, start) or topic


# A "?" with a blank on each side stands for a lost dash, not a question's end: "the fines are
# not hefty ? Rs 10 for a delay", where the sentence rule split at it; so does one after a word
# before a lower-case one, a lost closing quote: "a ?minimum fare? of Rs 60".
_LOST_DASH_BEFORE = re.compile(r"[^.!?\s][ \t]\?[ \t]+$")
_LOST_QUOTE_BEFORE = re.compile(r"\w\?[ \t]+$")


def _dash_joined_start(text: str, sent: Span) -> int:
    """Where the words that can name a figure's measure begin: its sentence's start, or the start of
    the sentence before it when the two are one sentence split at a lost dash or quote ("Though the
    fines are not hefty ? Rs 10 for a delay": the fines name the Rs 10)."""
    if sent.start == 0:
        return sent.start_char
    lo = max(0, sent.start_char - 4)
    if _LOST_DASH_BEFORE.search(text, lo, sent.start_char) is None and not (
            text[sent.start_char].islower() and _LOST_QUOTE_BEFORE.search(text, lo, sent.start_char) is not None):
        return sent.start_char
    return sent.doc[sent.start - 1].sent.start_char


def _listed(ctx: _DocContext, sent: Span, lo: int, hi: int, start: int, end: int, kind: str,
            previous: tuple[Subject | None, str, str] | None) -> Attribution:
    """(no owner, measure, qualifiers) of a figure in a sentence of over ``CROWDED_FIGURES`` figures:
    a list or a table ("Rs 5 Rs 5 ...", a pasted spreadsheet row). Its measure, hedge and date are
    read from its own clause as in prose, but it gets no owner: choosing one reads the whole
    sentence (and the sentences before) for each figure, which in such a "sentence" costs the
    square of its length, and the names in a list are no grammar's subjects."""
    predicate = choose_measure(ctx.text, kind, ctx.triggers_within(lo, hi), lo, hi, start, end)
    if predicate == "mentions" and previous is not None and previous[2] == kind:
        predicate = previous[1]
    return None, predicate, _qualifiers(ctx, sent, lo, hi, start, end, listed=True)


def _group_end(text: str, end: int, limit: int) -> int:
    """A figure's group ends after the bracket that closes its conversions."""
    m = re.match(r"\s*[)\]]", text[end:limit])
    return end + m.end() if m else end


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
            id=ctx.fact_id("definition", start, end),
            subject=Subject(text=d.short, name=name, acronym=d.short, label=label),
            predicate="stands_for",
            value=DefinitionValue(short=d.short, long=" ".join(d.long.split())),
            evidence=_evidence(ctx, sent, start, end), story_terms=ctx.story_terms,
        )


def extract_facts(doc: Doc, article: Article) -> list[AnyFact]:
    """Every fact in one processed article, in text order."""
    ctx = _DocContext(doc, article)
    facts: list[AnyFact] = [*_percent_fallbacks(ctx, _headline_echoes(ctx, list(_amount_facts(ctx)))),
                            *_face_value_facts(ctx), *_definition_facts(ctx), *relation_facts(ctx)]
    facts.sort(key=lambda f: (f.evidence.start, f.evidence.end, f.kind))
    return with_story_terms(facts, lambda: ctx.story_terms)


def _headline_end(article: Article) -> int | None:
    """Where the headline ends when the text opens with it (a plain-text article's first line)."""
    title = article.title
    if not title:
        return None
    start = len(article.text) - len(article.text.lstrip())
    return start + len(title) if article.text.startswith(title, start) else None


def _percent_fallbacks(ctx: _DocContext, facts: list[AnyFact]) -> list[AnyFact]:
    """A percentage still without a measure once its sentence, the figures before it and the
    headline have had their say takes the fallback (``percent_fallback``): a share, or growth where
    the text around it speaks of growth."""
    offset = ctx.article.offset
    return [evolve(f, predicate=percent_fallback(
                ctx.text, f.evidence.start - offset, f.evidence.end - offset,
                f.evidence.sentence_start - offset + len(f.evidence.sentence), f.value.amount))
            if f.kind == "percent" and f.predicate == "mentions" else f for f in facts]


def _headline_echoes(ctx: _DocContext, facts: list[AnyFact]) -> list[AnyFact]:
    """A headline figure takes what the headline does not say from the same figure in the body: its
    owner ("Rs 60 cr cash seized at 10 airports" restates the lead's "The CISF has seized over Rs 60
    crore") and its measure ("Family of every martyr to get Rs 1 crore" is the body's compensation).
    A headline's few words seldom name who or what. Same kind, amount and currency, or a headline
    that rounds the body's one figure of that size ("Over ?4 cr allocated" for "?4.22 crore"); the
    headline keeps its own owner and measure where it has them. The other way, a body figure whose
    sentence names no owner takes the headline's, where the headline writes that owner itself
    ("Bihar ministers rent out bungalows at ?3L a day" / "... for nearly ?3 lakh per day"), and its
    measure with it where the body's sentence names none."""
    end = _headline_end(ctx.article)
    if end is None:
        return facts
    offset = ctx.article.offset
    heads = [f for f in facts if f.evidence.start - offset < end]
    if not heads:
        return facts
    headline = ctx.article.text[:end]
    owners: dict[tuple, AnyFact] = {}
    measures: dict[tuple, AnyFact] = {}
    body = [f for f in facts if f.evidence.start - offset >= end]
    for f in body:
        if f.subject is not None:
            owners.setdefault(_same_figure_key(f), f)
        if f.predicate != "mentions":
            measures.setdefault(_same_figure_key(f), f)
    echoed = {}
    for f in heads:
        if f.subject is not None and f.predicate != "mentions":
            continue
        key = _same_figure_key(f)
        if not any(_same_figure_key(b) == key for b in body):
            rounded = [b for b in body if _rounds_to(f, b)]
            key = _same_figure_key(rounded[0]) if len(rounded) == 1 else key
        owner = owners.get(key) if f.subject is None else None
        measure = measures.get(key) if f.predicate == "mentions" else None
        if owner is not None or measure is not None:
            echoed[f.id] = evolve(f, subject=owner.subject if owner is not None else f.subject,
                                  predicate=measure.predicate if measure is not None else f.predicate)
    written = {}
    for f in heads:
        if f.subject is not None and f.subject.text and f.subject.text.lower() in headline.lower():
            written.setdefault(_same_figure_key(f), f)
    for f in body:
        head = written.get(_same_figure_key(f))
        if f.subject is None and head is not None:
            echoed[f.id] = evolve(f, subject=head.subject,
                                  predicate=head.predicate if f.predicate == "mentions" else f.predicate)
    return [echoed.get(f.id, f) for f in facts] if echoed else facts


def _rounds_to(head: AnyFact, fact: AnyFact) -> bool:
    """Whether a headline's figure is the body figure rounded to whole units of its scale ("?4 cr" for
    "?4.22 crore"): same kind, currency and scale, the headline's number whole, the body's not."""
    h, b = head.value, fact.value
    if head.kind != fact.kind or getattr(h, "currency", "%") != getattr(b, "currency", "%") \
            or not h.number.replace(",", "").isdigit() or "." not in b.number or h.low is not None or b.low is not None:
        return False
    try:
        hn, bn = float(h.number.replace(",", "")), float(b.number.replace(",", ""))
    except ValueError:
        return False
    if not hn or not bn or abs(h.amount / hn - b.amount / bn) > 1e-9 * abs(h.amount / hn):
        return False  # another scale ("?4 cr" and "?4.2 lakh")
    return int(bn) == hn or round(bn) == hn


def _same_figure_key(fact: AnyFact) -> tuple:
    value = fact.value
    return fact.kind, round(value.amount, 6), getattr(value, "currency", "%")


def facts_from_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, list[AnyFact]]]:
    """Stream (article, facts) pairs; spaCy batches the texts, we keep the input order."""
    pairs = ((make_doc(nlp, a.text), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, extract_facts(doc, article)
