"""What pronouns and descriptions stand for when they own a figure.

A pronoun or a description ("the firm", "the actor", "these farmers") owns a figure as the name it
stands for would, but which name is a question of agreement, not only of distance: "their" agrees
in number with a plural noun ("the impounded trucks because of their $2m upkeep"), "his" with the
clause's person noun ("The employee will be paid 50% of his salary"), a first-person pronoun of a
quote with the one quoted. ``discourse.resolve_anaphor`` gives the name read before; these rules
say when a nearer noun wins, and when a pronoun possesses the figure or is the object that is paid.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import _AGENT_NOUN, marked_person, resolve_anaphor
from .names import Candidate
from .owner_rules import OwnerRules, owner_rules
from .owner_subjects import _sentence_subject_thing
from .owner_words import _PLACE_KINDS, _WORD_BACK, _noun_head, _thing, _words_between
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext
    from .measures import Trigger


_QUOTE_MARK = re.compile(r"[\"“”]")


def _quoted_speaker(text: str, cands: list[Candidate], fig_end: int, sent_end: int, rules: OwnerRules) -> Subject | None:
    """The one quoted when the figure's quote closes in its sentence and names its speaker right after
    ('... fined me £120," Kanchanmala said', '..." said Mr Tiwari'), else None."""
    close = rules.quote_close.search(text, fig_end, sent_end)
    if close is None or _QUOTE_MARK.search(text, fig_end, close.start()):
        return None
    for c in cands:
        if c.start == close.end():
            if close.group("verb") or rules.quote_verb_after.match(text, c.end):
                return c.subject
        elif c.start > close.end():
            break
    return None


# Words a possessive may stand before its noun across ("its net profit", "their monthly Rs 50 Cr cost").
_POSSESSED_SPAN = 3


def _in_opener(text: str, clause_start: int, subject_start: int, start: int, end: int) -> bool:
    """Whether an anaphor stands in an opening phrase before the clause's subject ("Besides
    expressing its regret, Japan agreed to pay", "In her affidavit, Kaushik declared"): the
    subject after the comma is whom the clause is about, not what the pronoun points back to."""
    return clause_start < subject_start and end <= subject_start and start >= clause_start


def _possesses_figure(text: str, end: int, fig_start: int, fig_end: int, clause_start: int,
                      triggers: list[Trigger]) -> bool:
    """Whether a possessive ("its", "the firm's") is the figure's own possessor: the figure or its
    measure word follows within a few words ("its revenue rose 5%", "due to their Rs 50 Cr cost",
    "its net profit for the year was"). One that possesses another noun of the clause ("presented
    its MLAs and alleged the rival had offered them Rs 15 crore", "had no car in her name") is
    only a mention: the pronoun still stands for a name, but owns no more than a name would."""
    if end <= fig_start and _words_between(text, end, fig_start) <= _POSSESSED_SPAN:
        return True
    return any(end <= t.start_char and _words_between(text, end, t.start_char) <= _POSSESSED_SPAN - 1
               and clause_start <= t.start_char <= fig_end + 40 for t in triggers)


_PLURAL_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z-]{2,}(?<![su])s(?![\w'’-])")
_PLURAL_OPENER = re.compile(r"[A-Z][a-z-]{2,}(?<![su])s(?![\w'’-])")
# After a plural-looking word, an object says it was a verb ("the minister raises their pay").
_OBJECT_AFTER = re.compile(r"[ \t]+(?:the|a|an|its|their|his|her|this|these|those|them|him|it|us)\b", re.I)


def _plural_antecedent(ctx: _DocContext, lo: int, hi: int, cands: list[Candidate],
                       triggers: list[Trigger], opens: bool = False) -> Subject | None:
    """The plural common noun a "their" at ``hi`` stands for: the nearest one before it in its clause
    (from ``lo``), when no name stands between them. A reader takes "told the depot to sell the
    impounded trucks because of their $2m upkeep" as the trucks' upkeep: "their" agrees in number
    with a plural noun, while a body named before ("the depot", "Halden Police") is one thing and
    is reached back to only when no plural noun is nearer (``resolve_anaphor`` then decides)."""
    rules = owner_rules()
    text = ctx.text
    found = list(_PLURAL_WORD.finditer(text, lo, hi))
    if opens and (first := _PLURAL_OPENER.match(text, lo, hi)) is not None and (not found or found[0].start() > first.start()):
        found.insert(0, first)  # ``opens``: "Companies reported they ...": the capitalised plural that opens the sentence
    for m in reversed(found):
        word = m.group(0).lower()
        if any(m.end() <= c.start and c.end <= hi and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands):
            return None  # a name nearer to "their" than any plural noun
        if any(c.start <= m.start() < c.end for c in cands) or word in rules.plural_not_nouns \
                or word in rules.measure_nouns or word in rules.not_things or not _noun_head(word, rules) \
                or any(t.start_char <= m.start() < t.end_char for t in triggers) \
                or _OBJECT_AFTER.match(text, m.end()):
            continue
        before = _WORD_BACK.search(text, max(lo, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() in rules.plural_not_before:
            continue  # "he says", "which costs": a verb
        return _thing(text, *m.span())
    return None


_PERSON_POSSESSIVES = frozenset({"his", "her"})


def _person_subject(ctx: _DocContext, lo: int, before: int, cands: list[Candidate], rules: OwnerRules) -> Subject | None:
    """The common noun that opens the clause at ``lo`` as its subject when it names a person ("The
    employee", "the engineer", "The victim") and no name stands between it and ``before``: what a
    "his" or "her" of the clause stands for."""
    thing = _sentence_subject_thing(ctx, lo, before, rules)
    if thing is None:
        return None
    head = thing.name.split()[-1]
    if head not in rules.person_nouns:
        return None
    if any(c.start >= lo and c.end <= before and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands):
        return None
    return thing


def _single_name(subject: Subject) -> bool:
    """A name that is one thing, which "they" does not stand for: not a common noun, nor names joined
    by "and" ("Warne and Waugh"), nor a party or a team's kind (a body a writer may call "they")."""
    return subject.label in _SINGLE_LABELS and not _JOINED_NAMES.search(subject.name)


_SINGLE_LABELS = frozenset({"NAME", "PERSON", "PLACE", "GPE", "MINERAL", "PROGRAMME", "WORK"})
_JOINED_NAMES = re.compile(r"\s(?:and|&)\s|,")


def _previous_plural(ctx: _DocContext, before: int, rules: OwnerRules, names_after: bool = False) -> Subject | None:
    """The first plural common noun of the sentence before ``before`` ("The shop from where the
    thieves drilled the hole had been closed for three months."), skipping words that count time or
    say what rather than who, and words inside names. With ``names_after``, names that sentence
    writes after the plural do not count (the plural is asked for as the sentence's subject)."""
    spans = ctx.sentences_back(before, 1)
    if len(spans) < 2 or spans[1][1] > before:
        return None
    lo, hi = spans[1]
    lo = ctx.after_dateline(lo, hi)
    text = ctx.text
    cands = ctx.candidates_between(lo, hi)
    found = list(_PLURAL_WORD.finditer(text, lo, hi))
    if (first := _PLURAL_OPENER.match(text, lo, hi)) is not None:
        found.insert(0, first)
    named = [c for c in cands if c.kind not in _PLACE_KINDS | {"NORP"}]
    if named and not (names_after and found and all(c.start >= found[0].end() for c in named)
                      and _people_plural(found[0].group(0).lower(), rules)):
        return None  # ("Rumours boosted Sina's shares by 10%. They added 6%": a name there is what "they" goes on with)
    for m in found:
        word = m.group(0).lower()
        if word in rules.measure_nouns:
            return None  # "Prices rose 3%. They added 1%": what "they" are is a measure, not who owns it
        if any(c.start <= m.start() < c.end for c in cands) or word in rules.plural_not_nouns \
                or word in rules.demonstrative_not_heads or word in rules.not_things or not _noun_head(word, rules):
            continue
        back = _WORD_BACK.search(text, max(lo, m.start() - 30), m.start())
        if back is not None and back.group(1).lower() in rules.plural_not_before:
            continue
        return _thing(text, *m.span())
    return None


def _people_plural(word: str, rules: OwnerRules) -> bool:
    """Whether a plural names people ("farmers", "pilots", "villagers"): a person noun, a role, or an
    agent noun; "they" that acts ("They demanded") goes on with them past the names they act on, not
    with a plural of things ("Rumours lifted Orvex's shares. They added 3%": the shares, Orvex's)."""
    one = word[:-1]
    return one in rules.person_nouns or one in rules.person_roles or bool(_AGENT_NOUN.match(word))


_SUBJECT_OPENING = re.compile(r"[\s\"“‘'*•-]*(?:(?:The|These|Those|Both|All|Many|Most|Some)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}$")


def _previous_plural_subject(ctx: _DocContext, before: int, rules: OwnerRules) -> Subject | None:
    """The plural common noun that opens the sentence before ``before`` as its subject ("The tobacco
    companies deny the charges.", "The firms had been barred from the river."): what a "they" opening
    the next sentence goes on with, rather than a body named before it (a plural further into that
    sentence may be an object or a word of a name: "at the time of Punjab elections")."""
    group = _previous_plural(ctx, before, rules, names_after=True)
    if group is None:
        return None
    lo, hi = ctx.sentences_back(before, 1)[1]
    word = re.compile(rf"(?<![\w-]){re.escape(group.text)}(?![\w'’-])")
    m = word.search(ctx.text, lo, hi)
    return group if m is not None and _SUBJECT_OPENING.fullmatch(ctx.text, lo, m.start()) else None


def _demonstrative_antecedent(ctx: _DocContext, before: int, head: str) -> Subject | None:
    """What "these farmers" or "those studios" at ``before`` stands for, in the two sentences before
    it, nearest first: the last plural with the same head ("Tamil Nadu farmers", not one after
    "these" or "those"), or a list of names that opens the previous sentence ("Paramount, Universal
    and Warner Brothers said ..."): a plural is several things named together."""
    text = ctx.text
    same = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w'’-])", re.I)
    for n, (lo, hi) in enumerate(ctx.sentences_back(before, 2)[1:3]):
        for m in reversed(list(same.finditer(text, lo, hi))):
            if not re.search(r"\b(?:these|those)[ \t]+$", text[max(lo, m.start() - 8):m.start()], re.I):
                return _thing(text, *m.span())
        if n == 0 and (names := _opening_list(ctx, lo, hi)) is not None:
            return names
    return None


def _opening_list(ctx: _DocContext, lo: int, hi: int) -> Subject | None:
    """"Paramount, Universal and Warner Brothers said ...": names listed at the opening of a sentence."""
    text = ctx.text
    cands = [c for c in ctx.candidates_between(lo, hi) if c.kind not in _PLACE_KINDS | {"NORP", "PERSON"}]
    opener = owner_rules().clause_opener.match(text, lo, hi)
    if not cands or text[opener.end() if opener is not None else lo:cands[0].start].strip(" \t\n,"):
        return None
    end = cands[0].end
    for c in cands[1:]:
        if not _LIST_GAP.fullmatch(text, end, c.start):
            break
        end = c.end
    span = text[cands[0].start:end]
    return Subject(text=span, name=span, acronym=None, label="NAME") if end > cands[0].end and " and " in span else None


_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]*and[ \t]+)")


# A relative clause that a name opens: "Ocean's Eleven which took", "Hitch, which made"
_RELATIVE_OPEN = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)which\b")
_RELATIVE_BREAK = re.compile(r"[,;:\n]|[ \t][-–—][ \t]")
_RELATIVE_SPAN = 12  # words from the name to the pronoun


def _relative_holder(ctx: _DocContext, cands: list[Candidate], sent_start: int, start: int) -> Subject | None:
    """The name whose "which" clause holds an "its" at ``start``: "The sequel beat its predecessor,
    Ocean's Eleven which took $38.1m on its opening weekend". Within that clause the possessive goes on
    with the name the clause describes, not with the sentence's subject (``resolve_anaphor``'s first
    choice, "the sequel"). Only the nearest name before the pronoun, one "its" can stand for, with no
    break between."""
    text = ctx.text
    before = [c for c in cands if sent_start <= c.start and c.end <= start]
    if not before:
        return None
    c = before[-1]
    m = _RELATIVE_OPEN.match(text, c.end, start)
    if m is None or c.kind in _PLACE_KINDS | {"NORP", "PERSON"} or _RELATIVE_BREAK.search(text, m.end(), start) \
            or _words_between(text, c.end, start) > _RELATIVE_SPAN:
        return None
    return c.subject


_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})


def _person_noun_before(ctx: _DocContext, before: int, rules: OwnerRules) -> Subject | None:
    """The person a "he" or "him" at ``before`` stands for when no person is named: the nearest common
    noun for one person with an article ("a 60-year-old man", "the officer") in its sentence before it
    or in the two sentences before (``person_nouns`` in owners.json)."""
    text = ctx.text
    for lo, hi in ctx.sentences_back(before, 2)[:3]:
        found = list(rules.person_noun.finditer(text, lo, min(hi, before)))
        if found:
            head = found[-1].span("head")
            return Subject(text=text[head[0]:head[1]], name=text[head[0]:head[1]].lower(), acronym=None, label="THING")
    return None


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_SUBJECT_GAP = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){1,3}")


def _pronoun_object(rules: OwnerRules, text: str, measure: str, start: int, end: int, sent_start: int,
                    fig_start: int) -> bool:
    verbs = rules.object_verbs.get(measure)
    if not verbs or len(text[end:fig_start].split()) > 2:
        return False
    return bool(verbs.search(text, max(sent_start, start - 20), start))


_THE_NOUN = r"(?<![\w-])[Tt]he[ \t]+(?:[^\s]+[ \t]+){0,2}"


def _named_noun_before(ctx: _DocContext, sent: Span, subject: Subject) -> Subject | None:
    """"the temple had received Rs 393 crore" after "the Shirdi Saibaba temple", "the statue is to cost
    Rs 3,600 crore" after "the Shivaji statue": "the" and a noun the text has just written after a name
    (or that ends one: "the gallery" after "the National Gallery") is that named one, as a listed
    description is (``described_owner``). Only when every mention of the noun in the sentence has "the"
    before it, and in the previous sentences (up to six) or the headline."""
    text = ctx.text
    noun = subject.text
    if not _the_phrases(ctx, sent, noun):
        return None
    after = _noun_patterns(noun)[2]
    for lo, hi in ctx.sentences_back(sent.start_char, 6)[1:]:
        for c in reversed(ctx.candidates_between(lo, hi)):
            if c.end > sent.start_char or c.kind in ("COUNTRY", "NORP", "PERSON"):
                continue
            if c.subject.name.lower().split()[-1] == noun and " " in c.subject.name:
                return c.subject.model_copy(update={"text": noun})  # "the National Gallery" ... "the gallery"
            if after.match(text, c.end) and text[c.end:c.end + 1].isspace():
                name = f"{c.subject.name} {noun}"  # "the Barak hostel" ... "the hostel"
                return Subject(text=noun, name=name, acronym=None, label="THING")
    return None


def _the_phrases(ctx: _DocContext, sent: Span, noun: str) -> list[re.Match[str]]:
    """The "the (...) noun" phrases of a sentence, or none when the noun is also written there
    without "the" ("a bridge", "this group": any one, not the one named before)."""
    if not noun.isalpha() or not noun.islower():
        return []
    text = ctx.text
    alone, with_the, _ = _noun_patterns(noun)
    written = [m.start() for m in alone.finditer(text, sent.start_char, sent.end_char)]
    phrases = list(with_the.finditer(text, sent.start_char, sent.end_char))
    return phrases if written and set(written) == {m.end() - len(noun) for m in phrases} else []


@lru_cache(maxsize=1024)
def _noun_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A common noun written alone, after "the (...)", and after a name: compiled once per noun
    (they are built at run time, more of them than ``re`` keeps compiled)."""
    word = re.escape(noun)
    return (re.compile(rf"(?<![\w-]){word}(?![\w-])"), re.compile(_THE_NOUN + word + r"(?![\w-])"),
            re.compile(rf"[ \t]+{word}(?![\w-])", re.I))


@lru_cache(maxsize=1)
def _standin_nouns() -> dict[str, str]:
    return dict(load_table("owners.json")["description_standins"]["nouns"])


def _titled_person_before(ctx: _DocContext, sent: Span, fig_start: int, subject: Subject) -> Subject | None:
    """"The actor made several remarks before being released on $7,000 bond": "the" and a person's
    title ("the actor", "the 27-year-old winger", "the minister") stands for the person named before,
    as "he" does; "The stock had fallen 3%" for the company named before (``description_standins``).
    A name of no known kind is a person when the text says so elsewhere ("Aamir ... his deals": "the
    actor charged a fee of Rs 35 crore" is Aamir's, ``marked_person``)."""
    noun = subject.text.lower()
    kind = "person" if noun in owner_rules().title_words else _standin_nouns().get(noun)
    if kind is None:
        return None
    phrases = _the_phrases(ctx, sent, subject.text)
    if not phrases:
        return None
    nearest = min(phrases, key=lambda m: abs(m.end() - fig_start))
    resolved = resolve_anaphor(ctx, kind, nearest.start())
    return resolved.model_copy(update={"text": nearest.group(0)}) if resolved is not None \
        and (kind != "person" or resolved.label == "PERSON" or marked_person(ctx, resolved.name)) else None


# "his party's plans", "her party would cut": a person's possessive before the word for a party
_PERSON_PARTY = re.compile(r"[ \t]+party\b(?![’'-][a-rt-z])", re.I)
_PARTY_GAP = re.compile(r"(?:[’']s)?[ \t]+(?P<gap>(?:[A-Za-z][\w.-]*[ \t]+){1,3})")


@lru_cache(maxsize=1)
def _party_roles() -> frozenset[str]:
    return frozenset(load_table("owners.json")["person_party"]["roles"])


def _party_of(ctx: _DocContext, person: Subject) -> Subject | None:
    """The party a person is named with somewhere in the text, a party name and a title before the
    person's name ("Tory leader Michael Howard", "SNP leader Alex Salmond", "Labour MP Ann Cryer"): what
    "his party" stands for ("Michael Howard says his party can save £35bn"), not the party named
    last; the first such party when the text spells it two ways ("Lib Dem", "Liberal Democrat").
    None when the text names the person with no party."""
    if person.label not in ("PERSON", "NAME"):
        return None

    def read() -> Subject | None:
        cands = ctx.candidates_between(0, len(ctx.text))
        rules = owner_rules()
        roles = _party_roles()
        for prev, c in zip(cands, cands[1:]):
            if c.subject.name != person.name or prev.kind not in ("PARTY", "NAME"):
                continue
            gap = _PARTY_GAP.fullmatch(ctx.text, prev.end, c.start)
            words = gap.group("gap").lower().replace(".", "").split() if gap is not None else []
            if any(w in roles for w in words) and all(w in rules.title_words or w in rules.title_modifiers
                                                      or w in roles for w in words):
                return prev.subject
        return _party_with(ctx, cands, person)
    return ctx.cached(("party_of", person.name), read)


def _party_with(ctx: _DocContext, cands: list[Candidate], person: Subject) -> Subject | None:
    """The one party named in the sentence that first names the person, when no title ties one to
    the name ("The Liberal Democrats will present themselves as the real alternative, Charles Kennedy
    has said ... Mr Kennedy outlined his party's plan"); None when that sentence names none or two."""
    first = next((c for c in cands if c.subject.name == person.name), None)
    if first is None:
        return None
    sent = ctx.sentence_of(first.start)
    parties = {c.subject.name: c.subject for c in cands
               if sent.start_char <= c.start < sent.end_char and c.kind == "PARTY"}
    return next(iter(parties.values())) if len(parties) == 1 else None


# "his party, the Congress, will press for": the party named right after the words
_APPOSED = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")


def _apposed_party(ctx: _DocContext, end: int) -> Subject | None:
    """The party an apposition names right after "his party" at ``end`` ("his party, the Congress,")."""
    gap = _APPOSED.match(ctx.text, end)
    if gap is None:
        return None
    after = ctx.candidates_between(gap.end(), min(len(ctx.text), gap.end() + 60))
    return after[0].subject if after and after[0].start == gap.end() and after[0].kind == "PARTY" else None


def _person_party(ctx: _DocContext, word: str, end: int, person: Subject | None) -> Subject | None:
    """What "his party" or "her party" at ``end`` stands for: the party its person is named with."""
    if word.lower() not in _PERSON_POSSESSIVES or (party := _PERSON_PARTY.match(ctx.text, end)) is None:
        return None
    return _apposed_party(ctx, party.end()) or (_party_of(ctx, person) if person is not None else None)


@lru_cache(maxsize=1)
def _extraposed_rules() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(the costing verb after "it", the "to" clause's object after the figure, the most words
    between the figure and "to"), from ``extraposed_cost`` in owners.json."""
    from .patterns import word_alternation as alt
    data = load_table("owners.json")["extraposed_cost"]
    verb = re.compile(rf"(?:[ \t]+(?:{alt(data['before'])})){{0,2}}[ \t]+(?:{alt(data['verbs'])})(?![\w'’-])")
    aim = re.compile(rf"(?<![\w-])to[ \t]+[a-z]+[ \t]+(?:(?:the|a|an|its|their|this|these|those)[ \t]+)?"
                     rf"(?P<np>(?:(?!(?:{alt(data['stops'])})(?![\w-]))[a-z][\w-]*)(?:[ \t]+(?!(?:{alt(data['stops'])})(?![\w-]))[a-z][\w-]*){{0,2}})")
    return verb, aim, int(data["max_gap"])


_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
_COORDINATED = re.compile(r"[ \t]+(?:and|or)[ \t]")


def _extraposed_aim(ctx: _DocContext, sent: Span, end: int, fig_start: int, fig_end: int) -> Subject | None:
    """What an "it" ending at ``end`` costs when it points at nothing: "it would take Rs 42 crore to fix
    the damage" is the cost of fixing the damage, "It can cost up to £1,500 to make a copy" of the copy.
    The object of the "to" clause after the figure (``extraposed_cost``), or what a "the" noun there was
    written with before (``_named_noun_before``: "to execute the plan" after "the restoration plan");
    None when "it" is no costing verb's subject, or no "to" clause follows the figure."""
    verb_at, aim_at, max_gap = _extraposed_rules()
    text = ctx.text
    verb = verb_at.match(text, end, fig_start)
    if verb is None or _words_between(text, verb.end(), fig_start) > 6:
        return None
    aim = aim_at.search(text, fig_end, sent.end_char)
    if aim is None or _CLAUSE_BREAK.search(text, fig_end, aim.start()) or _words_between(text, fig_end, aim.start()) > max_gap:
        return None
    if _COORDINATED.match(text, aim.end("np")):
        return None  # ("to fix the physical and biological damages": the object's head is further on)
    rules = owner_rules()
    head = aim.group("np").split()[-1]
    if not _noun_head(head, rules) or head in rules.measure_nouns or head in rules.not_things:
        return None
    named = _named_noun_before(ctx, sent, Subject(text=head, name=head, acronym=None, label="THING")) \
        if text[aim.start("np") - 4:aim.start("np")] == "the " else None
    return named or _thing(text, *aim.span("np"))


@lru_cache(maxsize=1)
def _currency_rules() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a currency that opens a sentence as its subject, the descriptions that stand for one), from
    ``currency_it`` in owners.json."""
    from .patterns import word_alternation as alt
    data = load_table("owners.json")["currency_it"]
    opening = re.compile(rf"[\s\"“‘'*•-]*[Tt]he[ \t]+(?:(?:{alt(data['before'])})[ \t]+)?"
                         rf"(?P<cur>{alt(data['currencies'])})(?![\w'’-])")
    return opening, frozenset(data["anaphors"])


def _currency_subject(ctx: _DocContext, cands: list[Candidate], sent_start: int, before: int) -> Subject | None:
    """The currency an "it" at ``before`` stands for: the one that opens its sentence as its subject with
    no name between ("The dollar has weakened since September, when it traded at about $1.20"), or,
    when its sentence names none before it, the one that opens the sentence before ("The dollar was
    buying 104 yen. Against the euro, it was trading at $1.29"). A reader goes on with the currency
    the text is about, not with a country named on the way ("worries about the US economy"), which a
    blank pipeline's names offer instead (a currency word is no name). None when neither opens so."""
    opening, _ = _currency_rules()
    text = ctx.text
    named = any(c.start >= sent_start and c.end <= before and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands)
    spans = ctx.sentences_back(before, 1)
    for k, (lo, hi) in enumerate(spans[:2]):
        m = opening.match(text, lo, min(hi, before))
        if m is None or k == 0 and any(m.end() <= c.start and c.end <= before for c in cands) or k == 1 and named:
            continue
        return Subject(text=m.group("cur"), name=m.group("cur").lower(), acronym=None, label="THING")
    return None


def _currency_described(ctx: _DocContext, sent: Span, subject: Subject) -> Subject | None:
    """What "the currency" owns a figure for: the currency that opens the sentence before ("The rupee
    climbed to 43.3 per dollar. The currency has gained 1%"), as "it" would (``_currency_subject``)."""
    _, descriptions = _currency_rules()
    if f"the {subject.name.lower()}" not in descriptions or not _the_phrases(ctx, sent, subject.text) \
            or any(m.group(0).lower() != f"the {subject.name.lower()}" for m in _the_phrases(ctx, sent, subject.text)):
        return None  # ("the US currency, which had lost 7%": a currency the sentence says, not the one before)
    return _currency_subject(ctx, [], sent.start_char, sent.start_char)

