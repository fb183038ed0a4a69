"""Who a figure belongs to: candidates with a grammatical role, then one choice.

A blank pipeline has no parser, so roles are read from the words around each
candidate, with the data in ``patterns/owners.json``:

* candidates are the pipeline's entities (programmes, organisations, countries,
  minerals, or a model's ORG/PERSON/GPE) and the capitalised-name chunks of the
  sentence ("UK Independence Party", "Nippon Steel", "Mr Brown"), typed by their
  words (company suffixes, public-body words, parties, titles, markets);
* a candidate's role says whether it can own the figure: a source ("X said",
  "according to X", "X is forecasting") or a place ("in the UK", "at Mumbai
  airport") never can (places do for macro measures: growth, inflation, ...);
  a country used as an adjective or possessor of a name ("US foods giant
  Kraft", "Japan's Nippon Steel", "General Motors of the US") gives way to the
  name; a possessor ("Tesco's profit"), the "of X" after a measure, a
  programme the money is "for", and the subject at the head of the clause are
  owners, strongest first;
* a sentence with no owner inherits the previous figure's in the same sentence,
  then "it" / "the firm" / "the film" resolve to the last earlier owner of a
  matching kind, and last the owner the preceding sentences (or the headline)
  were about. A programme is never guessed from afar.

All of it is one decision, ``choose_owner``, so the rules are read in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext

# Entity labels of the pipeline mapped to the kinds owners.json speaks of.
_ENTITY_KIND = {"PROGRAMME": "PROGRAMME", "ORG": "ORG", "COUNTRY": "COUNTRY", "GPE": "GPE", "LOC": "PLACE",
                "NORP": "NORP", "MINERAL": "MINERAL", "PERSON": "PERSON", "FAC": "PLACE",
                "WORK_OF_ART": "WORK", "PRODUCT": "WORK", "EVENT": "NAME"}
_PLACE_KINDS = frozenset({"COUNTRY", "GPE", "PLACE"})
_SOURCE_OWNERS = frozenset({"COMPANY", "ORG", "BODY", "PARTY", "NAME", "PROGRAMME", "MARKET"})
# "India's National Critical Mineral Mission", "US Energy Act": a country that qualifies the name after it.
_NAME_FOLLOWS = re.compile(r"(?:[’']s)?[ \t]+[A-Z]")
_UNDER_WHICH = re.compile(r"\s*,?\s*(?:under|through|for|via|by)\s+which\b")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]{2,})[ \t]+$")
# "By Jane Doe and John Roe New Delhi, Apr 30 (PTI)": the writers of the story, not its subject.
_BYLINE = re.compile(r"(?:^|\n)[ \t]*[Bb]y[ \t]+(?:[A-Z][\w.'’-]*[ \t]+(?:and[ \t]+)?)*$")
_SHARE_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w-]+[ \t]+){0,4}?"
                       r"(?P<head>[a-z][a-z-]{2,})(?=[ \t]+(?:in|are|is|were|was|have|has|had|who|which|that|at|on|"
                       r"for|from|with|to|by)\b|[ \t]*[,.;)]|$)")
_POSSESSIVE_PIECE = re.compile(r"\S.*?(?:[’']s(?=\s)|$)")
_NON_SPACE = re.compile(r"[^\s]+")
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_HYPHEN_TAIL = re.compile(r"-[a-z]+$")
# Between a country and the name it qualifies: "'s", or up to three words that are no preposition.
_ADJECTIVE_GAP = re.compile(r"(?:[’']s)?[ \t]+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or|the|a|an)\b)[a-z][\w-]*[ \t]+){0,3}")
_OF_THE = re.compile(r"[ \t]+(?:of|in|from)[ \t]+(?:the[ \t]+)?")
_APOSTROPHE_WORD = re.compile(r"[’']s?\b")
_APOSTROPHE_SPACE = re.compile(r"[’']s?\s")
_CLAUSE_MARK = re.compile(r"[,;:]")
_OF_BEFORE = re.compile(r"(?:^|[ \t])of[ \t]+(?:the[ \t]+)?$")
_ACROSS_PLACE = re.compile(r"\s*(?:\S+\s+){0,2}?(?:across|in|for)\s+(?:the\s+)?$")
_FOR_PROGRAMME = re.compile(r"\b(?:for|under|through|via|by|to)\s+(?:the\s+|its\s+|their\s+)?$")
_POSSESSIVE_AT = re.compile(r"[’']s\b")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|\b(?:while|whereas|but)\b")
_GROWTH_OF = re.compile(r"\bgrowth\b", re.I)
_ECONOMY = re.compile(r"\b(?:econom|gdp\b)", re.I)
# A relative clause or appositive between commas: its names are asides, not the clause's subject.
_ASIDE = re.compile(r",[ \t]*(?:who|which|whose|where|the|a|an)[ \t][^,;]{0,100},")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    subject: Subject
    entity: bool  # found by the pipeline (gazetteer or model), not by shape alone


@dataclass(frozen=True)
class OwnerRules:
    connectors: frozenset[str]
    not_names: frozenset[str]
    adjectives: frozenset[str]
    title_words: frozenset[str]
    trailing_connectors: frozenset[str]
    not_alone: frozenset[str]
    company_words: frozenset[str]
    body_words: frozenset[str]
    party_words: frozenset[str]
    work_cue: re.Pattern[str]
    descriptor: re.Pattern[str]
    markets: frozenset[str]
    places: frozenset[str]
    source_before: re.Pattern[str]
    source_after: re.Pattern[str]
    place_before: re.Pattern[str]
    macro_measures: frozenset[str]
    forecast: re.Pattern[str]
    anaphor: re.Pattern[str]
    anaphors: dict[str, str]
    anaphor_kinds: dict[str, frozenset[str]]
    role_weight: dict[str, int]
    label_weight: dict[str, int]
    after_penalty: int
    max_distance: int
    chunk: re.Pattern[str]
    worth_head: re.Pattern[str]
    compound_head: re.Pattern[str]
    subject_np: re.Pattern[str]
    not_heads: frozenset[str]
    measure_nouns: frozenset[str]
    topic: dict[str, Any]
    common_nouns: frozenset[str]
    object_verbs: dict[str, re.Pattern[str]]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def owner_rules() -> OwnerRules:
    data: dict[str, Any] = load_table("owners.json")
    connectors = [c for c in data["connectors"] if c not in ("&",)]
    # A name word: capitalised, or all capitals/digits with a letter ("AT&T", "3M", "S&P", "McDonald's").
    word = r"(?:[A-Z][\w'’.&-]*[\w&]|[A-Z]|\d+[A-Z][\w]*)"
    joiner = rf"(?:[ \t]+(?:{_alternation(connectors)})[ \t]+(?:the[ \t]+)?|[ \t]*&[ \t]*|[ \t]+)"
    return OwnerRules(
        connectors=frozenset(data["connectors"]),
        not_names=frozenset(data["not_names"]),
        adjectives=frozenset(data["adjectives"]),
        title_words=frozenset(t.lower() for t in data["titles"]),
        trailing_connectors=frozenset(data["connectors"]) | {"the"},
        not_alone=frozenset(data["not_names"]) | frozenset(data["adjectives"]),
        company_words=frozenset(data["company_words"]),
        body_words=frozenset(data["body_words"]),
        party_words=frozenset(data["party_words"]),
        work_cue=re.compile(rf"\b(?:{_alternation(data['work_cues'])})[ \t]+[\"“‘']?$", re.I),
        descriptor=re.compile(rf"\b(?:{_alternation(data['descriptors'])})[ \t]+$", re.I),
        markets=frozenset(data["markets"]),
        places=frozenset(data["places"]),
        source_before=re.compile(rf"\b(?:{_alternation(data['source_before'])})[ \t]+(?:the[ \t]+)?$", re.I),
        source_after=re.compile(rf"(?:[’']s)?,?[ \t]+(?:(?:has|have|had|is|are|was|were|also|now|then|previously)[ \t]+)?"
                                rf"(?:{_alternation(data['source_after'])})\b", re.I),
        place_before=re.compile(rf"\b(?:{_alternation(data['place_before'])})[ \t]+(?:the[ \t]+)?$", re.I),
        macro_measures=frozenset(data["macro_measures"]),
        forecast=re.compile(rf"(?:[’']s)?,?[ \t]+(?:(?:has|have|had|is|are|was|were|also|now)[ \t]+)?"
                            rf"(?:{_alternation(data['forecast_verbs'])})\b", re.I),
        anaphor=re.compile(rf"(?<![\w-])(?:{_alternation(list(data['anaphors']))})(?![\w-])", re.I),
        anaphors={k.lower(): v for k, v in data["anaphors"].items()},
        anaphor_kinds={k: frozenset(v) for k, v in data["anaphor_kinds"].items()},
        role_weight={k: v for k, v in data["role_weight"].items() if not k.startswith("_")},
        label_weight=data["label_weight"],
        after_penalty=data["after_penalty"],
        max_distance=data["max_distance"],
        chunk=re.compile(rf"(?<![\w'’-]){word}(?:{joiner}{word})*"),
        worth_head=re.compile(rf"(?<![\w-])(?P<head>[a-z][a-z-]+)[ \t]+(?:(?:is|are|was|were)[ \t]+)?"
                              rf"(?:{_alternation(data['generic']['worth'])})[ \t]+"
                              rf"(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?$"),
        compound_head=re.compile(r"(?<![\w'’-])(?P<head>[a-z][a-z-]{2,})[ \t]+$"),
        subject_np=re.compile(rf"[\s\"“‘'*•-]*(?:(?i:{_alternation(data['generic']['np_openers'])})[ \t]+)?"
                              rf"(?:[A-Za-z][a-z-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,2}}?(?P<head>[a-z][a-z-]{{2,}})[ \t]+"
                              rf"(?:(?:{_alternation(data['generic']['np_closers'])})\b)"),
        not_heads=frozenset(data["generic"]["not_heads"]) | frozenset(data["not_names"])
        | frozenset(data["generic"]["np_closers"]),
        measure_nouns=frozenset(data["generic"]["measure_nouns"]),
        topic=data["topic"],
        # The nouns our own lists hold: sentence-opening words that are words, not names.
        common_nouns=frozenset(w for w in [*data["company_words"], *data["body_words"], *data["descriptors"],
                                           *data["work_cues"], *data["titles"], *data["generic"]["not_heads"],
                                           *(a.split()[-1] for a in data["anaphors"])] if " " not in w),
        object_verbs={m: re.compile(rf"\b(?:{_alternation(v)})[ \t]+(?:the[ \t]+)?$", re.I)
                      for m, v in data["object_owner"]["verbs"].items()},
    )


# ---------------------------------------------------------------------------
# Name chunks
# ---------------------------------------------------------------------------

def _kind_of_name(words: list[str], before: str, rules: OwnerRules) -> str:
    lowered = [w.lower().strip(".") for w in words]
    joined = " ".join(lowered)
    if joined in rules.markets or joined.replace(" index", "") in rules.markets:
        return "MARKET"
    if joined in rules.places:
        return "PLACE"
    if joined in rules.party_words or lowered[-1] == "party":
        return "PARTY"
    if rules.work_cue.search(before):
        return "WORK"
    if lowered[-1] in rules.company_words or (len(lowered) > 1 and lowered[-1] in ("co", "cos")):
        return "COMPANY"
    if any(w in rules.body_words for w in lowered):
        return "BODY"
    if any(w in rules.company_words for w in lowered[1:]):
        return "COMPANY"
    return "NAME"


class _Part:
    """A piece of a regex match, with the match's interface (start, group)."""

    def __init__(self, text: str, start: int) -> None:
        self._text, self._start = text, start

    def start(self) -> int:
        return self._start

    def group(self, _: int = 0) -> str:
        return self._text


def _split_possessives(matches):
    """"Japan's Nippon Steel" is two names: the possessor and the possessed."""
    for m in matches:
        start = m.start()
        for piece in _POSSESSIVE_PIECE.finditer(m.group(0)):
            yield _Part(piece.group(0), start + piece.start())


def name_chunks(ctx: _DocContext, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the capitalised names between ``lo`` and ``hi``.

    Words that open a sentence only by position ("Shares", "The") are dropped: a word the
    article also writes in lower case is not a name.
    """
    rules = owner_rules()
    text = ctx.text
    found = []
    for m in _split_possessives(rules.chunk.finditer(text, lo, hi)):
        words = list(_NON_SPACE.finditer(m.group(0)))
        start_i = 0
        is_person = False
        # Leading function words, months, sentence-initial common words; a title makes a person.
        while start_i < len(words):
            w = words[start_i].group(0)
            bare = w.strip(".,’'").lower()
            if bare in rules.title_words and start_i + 1 < len(words):
                is_person = True
                start_i += 1
                continue
            first_part = bare.split("-")[0]
            if bare in rules.not_names or bare in rules.connectors or first_part in rules.not_names or (
                    start_i == 0 and ctx.is_common_word(w)) or (
                    start_i == 0 and ctx.opens_sentence(m.start()) and (
                        len(words) == 1 and bare in rules.common_nouns
                        or not ctx.named_elsewhere(w) and _common_opener(bare, text, m.start() + words[0].end()))):
                start_i += 1
                continue
            break
        end_i = len(words)
        while end_i > start_i and words[end_i - 1].group(0).lower() in rules.trailing_connectors:
            end_i -= 1
        if start_i >= end_i:
            continue
        start = m.start() + words[start_i].start()
        end = m.start() + words[end_i - 1].end()
        # A trailing possessive or full stop is not part of the name.
        while end > start and text[end - 1] in ".’'" or text[end - 2:end] in ("'s", "’s"):
            end -= 2 if text[end - 2:end] in ("'s", "’s") else 1
        if end <= start:
            continue
        name_words = text[start:end].split()
        if len(name_words) == 1 and (name_words[0].lower() in rules.not_alone
                                     or len(name_words[0].rstrip(".")) == 1):
            continue  # "Indian", "R." alone are not names
        if _HYPHEN_LOWER.match(text, end) or _HYPHEN_TAIL.search(name_words[-1]):
            continue  # "Pune-based", "Aamir Khan-starrer": an adjective made of a name
        before = text[max(lo, start - 40):start]
        if not is_person:
            # "actor Salman Khan", "chief executive John Smith", "Mr. Brown"
            tail = before.rstrip().split()[-2:] if before.strip() else []
            is_person = bool(tail) and (tail[-1].lower().strip(".,") in rules.title_words
                                        or " ".join(tail).lower() in rules.title_words)
        kind = "PERSON" if is_person and 1 <= len(name_words) <= 4 else _kind_of_name(name_words, before, rules)
        found.append((start, end, kind))
    return found


_AUX_AFTER = re.compile(r"[ \t]+(?:are|were|have|had|is|was|will|would|could|may|might|rose|fell|grew|[a-z]+ed|[a-z]+ing)\b")


def _common_opener(bare: str, text: str, after: int) -> bool:
    """A word that opens a sentence only by position: an adverb or participle ("Notably,",
    "Unaccounted cash") or a plural noun before its verb ("Revenues were"). (A lone noun our own
    word lists hold, "Mission plan", "Chief executive", is dropped before this is asked.)"""
    return bare.endswith(("ly", "ing", "ed")) or (
        bare.endswith("s") and bool(_AUX_AFTER.match(text, after)))


def _clean_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"(?:'s|’s|')$", "", text)
    return " ".join(text.split())


def candidates_in(ctx: _DocContext, lo: int, hi: int) -> list[Candidate]:
    """Entities and name chunks between ``lo`` and ``hi``, in text order, without overlaps.

    A pipeline entity wins over a chunk that merely covers it, except a country, place or
    mineral inside a longer name ("UK Independence Party", "Reserve Bank of India").
    """
    ents = [e for e in ctx.all_ents if lo <= e.start_char and e.end_char <= hi]
    chunks = name_chunks(ctx, lo, hi)
    out: list[Candidate] = []
    for e in ents:
        kind = _ENTITY_KIND.get(e.label_, "NAME")
        out.append(Candidate(e.start_char, e.end_char, kind, ctx.subject_of_entity(e), True))
    for start, end, kind in chunks:
        for c in out:
            # "General Motors of the US": the country after "of the" places the name, it is not part of it.
            if c.entity and c.kind == "COUNTRY" and start < c.start and c.end == end and \
                    ctx.text[start:c.start].endswith((" of the ", " in the ")):
                end = c.start - len(" of the ")
                kind = _kind_of_name(ctx.text[start:end].split(), "", owner_rules())
                break
        inside = [c for c in out if c.entity and c.start < end and c.end > start]
        if any(c.kind not in ("COUNTRY", "GPE", "PLACE", "NORP", "MINERAL") or (c.start, c.end) == (start, end)
               or not (start <= c.start and c.end <= end) for c in inside):
            # Keep the entity; a chunk that only adds title words around it is the entity itself.
            continue
        for c in inside:
            out.remove(c)
        text = ctx.text[start:end]
        name = _clean_name(text)
        alias = ctx.aliases.get(text)
        if alias is not None:
            subject = Subject(text=text, name=alias[0], acronym=alias[1], label=kind)
        else:
            subject = Subject(text=text, name=name, acronym=None, label=kind)
        out.append(Candidate(start, end, kind, subject, False))
    out.sort(key=lambda c: c.start)
    return out


# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------

def _role(ctx: _DocContext, cands: list[Candidate], i: int, fig_start: int, fig_end: int,
          sent_start: int, macro: bool, trigger_ends: list[tuple[int, int]]) -> str:
    """What candidate ``i`` is to the figure: an owner role, or 'source', 'place', 'modifier'."""
    rules = owner_rules()
    text = ctx.text
    c = cands[i]
    before = text[max(sent_start, c.start - 40):c.start]
    after = text[c.end:c.end + 40]
    if ctx.cached(("source", c.start), lambda: bool(
            rules.source_before.search(before) or rules.source_after.match(text, c.end, c.end + 40)
            or _BYLINE.search(text, max(sent_start, c.start - 40), c.start))):
        # "X said its profits rose": the source still owns through its pronoun (resolved later).
        return "source"
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    # A country or place used as an adjective or possessor of the next name, or "X of the US".
    if c.kind in _PLACE_KINDS | {"NORP"} and nxt is not None and nxt.start > c.end and nxt.end <= fig_start + 1:
        gap = text[c.end:nxt.start]
        if _ADJECTIVE_GAP.fullmatch(gap) \
                and nxt.kind not in _PLACE_KINDS | {"MINERAL"}:
            return "modifier"
    prev = cands[i - 1] if i > 0 else None
    if prev is not None and _OF_THE.fullmatch(text, prev.end, c.start) \
            and c.kind in _PLACE_KINDS and prev.kind not in _PLACE_KINDS:
        return "modifier"
    if c.kind in _PLACE_KINDS or (c.kind == "NAME" and c.subject.name.lower() in rules.places):
        if rules.place_before.search(before) or c.kind in ("PLACE", "GPE") or c.end > fig_end:
            return "place_macro" if macro else "place"
    if c.end <= fig_start:
        gap = text[c.end:fig_start]
        if _APOSTROPHE_WORD.match(gap) or _APOSTROPHE_SPACE.match(after):
            if len(gap.split()) <= 6 and not _CLAUSE_MARK.search(gap, 2):
                return "possessor"
        if _OF_BEFORE.search(before) and any(
                e <= c.start and c.start - e <= 12 for _, e in trigger_ends):
            return "of_head"
        if rules.descriptor.search(before):
            return "descriptor_head"
    return "mention"


def _score(c: Candidate, role: str, fig_start: int, fig_end: int, words_between: int,
           clause_first: bool) -> int:
    rules = owner_rules()
    weight = rules.role_weight.get(role, 0) + rules.label_weight.get(c.kind, 0)
    if role == "mention" and clause_first and c.end <= fig_start:
        weight += rules.role_weight["subject"]
    if c.start >= fig_end:
        weight += rules.after_penalty
    return weight + words_between


def _words_between(text: str, a: int, b: int) -> int:
    return len(text[a:b].split()) if a < b else 0


# ---------------------------------------------------------------------------
# The choice
# ---------------------------------------------------------------------------

def choose_owner(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_start: int, fig_end: int,
                 measure: str, triggers: list[Span]) -> tuple[Subject | None, dict[str, str]]:
    """The figure's owner, and the roles that are qualifiers instead (``source``, ``place``).

    ``lo``-``hi`` is the figure's clause (between its neighbouring figures).
    """
    rules = owner_rules()
    text = ctx.text
    cands = ctx.candidates_of(sent)
    trigger_spans = [(t.start_char, t.end_char) for t in triggers]
    qualifiers: dict[str, str] = {}
    scored: list[tuple[int, int, Subject]] = []
    clause_start = _clause_start(text, max(lo, sent.start_char), fig_start)
    first_before = True
    macro = measure in rules.macro_measures or measure == "growth" and bool(_ECONOMY.search(text, lo, hi))
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, sent.start_char, fig_start)]
    places_after: list[Candidate] = []
    for i, c in enumerate(cands):
        if c.start < fig_end and c.end > fig_start:
            continue  # "US" in "US$675 million" is part of the figure
        if any(a <= c.start and c.end <= b for a, b in asides):
            continue  # "Hale, who joined the Supreme Court in 2009, will earn £225,000"
        role = _role(ctx, cands, i, fig_start, fig_end, sent.start_char, macro, trigger_spans)
        in_clause = lo <= c.start and c.end <= hi
        if role == "source":
            if in_clause or c.end <= fig_start:
                qualifiers.setdefault("source", c.subject.name)
                if c.end <= fig_start and c.kind in _SOURCE_OWNERS and not rules.forecast.match(text, c.end, c.end + 40):
                    # "Virgin Blue said profits fell 10%": the speaker owns it when nothing else can.
                    scored.append((rules.role_weight["source_fallback"] + _words_between(text, c.end, fig_start),
                                   c.start, c.subject))
            continue
        if role in ("place", "modifier"):
            if role == "place" and lo <= c.start < hi:
                qualifiers.setdefault("place", c.subject.name)
                if fig_end <= c.start and _GROWTH_OF.search(text, lo, fig_start) and \
                        _ACROSS_PLACE.match(text, fig_end, c.start):
                    places_after.append(c)
            continue
        if c.end <= fig_start and _is_object(rules, text, measure, c, sent.start_char, fig_start):
            role = "object"  # "the FCC fined CBS $550,000": the fined one owns the fine
        if c.end <= fig_start and c.kind == "PROGRAMME" and _UNDER_WHICH.match(text, c.end, fig_start):
            role = "recipient"  # "the Recycling program, under which the department awarded $192 million"
        if c.end <= fig_start:
            distance = _words_between(text, c.end, fig_start)
            clause_first = c.start >= clause_start and first_before
            if c.start >= clause_start:
                first_before = False
        elif c.kind == "PROGRAMME" or c.kind in ("COMPANY", "BODY") and role != "place_macro":
            # Money "for"/"under" a programme named after it is the programme's.
            distance = _words_between(text, fig_end, c.start)
            if _FOR_PROGRAMME.search(text, fig_end, c.start) \
                    and c.kind == "PROGRAMME":
                role = "recipient"
            clause_first = False
        elif role == "place_macro":
            distance = _words_between(text, fig_end, c.start)
            clause_first = False
        else:
            continue
        if distance > rules.max_distance:
            continue
        scored.append((_score(c, role, fig_start, fig_end, distance, clause_first), c.start, c.subject))
    for word, kind, start, end in _anaphors_in(ctx, sent.start_char, fig_start):
        resolved = resolve_anaphor(ctx, kind, start)
        if resolved is not None:
            distance = _words_between(text, end, fig_start)
            weight = rules.role_weight["anaphor"] + distance + rules.label_weight.get(resolved.label, 0)
            if _POSSESSIVE_AT.match(text, end) or word.lower() in ("its", "their", "his", "her"):
                weight += rules.role_weight["possessor"] // 2
            scored.append((weight, start, resolved.model_copy(update={"text": word})))
    generic = [] if macro else _generic_candidates(ctx, lo, hi, fig_start, fig_end, clause_start, triggers)
    for weight, start, subject in generic:
        if subject is not None and weight <= rules.role_weight["worth_head"]:
            scored.append((weight + _words_between(text, start, fig_start), start, subject))
    if not scored and measure == "growth" and places_after:
        # "growth of 2.2% across the EU": an economy's growth, said of the place.
        scored = [(0, places_after[0].start, places_after[0].subject)]
    if not scored and generic:
        # A common noun owns the figure only when no name in the sentence can.
        scored = [(w + _words_between(text, st, fig_start), st, subj) for w, st, subj in generic]
    if scored:
        scored.sort(key=lambda s: (s[0], -s[1]))
        return scored[0][2], qualifiers
    return None, qualifiers


def _thing(text: str, start: int, end: int) -> Subject:
    """A common-noun owner, with the noun before its head when there is one ("pharma products")."""
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).lower() not in owner_rules().not_heads:
        start = before.start(1)
    words = text[start:end]
    return Subject(text=words, name=" ".join(words.lower().split()), acronym=None, label="THING")


def _generic_candidates(ctx: _DocContext, lo: int, hi: int, fig_start: int, fig_end: int, clause_start: int,
                        triggers: list[Span]) -> list[tuple[int, int, Subject]]:
    """Owners that are common nouns, for figures no name owns: "a phone worth Rs 26,000", "the
    average house price fell from £180,126", "Mumbai motorists paid ?10.4 crore"."""
    rules = owner_rules()
    text = ctx.text
    found = []
    worth = rules.worth_head.search(text, max(lo, fig_start - 80), fig_start)
    if worth is not None and worth.group("head").lower() not in rules.not_heads and not any(
            u.start_char <= worth.start("head") < u.end_char for u in triggers):
        found.append((rules.role_weight["worth_head"], worth.start("head"), _thing(text, *worth.span("head"))))
    for t in triggers:
        if not (clause_start <= t.start_char < fig_start) or t.text.lower() not in rules.measure_nouns:
            continue
        m = rules.compound_head.search(text, max(clause_start, t.start_char - 30), t.start_char)
        if m is not None and m.group("head").lower() not in rules.not_heads and not any(
                u.start_char <= m.start("head") < u.end_char for u in triggers):
            found.append((rules.role_weight["compound_head"], m.start("head"), _thing(text, *m.span("head"))))
    share_of = _SHARE_OF.match(text, fig_end, hi) if fig_end < hi else None
    if share_of is not None and share_of.group("head").lower() not in rules.not_heads:
        # "3% of the current coins in circulation": a share of the coins
        found.append((rules.role_weight["compound_head"], share_of.start("head"), _thing(text, *share_of.span("head"))))
    np = rules.subject_np.match(text, clause_start, fig_start)
    if np is not None and np.group("head").lower() not in rules.not_heads and not any(
            u.start_char <= np.start("head") < u.end_char for u in triggers):
        found.append((rules.role_weight["generic_subject"], np.start("head"), _thing(text, *np.span("head"))))
    return found


def _is_object(rules: OwnerRules, text: str, measure: str, c: Candidate, sent_start: int, fig_start: int) -> bool:
    verbs = rules.object_verbs.get(measure)
    if not verbs or len(text[c.end:fig_start].split()) > 2:
        return False
    return bool(verbs.search(text, max(sent_start, c.start - 20), c.start))


def _clause_start(text: str, lo: int, fig_start: int) -> int:
    """Where the figure's clause begins: after the last clause break before the figure."""
    cut = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, fig_start):
        cut = m.end()
    return cut


def _anaphors_in(ctx: _DocContext, lo: int, hi: int) -> list[tuple[str, str, int, int]]:
    """Anaphors between ``lo`` and ``hi``, read once per sentence (figures of a long sentence all ask)."""
    sent = ctx.sentence_of(lo)
    rules = owner_rules()
    found = ctx.cached(("anaphors", sent.start_char), lambda: [
        (m.group(0), rules.anaphors[m.group(0).lower()], m.start(), m.end())
        for m in rules.anaphor.finditer(ctx.text, sent.start_char, sent.end_char)])
    if lo >= sent.start_char and hi <= sent.end_char:
        return [a for a in found if lo <= a[2] and a[3] <= hi]
    return [(m.group(0), rules.anaphors[m.group(0).lower()], m.start(), m.end())
            for m in rules.anaphor.finditer(ctx.text, lo, hi)]


def resolve_anaphor(ctx: _DocContext, kind: str, before: int, follow: bool = True) -> Subject | None:
    return ctx.cached(("anaphor", kind, before, follow), lambda: _resolve_anaphor(ctx, kind, before, follow))


def _resolve_anaphor(ctx: _DocContext, kind: str, before: int, follow: bool) -> Subject | None:
    """What an anaphor before ``before`` points back to: in its own sentence the nearest earlier
    owner of a matching kind, in earlier sentences (up to four back, then the headline) the first
    one, the sentence's subject, as a reader takes "It also sets aside..." to continue the previous
    sentence's subject. "the mission" wants a programme whose name ends in Mission; such phrases
    count as mentions of what they resolve to (``follow``)."""
    rules = owner_rules()
    group, _, head = kind.partition(":")
    kinds = rules.anaphor_kinds.get(group, frozenset())
    for k, (lo, hi) in enumerate(ctx.sentences_back(before, 4)):
        mentions: list[tuple[int, str, Subject]] = [
            (c.start, c.kind, c.subject) for c in ctx.candidates_between(lo, hi)
            if c.end <= before and not ctx.is_place(c)]
        if follow:
            for _, phrase_kind, start, _ in _anaphors_in(ctx, lo, min(hi, before)):
                if ":" in phrase_kind or phrase_kind in ("company", "work", "party", "org"):
                    resolved = resolve_anaphor(ctx, phrase_kind, start, follow=False)
                    if resolved is not None:
                        mentions.append((start, resolved.label, resolved))
        # In the anaphor's own sentence the subject comes first ("Mayweather said he is ready if he
        # is paid..."), as in the sentences before it.
        mentions.sort(key=lambda m: m[0])
        for _, label, subject in mentions:
            if label not in kinds:
                continue
            if head and not subject.name.lower().rstrip("s").endswith(head.rstrip("s")):
                continue
            return subject
    return None


def topic_before(ctx: _DocContext, before: int, measure: str = "mentions") -> Subject | None:
    programme_money = measure in owner_rules().topic["programme_measures"]
    return ctx.cached(("topic", before, programme_money), lambda: _topic_before(ctx, before, programme_money))


def _topic_before(ctx: _DocContext, before: int, programme_money: bool) -> Subject | None:
    """What the text was about just before ``before``: every name of the previous sentences and the
    headline counts, and so does a pronoun or "the mission" resolved to one, weighted by recency
    and by opening its sentence (``topic`` in owners.json). A programme named long ago is not
    guessed: only what the reader has just read, or the headline, counts."""
    rules = owner_rules()
    weights = rules.topic["sentence_weights"]
    spans = ctx.sentences_back(before, len(weights))
    scores: dict[str, float] = {}
    subjects: dict[str, Subject] = {}
    for k, (lo, hi) in enumerate(spans[1:], start=1):
        weight = weights[k - 1] if k - 1 < len(weights) else rules.topic["headline_weight"]
        if lo == 0:
            weight = max(weight, rules.topic["headline_weight"])
        first = True
        mentions: list[tuple[int, Subject]] = [
            (c.start, c.subject) for c in ctx.candidates_between(lo, hi)
            if c.kind not in ("MINERAL", "PLACE", "GPE", "NORP") and not ctx.is_source_or_place(c)
            and not (c.kind == "COUNTRY" and _NAME_FOLLOWS.match(ctx.text, c.end))]
        for word, kind, start, _ in _anaphors_in(ctx, lo, hi):
            if kind.startswith("programme") or kind in ("company", "work", "party", "org"):
                resolved = resolve_anaphor(ctx, kind, start)
                if resolved is not None:
                    mentions.append((start, resolved))
        for _, subject in sorted(mentions, key=lambda m: m[0]):
            key = subject.name
            subjects.setdefault(key, subject)
            scores[key] = scores.get(key, 0.0) + weight + (rules.topic["subject_bonus"] if first else 0.0) + (
                rules.topic["programme_bonus"] if programme_money and subject.label == "PROGRAMME" else 0.0)
            first = False
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    return subjects[best]


@lru_cache(maxsize=1)
def _attributive() -> re.Pattern[str]:
    return re.compile(load_table("owners.json")["attributive"]["regex"], re.I)


def attributive_owner(ctx: _DocContext, sent: Span, fig_end: int) -> Subject | None:
    """The programme a figure directly modifies ("a Rs 16,300-crore National Critical Mineral
    Mission", "the $675 million CMM program"): the figure is that programme's, whatever else the
    sentence names."""
    follow = _attributive().match(ctx.text, fig_end, sent.end_char)
    if follow is None:
        return None
    for c in ctx.candidates_of(sent):
        if c.start == follow.end() and c.kind == "PROGRAMME":
            return c.subject
    head = follow.group("head")
    if head:
        resolved = resolve_anaphor(ctx, f"programme:{head.lower()}", sent.start_char)
        if resolved is not None:
            return resolved.model_copy(update={"text": head})
    return None
