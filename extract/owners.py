"""Who a figure belongs to: each candidate's grammatical role, then one choice.

A blank pipeline has no parser, so roles are read from the words around each candidate
(``names``), with the data in ``patterns/owners.json``:

* a source ("X said", "according to X", "X is forecasting") or a place ("in the UK", "at
  Mumbai airport") is a qualifier, not an owner (a place owns macro measures: inflation, the
  growth "of 2.2% across the EU"); a source that is an organisation owns only what nothing else
  can ("Virgin Blue said profits fell");
* a country used as an adjective or possessor of a name ("US foods giant Kraft", "Japan's
  Nippon Steel", "General Motors of the US") gives way to the name;
* owners, strongest first: the programme a figure directly names ("a Rs 7,000-crore scheme"),
  the possessor ("Tesco's profit"), the one fined or paid, the programme money is "for" or
  "under which" it was given, the "of X" after a measure, the head after a descriptor ("foods
  giant Kraft"), the subject that opens the clause; then anaphors (``discourse``), then a common
  noun ("a phone worth Rs 26,000").

Everything is one decision, ``choose_owner``, so the rules are read in one place; what the
sentence cannot answer is left to the caller's fallbacks (``discourse.topic_before``). Last, a
national figure that these give to the body reporting it ("The ONS said output dropped 0.5%") or
to no one is the economy's (``national.national_owner``).

The rules the choice reads are kept by what they read: ``owner_roles`` (what a name candidate is
to the figure), ``owner_groups`` (common-noun owners and share groups), ``owner_payers``
(recipients, payers, askers), ``owner_clauses`` (clause starts and relative clauses),
``owner_subjects`` (the subject of the verb that governs a figure), ``owner_anaphors`` (pronouns
and descriptions as owners) and ``owner_words`` (what they all share). This module keeps the
choice itself and the owner functions ``facts`` calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .clause_subject import reported_subject
from .discourse import anaphors_in, resolve_anaphor
from .names import Candidate
from .owner_anaphors import (
    _OBJECT_PRONOUNS, _PERSON_PARTY, _PERSON_POSSESSIVES, _PERSON_PRONOUNS, _QUOTE_MARK, _SUBJECT_GAP,
    _currency_described, _currency_subject, _demonstrative_antecedent, _extraposed_aim, _in_opener,
    _named_noun_before, _person_noun_before, _person_party, _person_subject,
    _plural_antecedent, _possesses_figure, _previous_plural, _previous_plural_subject, _pronoun_object,
    _quoted_speaker, _relative_holder, _single_name, _titled_person_before,
)
from .owner_clauses import (
    _ASIDE, _BY_ASIDE, _DASH_ASIDE, _addressees, _clause_start, _clause_verb_at, _kin_subject, _name_kin, _opens,
    _reduced_relative, _relative_antecedent, _relative_noun, _shared_subject, _that_antecedent,
)
from .owner_groups import (
    _bare_share_group, _each_group, _generic_candidates, _said_owner, _survey_share, _surveyed, _verb_form,
)
from .owner_payers import (
    _ON, _TO_FOR_AFTER, _agent_by, _asker, _bounty_head, _directed_payer, _directed_subject, _offender, _passive_payer,
    _given_to, _passive_recipient, _per_head_recipient, _recipient, _reserver, _saved_for, _seized_holder,
)
from .owner_roles import (
    _CLAUSE_MARK, _after_owner, _in_previous_phrase, _is_object, _listed_place, _opening_place, _party_plan, _role,
    _score, _signed_for, _source_aside, _source_phrases,
)
from .owner_rules import NAME_STANDINS, OwnerRules, owner_rules
from .owner_subjects import _conditional_antecedent, _indefinite_subject, _sentence_subject_thing, _verb_subject
from .owner_words import (
    _OF_THEN_NAME, _PERCENT_END, _PLACE_KINDS, _PLURAL, _POSSESSIVE_PRONOUNS, _VERB_AFTER, _WORD_BACK, _as_anaphor,
    _common_name, _noun_head, _phrase_ends, _thing, _words_between,
)
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext
    from .measures import Trigger


# a bracket right after a name that holds a figure of its own, closed before the figure read: "Ravi Ashwin (13.83%)"
# (a share or a sum: not a year or an age, "Kranti (1981)", "Akshay Mohan (31)")
_OWN_BRACKET = re.compile(r"[ \t]*\([ \t]*(?:(?:Rs\.?|Re\.?|INR|USD|US\$|[?₹$£€])[ \t]*\d[^()\n]{0,20}"
                          r"|\d[\d.,]*[ \t]*(?:%|per[ \t]?cent|percent)[^()\n]{0,12})\)")
_SOURCE_OWNERS = frozenset({"COMPANY", "ORG", "BODY", "PARTY", "NAME", "PROGRAMME", "MARKET"})
_THING_PRONOUNS = frozenset({"it", "its"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_UNDER_WHICH = re.compile(r"\s*,?\s*(?:under|through|for|via|by)\s+which\b")
_ACROSS_PLACE = re.compile(r"\s*(?:\S+\s+){0,2}?(?:across|in|for)\s+(?:the\s+)?$")
_FOR_PROGRAMME = re.compile(r"\b(?:for|under|through|via|by|to)\s+(?:the\s+|its\s+|their\s+)?$")
_POSSESSIVE_AT = re.compile(r"[’']s\b")
_GROWTH_OF = re.compile(r"\bgrowth\b", re.I)
_ECONOMY = re.compile(r"\b(?:econom|gdp\b)", re.I)
_LABEL_GAP = re.compile(r"[ \t]*:[ \t]*(?:Rs\.?|Re\.?|INR|USD|US\$|[?₹$£€])?[ \t]*")
_REPORTED_CLAUSE = re.compile(r"\bthat[ \t]*$")
_OF_THEM = re.compile(r"[ \t]+of[ \t]+them\b")
# ("90% of employees at its outsourcing arm": the noun is the possessor's too)
_OF_THEN_ANAPHOR = re.compile(r"(?:[ \t]+or[ \t]+(?:more|less))?[ \t]+of[ \t]+"
                              r"(?:(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,2}(?:at|in|across|within)[ \t]+(?=(?:its|his|her)\b))?"
                              r"(?P<anaphor>its|their|his|her|the[ \t]+[a-z]+(?=[’']s\b))", re.I)


def teaser_end(text: str, sent_start: int, fig_start: int, rules: OwnerRules) -> int | None:
    """Where a pasted link to another story ("Also read: ...") ends, when it ends before the figure
    in the figure's sentence: scraped pages glue the link's headline to the next sentence ("...
    Apple Days saleNithila Devi spent Rs 12,000"), so the sentence holds both. None when there is
    no link, or the figure is in it (its headline's own figure)."""
    marker = None
    for marker in rules.teaser_marker.finditer(text, sent_start, fig_start):
        pass
    if marker is None:
        return None
    end = rules.teaser_end.search(text, marker.end(), fig_start)
    return end.end() if end is not None else None


@dataclass
class _Reading:
    """What the steps of ``choose_owner`` share about one figure: its sentence and clause (after a
    pasted link, ``_read_clause``), its name candidates, and the owners scored so far. Every step
    appends to the same ``scored`` list in the order the rules are read (the sort keeps a tie in
    that order), so the steps run in one fixed order; ``_named_owners`` sets the fields below
    ``kin``, which the later steps read."""
    ctx: _DocContext
    sent: Span
    lo: int
    hi: int
    fig_start: int
    fig_end: int
    measure: str
    triggers: list[Trigger]
    rules: OwnerRules
    text: str
    cands: list[Candidate]
    trigger_spans: list[tuple[int, int]]
    qualifiers: dict[str, str]
    scored: list[tuple[int, int, Subject]]
    clause_start: int
    subject_start: int
    sent_subject_start: int
    kin: re.Match[str] | None
    name_kin: tuple[Candidate, Subject, int] | None = None
    macro: bool = False
    sourced: list[tuple[int, int]] = field(default_factory=list)
    places_after: list[Candidate] = field(default_factory=list)
    speakers: list[tuple[int, int, Subject]] = field(default_factory=list)
    late: list[tuple[int, int, Subject]] = field(default_factory=list)
    pronoun_reads: dict[int, Subject] = field(default_factory=dict)


def choose_owner(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_start: int, fig_end: int,
                 measure: str, triggers: list[Trigger]) -> tuple[Subject | None, dict[str, str]]:
    """The figure's owner, and the roles that are qualifiers instead (``source``, ``place``).

    ``lo``-``hi`` is the figure's clause (between its neighbouring figures).

    The steps, in the order the rules are read: the clause (``_read_clause``), what a relative
    clause holding the figure stands for, the sentence's names by their roles, pronouns, payers and
    recipients, common nouns and the verb's subject; then, when none of these scored, the
    fallbacks, and the strongest owner.
    """
    f = _read_clause(ctx, sent, lo, hi, fig_start, fig_end, measure, triggers)
    first_before = _relative_owner(f)
    _named_owners(f, first_before)
    _pronoun_owners(f)
    _payer_owners(f)
    generic = _common_owners(f)
    return _last_resorts(f, generic)


def _read_clause(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_start: int, fig_end: int,
                 measure: str, triggers: list[Trigger]) -> _Reading:
    """The figure's sentence (after a pasted link), its name candidates, where the figure's clause
    and the clause's subject start, and a relative the clause opens with ("Their daughter")."""
    rules = owner_rules()
    text = ctx.text
    teaser = teaser_end(text, sent.start_char, fig_start, rules)
    if teaser is not None and (body := sent.doc.char_span(teaser, sent.end_char, alignment_mode="expand")) is not None:
        # "Also read: Kejriwal calls move Modi's 'dirty trick' The bill proposes Rs 50,000": the
        # pasted link's names are another story's; the figure's sentence starts after it
        sent, lo = body, max(lo, teaser)
    cands = ctx.candidates_of(sent)
    if teaser is not None:
        cands = [c for c in cands if c.start >= teaser]
    trigger_spans = [(t.start_char, t.end_char) for t in triggers]
    qualifiers: dict[str, str] = {}
    scored: list[tuple[int, int, Subject]] = []
    clause_start = ctx.after_dateline(_clause_start(text, max(lo, sent.start_char), fig_start), fig_start)
    opener = rules.clause_opener.match(text, clause_start, fig_start)
    subject_start = opener.end() if opener is not None else clause_start  # after "In 2006, ..."
    sent_start = ctx.after_dateline(sent.start_char, fig_start)
    opener = rules.clause_opener.match(text, sent_start, fig_start)
    sent_subject_start = opener.end() if opener is not None else sent_start
    kin = _kin_subject(text, sent.start_char, subject_start, fig_start, cands, rules)
    name_kin = _name_kin(text, subject_start, fig_start, cands, rules) if kin is None else None
    return _Reading(ctx, sent, lo, hi, fig_start, fig_end, measure, triggers, rules, text, cands, trigger_spans,
                    qualifiers, scored, clause_start, subject_start, sent_subject_start, kin, name_kin)


# "complaints against Delhi Police", "per appearance in the Supreme Court": a body in a prepositional phrase
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|against|to|by|from|before|at|with|into|on)[ \t]+"
                                 r"(?:(?:the|a|an|[a-z]+|\d+)[ \t]+)?$")
# Where the figure's own clause ends after it: a clause mark or an "and" that opens the next coordinated one.
_CLAUSE_END_AFTER = re.compile(r"[,;:]|[ \t]and[ \t]")


def _economy_growth(text: str, lo: int, hi: int, fig_end: int) -> bool:
    """Whether a growth figure is an economy's: its clause names the economy or GDP ("economic growth of
    3%", "GDP grew 0.5%"). Only the figure's own clause: "asylum applications were down 40% and economic
    migration down about 10%" names the economy in the next one, so the 40% is the applications'."""
    end = _CLAUSE_END_AFTER.search(text, fig_end, hi)
    return bool(_ECONOMY.search(text, lo, end.start() if end is not None else hi))


def _relative_owner(f: _Reading) -> bool:
    """Scores what a relative clause holding the figure stands for (a name, a common noun, the noun
    a "that" clause describes); False when it did, so no name in the clause is its first word."""
    ctx, sent, fig_start, triggers, rules, text = f.ctx, f.sent, f.fig_start, f.triggers, f.rules, f.text
    cands, scored, clause_start = f.cands, f.scored, f.clause_start
    first_before = True
    antecedent = _relative_antecedent(text, cands, sent.start_char, clause_start, fig_start)
    if antecedent is not None and not rules.source_after.match(text, clause_start, clause_start + 40):
        # "Laura Ashley, which floated on the Stock Exchange for £200m": "which" is the subject, and
        # it stands for the name before it; the names inside the relative clause are its objects.
        first_before = False
        scored.append((rules.role_weight["relative_antecedent"] + rules.label_weight.get(antecedent.kind, 0),
                       antecedent.start, antecedent.subject))
    elif antecedent is None and (noun := _relative_noun(ctx, sent.start_char, clause_start, triggers)) is not None:
        # "the Indian auto market, which is growing 12% a year": a common noun the pronoun stands for,
        # or what an anaphor there does ("the movie, which took $31.8m")
        first_before = False
        scored.append((rules.role_weight["relative_antecedent"] + rules.label_weight.get(noun.kind, 0), noun.start,
                       noun.subject))
    elif antecedent is None and (noun := _that_antecedent(text, clause_start, fig_start, triggers, rules,
                                                          sent.start_char)) is not None:
        # "60 lakh bank accounts that saw cash deposits worth Rs 2 lakh": the noun the clause describes
        first_before = False
        scored.append((rules.role_weight["relative_antecedent"] + rules.label_weight.get(noun.kind, 0), noun.start,
                       noun.subject))
    return first_before


def _named_owners(f: _Reading, first_before: bool) -> None:
    """Scores the sentence's names by their roles (``owner_roles``), keeping sources and places as
    qualifiers, speakers and names past a comma as fallbacks, and a listed place's share."""
    ctx, sent, lo, hi, fig_start, fig_end, measure = f.ctx, f.sent, f.lo, f.hi, f.fig_start, f.fig_end, f.measure
    rules, text, cands, trigger_spans, qualifiers = f.rules, f.text, f.cands, f.trigger_spans, f.qualifiers
    scored, clause_start, subject_start = f.scored, f.clause_start, f.subject_start
    sent_subject_start = f.sent_subject_start
    macro = measure in rules.macro_measures or measure == "growth" and _economy_growth(text, lo, hi, fig_end)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, sent.start_char, fig_start)]
    asides += [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text, sent.start_char, fig_start)]
    # "The family comedy, starring Jo Reed, took $33m": a participle's aside, as a relative clause's
    asides += [(m.start(), m.end()) for m in rules.participle_aside.finditer(text, sent.start_char, fig_start)]
    # "Kerry Stokes, owner of Seven West Media, had invested A$1m": a title's apposition, as a relative clause
    asides += [(m.start(), m.end()) for m in rules.title_aside.finditer(text, sent.start_char, fig_start)]
    opening = _BY_ASIDE.match(text, sent.start_char, fig_start)
    if opening is not None:
        asides.append((opening.start(), opening.end()))  # "Directed by John Carpenter, it made $60m"
    opening = rules.opening_participle.match(text, ctx.after_dateline(sent.start_char, fig_start), fig_start)
    if opening is not None and not any(c.start <= opening.start("word") < c.end for c in cands):
        asides.append((opening.start(), opening.end()))  # "Speaking on German TV, Bert Ruerup said growth was 1%"
    # "Mr Jobs told the delegates at MacWorld that iPod had a 65% share": the one told, as an aside
    asides += _addressees(text, sent.start_char, fig_start)
    places_after: list[Candidate] = []
    speakers: list[tuple[int, int, Subject]] = []
    late: list[tuple[int, int, Subject]] = []
    sourced = _source_phrases(ctx, sent)
    # a clause that a word of saying or finding and "that" open ("The study by Orvex found that ...")
    reported = clause_start > sent.start_char and _REPORTED_CLAUSE.search(text, max(lo, clause_start - 8), clause_start)
    # "Jet Airways, a low-fare airline, was founded by Naresh Goyal, and controls 45%": the verbs' shared subject
    shared = _shared_subject(text, cands, sent_subject_start, clause_start, fig_start)
    for i, c in enumerate(cands):
        if c.start < fig_end and c.end > fig_start:
            continue  # "US" in "US$675 million" is part of the figure
        if any(a <= c.start and c.end <= b for a, b in asides) or ctx.in_dateline(c):
            continue  # "Hale, who joined the Supreme Court in 2009, will earn £225,000"; "New Delhi, Jul 17 (PTI)"
        if f.name_kin is not None and c is f.name_kin[0]:
            continue  # "Lalu's daughter paid ?5,000": the possessor only says whose daughter
        if _in_previous_phrase(text, sent.start_char, c, fig_start):
            continue  # "charges Rs 5 lakh per appearance in the Supreme Court and Rs 8 lakh": the first figure's court
        if (own := _OWN_BRACKET.match(text, c.end, fig_start)) is not None and own.end() <= fig_start:
            continue  # "PV Sindhu beat Ravi Ashwin (13.83%) with 31.51% of the votes": the name has its own figure
        if c.end <= fig_start and _LABEL_GAP.fullmatch(text, c.end, fig_start):
            # "Vote share: Orvex Party: 36%; Kestrel Front: 25%": a name that labels the figure after a colon owns it
            scored.append((rules.role_weight["after_owner"], c.start, c.subject))
            continue
        role = _role(ctx, cands, i, fig_start, fig_end, sent.start_char, macro, trigger_spans,
                     measure in rules.macro_measures or measure == "growth")
        reporter = bool(reported) and c.end <= clause_start and role in ("mention", "descriptor_head")
        if reporter:
            # "A Carbon Tracker study found that fuel companies risked $2tn", "Seoul's top carmaker estimates
            # that the Indian market will grow 15%": a name that only stands in the clause that reports is
            # its source, as one right before "said" is; it owns the figure only when the reported clause
            # names no owner (the speakers' fallback), whatever its kind
            role = "source"
        if any(a <= c.start and c.end <= b for a, b in sourced):
            role = "source"  # "According to Ben Roy from firm Vexa, 30% ...": Vexa is where the source works
        in_clause = lo <= c.start and c.end <= hi
        if role == "source":
            if in_clause or c.end <= fig_start:
                qualifiers.setdefault("source", c.subject.name)
                if c.end <= fig_start and (c.kind in _SOURCE_OWNERS or reporter
                                           or _source_aside(text, cands, i, sent.start_char)) \
                        and (not rules.forecast.match(text, c.end, c.end + 40)
                             or not macro and c.kind in ("COMPANY", "NAME")
                             and not rules.place_before.search(text, max(0, c.start - 40), c.start)):
                    # "Virgin Blue said profits fell 10%": the speaker owns it when nothing else can. A
                    # forecaster too, when the measure is a firm's, not the economy's ("Orvex Motors has forecast
                    # a net loss of $47m"; "Halden Bank expects inflation of 3%" stays a source), but not a
                    # name in a place phrase ("shoppers in Kestria are expected to spend": the shoppers'). A
                    # person an aside sets off ("Tom Hale, a local trader, said") was read as the clause's
                    # subject before asides were read as sources: still the owner where nothing else is
                    if not _research_source(c.subject.name):  # (not "The Federal Statistics Office said growth was")
                        speakers.append((rules.role_weight["source_fallback"] + _words_between(text, c.end, fig_start),
                                         c.start, c.subject))
            continue
        if role in ("place", "place_macro") and c.kind in _PLACE_KINDS and c.end <= fig_start \
                and (_opens(text, subject_start, c.start) or _opens(text, sent_subject_start, c.start)) \
                and rules.subject_verb.match(text, c.end, fig_start):
            role = "mention"  # "Manipur accounted for 11% of the complaints": the clause's subject, not where
        whole = c.start >= fig_end and _OF_THEN_NAME.fullmatch(text, fig_end, c.start) is not None \
            and (_POSSESSIVE_AT.match(text, c.end) is not None or _VERB_AFTER.match(text, c.end) is not None)
        if role == "place" and whole and len(text[max([subject_start, *(b for a, b in sourced if b <= fig_start)]):
                                                  fig_start].strip(" \t,").split()) <= 2:
            # "By 2025, 40% of the UK's population will ...", "Over 70% of Japan's reef has died": a share that
            # opens its clause is of what the place possesses, as "75% of Tesco's shares" are Tesco's ("China
            # accounted for 20% of Japan's trade" is China's share: a subject before the figure owns it); "30% of
            # Europe cannot get cable TV": with a verb after the place, the share is of the place itself (after
            # "According to X," too: the source's phrase opens the clause, as an opening phrase does)
            role = "mention"
        if role in ("place", "modifier"):
            if role == "place" and lo <= c.start < hi:
                qualifiers.setdefault("place", c.subject.name)
                if fig_end <= c.start and _GROWTH_OF.search(text, lo, fig_start) and \
                        _ACROSS_PLACE.match(text, fig_end, c.start):
                    places_after.append(c)
            continue
        if c.end <= fig_start and _is_object(rules, text, measure, c, sent.start_char, fig_start):
            role = "object"  # "the FCC fined CBS $550,000": the fined one owns the fine
        if c.end <= fig_start and measure in rules.signed_measures and _signed_for(text, clause_start, c, fig_start, rules):
            role = "object"  # "City has signed Monaco's Benjamin Mendy for £52m": the player's transfer fee
        if c.end <= fig_start and c.kind not in _PLACE_KINDS and measure not in rules.worth_not_for \
                and rules.name_worth.fullmatch(text, c.end, fig_start):
            # "husband Ravi has a Lamborghini worth over Rs 5.2 crore", "Korvo Cabs, valued at $6bn, is": the
            # name the worth phrase follows is what is worth it, as a common noun there is ("a phone worth")
            role = "worth_head"
        if c.end <= fig_start and c.kind == "PROGRAMME" and _UNDER_WHICH.match(text, c.end, fig_start):
            role = "recipient"  # "the Recycling program, under which the department awarded $192 million"
        if c.end <= fig_start:
            distance = _words_between(text, c.end, fig_start)
            # A name in an opening phrase ("After talks with Orvex, Halden paid") is not the subject.
            clause_first = c.start >= subject_start and first_before
            if c.start >= subject_start:
                first_before = False
            if c is shared and role == "mention":
                # the subject of the clause's verb, as if it stood right before it
                distance, clause_first = _words_between(text, clause_start, fig_start), True
        elif _after_owner(text, sent.start_char, sent.end_char, fig_start, fig_end, c.start, measure, rules):
            # "a $6bn buyout by Holcim", "Rs 900 crore worth of properties belonging to Vikram Rao", "25%
            # owned by Orvex", "Rs 4,000 crore has been spent on cleaning the Yamuna": the bidder, the
            # holder, what it was spent on
            role, distance, clause_first = "after_owner", _words_between(text, fig_end, c.start), False
        elif whole and (_POSSESSIVE_AT.match(text, c.end) or role == "mention" and c.kind in _PLACE_KINDS):
            # "75% of Manchester United's shares": the possessor of what the figure is a part of
            role, distance, clause_first = "of_possessor", _words_between(text, fig_end, c.start), False
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
        if c.start >= fig_end and role != "after_owner" and _CLAUSE_MARK.search(text, fig_end, c.start):
            # "Stating that the market is worth $100bn, Bansal said Flipkart ...": a name past a comma
            # after the figure owns it only when its own clause names nothing
            late.append((_score(c, role, fig_start, fig_end, distance, clause_first), c.start, c.subject))
            continue
        if c.kind in ("BODY", "ORG") and role == "mention" and not clause_first \
                and _PREPOSITION_BEFORE.search(text, max(sent.start_char, c.start - 24), c.start):
            # "bribes to officials of the Highway Authority", "complaints against Delhi Police", "agreed with the
            # IMF to borrow $10bn": a public body or organisation named only in a prepositional phrase owns the
            # figure only when nothing else in the sentence does
            late.append((_score(c, role, fig_start, fig_end, distance, clause_first), c.start, c.subject))
            continue
        scored.append((_score(c, role, fig_start, fig_end, distance, clause_first), c.start, c.subject))
    if _PERCENT_END.search(text, fig_start, fig_end) and (listed := _listed_place(text, cands, sent.start_char, fig_start,
                                                                                 fig_end)) is not None:
        # "compared to 30% in Frankfurt, 31% in New York": each item of the list is its own place's
        scored.append((rules.role_weight["after_owner"], listed.start, listed.subject))
    f.macro, f.sourced, f.places_after, f.speakers, f.late = macro, sourced, places_after, speakers, late


def _pronoun_owners(f: _Reading) -> None:
    """Scores the pronouns and anaphors before the figure by what they stand for
    (``owner_anaphors``), "of its"/"of them" after it, and a demonstrative subject ("These farmers")."""
    ctx, sent, hi, fig_start, fig_end, measure = f.ctx, f.sent, f.hi, f.fig_start, f.fig_end, f.measure
    triggers, rules, text, cands, qualifiers, scored = f.triggers, f.rules, f.text, f.cands, f.qualifiers, f.scored
    clause_start, subject_start, kin, speakers = f.clause_start, f.subject_start, f.kin, f.speakers
    pronouns = [(word, kind, start, end, None) for word, kind, start, end in anaphors_in(ctx, sent.start_char, fig_start)]
    speaker = _quoted_speaker(text, cands, fig_end, sent.end_char, rules)
    if speaker is not None:
        # '"The checker fined me £120," Kanchanmala said', '"My fees were not even 10%," Khawar Qureshi said':
        # a first-person pronoun of the quote that holds the figure stands for the one quoted
        pronouns += sorted((m.group(0), "person", m.start(), m.end(), speaker)
                           for m in rules.first_person.finditer(text, sent.start_char, fig_start)
                           if not _QUOTE_MARK.search(text, m.end(), fig_start)
                           and not rules.first_person_opinion.match(text, m.end()))
        pronouns.sort(key=lambda p: p[2])
    for word, kind, start, end, quoted in pronouns:
        if quoted is None and word.lower() == "it" and end <= fig_start \
                and (aim := _extraposed_aim(ctx, sent, end, fig_start, fig_end)) is not None:
            # "The panel said it would take Rs 42 crore to fix the damage": no one's cost but the damage's
            scored.append((rules.role_weight["anaphor"] + rules.role_weight["subject"] + _words_between(text, end, fig_start),
                           start, aim))
            continue
        # "If a household spends over Rs 8 lakh, it must give 5%": the pronoun after a condition is its subject
        resolved = quoted or (_conditional_antecedent(ctx, sent.start_char, start)
                              if word.lower() in _SUBJECT_PRONOUNS else None) or resolve_anaphor(ctx, kind, start)
        if resolved is None and kind == "person" and word.lower() in _PERSON_PRONOUNS:
            resolved = _person_noun_before(ctx, start, rules)  # "a 60-year-old man ... He allegedly demanded"
        # "Tory leader Michael Howard says his party can save £35bn": the party, not the person
        party = _person_party(ctx, word, end, resolved)
        resolved = party or resolved
        if quoted is None and word.lower() in _THING_PRONOUNS \
                and (currency := _currency_subject(ctx, cands, sent.start_char, start)) is not None:
            # "The dollar has weakened since September, when it traded at $1.20": the currency, not the US
            resolved = currency
        elif quoted is None and word == "it" and rules.clause_it.search(text, max(sent.start_char, start - 12), start):
            # "Orvania's stock market fell 5%, but it is still 40% higher": the sentence's subject
            resolved = _sentence_subject_thing(ctx, sent.start_char, start, rules) or resolved
        elif quoted is None and word.lower() == "its":
            # "its predecessor, Ocean's Eleven which took $38m on its opening weekend": the name the clause describes
            resolved = _relative_holder(ctx, cands, sent.start_char, start) or resolved
        if word.lower() in rules.plural_anaphors and start >= clause_start \
                and _possesses_figure(text, end, fig_start, fig_end, clause_start, triggers):
            # "told the depot to sell the impounded trucks because of their $2m upkeep": the trucks'
            resolved = _plural_antecedent(ctx, max(clause_start, min(subject_start, start)), start, cands,
                                          triggers) or resolved
        elif quoted is None and word.lower() in rules.plural_subjects and end <= fig_start \
                and _WORD_BACK.search(text, max(sent.start_char, start - 30), start) is not None \
                and _WORD_BACK.search(text, max(sent.start_char, start - 30), start).group(1).lower() in rules.plural_report_verbs:
            # "Companies reported they expect to invest 7.7% more": the plural noun that reports is who "they" are
            resolved = _plural_antecedent(ctx, sent.start_char, start, cands, triggers, opens=True) or resolved
        elif quoted is None and (resolved is None or _single_name(resolved)) \
                and (word.lower() in rules.plural_subjects or word.lower() in rules.plural_anaphors
                     and _possesses_figure(text, end, fig_start, fig_end, clause_start, triggers)):
            # "The thieves drilled a hole ... They entered the shop and stole Rs 8.5 lakh": "they" agrees in
            # number with a plural noun, not with one name read before ("Palghar", "Fadnavis"); the nearest
            # plural before it in its sentence with no name between, else, when its sentence names no one
            # before it, the first plural of the previous sentence (its subject, mostly)
            resolved = _plural_antecedent(ctx, sent.start_char, start, cands, triggers, opens=True) \
                or (None if any(c.end <= start and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands)
                    else _previous_plural(ctx, sent.start_char, rules)) or resolved
        elif quoted is None and word.lower() in rules.plural_subjects \
                and not any(c.end <= start and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands) \
                and (group := _previous_plural_subject(ctx, sent.start_char, rules)) is not None:
            # "The Orvex Court lifted the ban ... The firms had been barred ... They paid Rs 5": a body named
            # before the previous sentence (one a writer may call "they") is farther than the plural
            # subject of the previous sentence, which names no one
            resolved = group
        elif quoted is None and word.lower() in _PERSON_POSSESSIVES and start >= subject_start \
                and (own := _person_subject(ctx, subject_start, start, cands, rules)) is not None:
            # "The employee will be paid 50% of his salary": "his" is the clause's subject, a person noun
            # with no name between, not a name read before ("WhatsApp")
            resolved = own
        if resolved is not None and quoted is None:
            f.pronoun_reads[start] = resolved
        if resolved is not None and rules.source_after.match(text, end, end + 40) and end <= fig_start:
            # "It also believes that interest rates will fall to 4%": the speaker, as a name would be.
            qualifiers.setdefault("source", resolved.name)
            if resolved.label in _SOURCE_OWNERS and not rules.forecast.match(text, end, end + 40):
                speakers.append((rules.role_weight["source_fallback"] + _words_between(text, end, fig_start),
                               start, resolved.model_copy(update={"text": word})))
            continue
        if resolved is not None:
            distance = _words_between(text, end, fig_start)
            weight = distance + rules.label_weight.get(resolved.label, 0)
            if end <= fig_start and word.lower() in _OBJECT_PRONOUNS | rules.first_person_objects and _pronoun_object(rules, text, measure, start, end,
                                                                                       sent.start_char, fig_start):
                # "Google will pay him Rs 12 lakh a month", "the court fined her £500": the one paid or
                # fined owns the figure, as a name there would ("the FCC fined CBS $550,000"); not the
                # verb's own subject ("Orvana will pay him": him is someone named before)
                if quoted is None and any(c.end <= start and c.subject.name == resolved.name
                                          and _SUBJECT_GAP.fullmatch(text, c.end, start) for c in cands):
                    resolved = resolve_anaphor(ctx, kind, sent.start_char)
                if resolved is not None:
                    scored.append((weight + rules.role_weight["object"], start, _as_anaphor(resolved, word, rules)))
                continue
            if start >= clause_start and not _in_opener(text, clause_start, subject_start, start, end):
                # "love worries of his own in the movie, which took $31.8m": only an anaphor of the
                # figure's own clause stands for its owner.
                weight += rules.role_weight["anaphor"]
                if (_POSSESSIVE_AT.match(text, end) or word.lower() in _POSSESSIVE_PRONOUNS | rules.first_person_possessives) \
                        and _possesses_figure(text, end, fig_start, fig_end, clause_start, triggers):
                    weight += rules.role_weight["possessor"] // 2
                elif kin is not None and kin.start("pronoun") == start:
                    pass  # "Their daughter scored 94%": the pronoun possesses the subject, it is not one
                elif not text[clause_start:start].strip(" \t\n\"“‘'*•-") or text[clause_start:start].strip().lower() in ("the",):
                    # "The club still owe French club PSG £5m": the anaphor is the clause's subject.
                    weight += rules.role_weight["subject"]
            if party is not None and end <= fig_start \
                    and _party_plan(text, _PERSON_PARTY.match(text, end).end(), fig_start):
                weight += rules.role_weight["possessor"]  # "her party's pledge to cut duty by 5%": the party's
            scored.append((weight, start, _as_anaphor(resolved, word, rules)))
    after_of = _OF_THEN_ANAPHOR.match(text, fig_end, hi)
    if after_of is not None:
        # "at least 75% of the club's shares", "a fifth of its value"
        word = after_of.group("anaphor")
        kind = rules.anaphors.get(" ".join(word.lower().split()))
        resolved = resolve_anaphor(ctx, kind, after_of.start("anaphor")) if kind is not None else None
        if word.lower() in rules.plural_anaphors:
            # "may charge the companies up to 10% of their turnover": the companies'
            resolved = _plural_antecedent(ctx, max(clause_start, min(subject_start, fig_start)), fig_start, cands,
                                          triggers) or resolved
        elif word.lower() in _PERSON_POSSESSIVES:
            # "The employee will be paid 50% of his salary": the clause's person-noun subject's
            resolved = _person_subject(ctx, subject_start, fig_start, cands, rules) or resolved
        if resolved is not None:
            scored.append((rules.role_weight["of_possessor"] + rules.after_penalty, after_of.start("anaphor"),
                           resolved.model_copy(update={"text": word})))
    if after_of is None and _OF_THEM.match(text, fig_end, hi) and _PERCENT_END.search(text, fig_start, fig_end) \
            and (group := _plural_antecedent(ctx, sent.start_char, fig_start, cands, triggers)) is not None:
        # "brains of 111 former players found that 99% of them had the disease": a share of the plural
        # named before, as "their" stands for it; the pronoun is no noun the share could be of
        scored.append((rules.role_weight["of_possessor"] + rules.after_penalty, fig_end, group))
    if (dem := rules.demonstrative_subject.match(text, subject_start, fig_start)) is not None \
            and (head := dem.group("head").lower()) not in rules.demonstrative_not_heads \
            and head not in rules.measure_nouns and not _DEMONSTRATIVE_NOT_VERB.match(text, dem.end()) \
            and not _RELATIVE_WORD.search(text, dem.end(), fig_start) \
            and not any(c.start < dem.end() and c.end > dem.start() for c in cands):
        # "Those studios currently produce about 45% of DVD content", "These farmers seek a fund of Rs 400
        # crore": a demonstrative plural that opens the clause is its subject, and stands for the plural
        # named just before (the studios listed, "Tamil Nadu farmers"), or is itself the owner
        resolved = _demonstrative_antecedent(ctx, sent.start_char, head) or _thing(text, *dem.span("head"))
        scored.append((rules.role_weight["demonstrative_subject"] + rules.label_weight.get(resolved.label, 0)
                       + _words_between(text, dem.end(), fig_start), dem.start(),
                       resolved.model_copy(update={"text": dem.group(0)})))


def _payer_owners(f: _Reading) -> None:
    """Scores a reduced relative's subject, the one who asks for or is told to pay the sum, and
    whom a prize, bounty, compensation or fine goes to (``owner_payers``)."""
    ctx, sent, lo, hi, fig_start, fig_end, measure = f.ctx, f.sent, f.lo, f.hi, f.fig_start, f.fig_end, f.measure
    rules, text, cands, scored, clause_start = f.rules, f.text, f.cands, f.scored, f.clause_start
    if (relative := _reduced_relative(ctx, sent.start_char, sent.end_char, fig_start, fig_end, cands, rules)) is not None:
        # "the £22bn ministers hope to save", "the £35bn he has earmarked": the relative clause's subject
        scored.append((rules.role_weight["after_owner"] + rules.label_weight.get(relative[1].label, 0)
                       + _words_between(text, fig_end, relative[0]), *relative))
    if (asker := _read_as_pronoun(f, _asker(ctx, sent.start_char, fig_start, fig_end, cands, rules))) is not None:
        # "Anil Kumble had asked for an amount at par with a Grade A player's earnings, about Rs 9 crore":
        # who asks for the money owns it, not a name its object describes
        scored.append((rules.role_weight["asker"] + rules.label_weight.get(asker[2].label, 0) + asker[0], *asker[1:]))
    if (holder := _seized_holder(ctx, sent, lo, hi, fig_end, cands, measure)) is not None:
        # "?25 lakh seized from a Dubai-bound passenger": whom the passive says it was taken from
        scored.append((rules.role_weight["passive_recipient"], *holder))
    if (reserver := _read_as_pronoun(f, _reserver(ctx, sent.start_char, fig_start, fig_end, hi, cands, rules))) \
            is not None:
        # "Colleges reserve up to 5% seats for students": the reserver's quota, not the seats' or the students'
        scored.append((rules.role_weight["asker"] + rules.label_weight.get(reserver[2].label, 0), *reserver[1:]))
    if (agent := _agent_by(ctx, f.subject_start, fig_start, fig_end, hi, cands, rules)) is not None:
        # "the Rs 9 crore that was demanded by former coach Anil Kumble", "Money held by Indians ... fell to
        # 676 million francs": whom the participle's "by" names holds, owes or asked for the sum
        scored.append((rules.role_weight["asker"] + rules.label_weight.get(agent[1].label, 0), *agent))
    if (saved := _saved_for(text, sent.start_char, fig_start, rules)) is not None:
        # "the plans could save the average pensioner £100": whom the sum is saved for
        scored.append((rules.role_weight["object"], *saved))
    if (offender := _offender(ctx, sent.start_char, fig_start, fig_end, hi, measure)) is not None:
        # "Anyone found guilty faces a fine of Rs 50,000": the generic offender a rule's fine is for
        scored.append((rules.role_weight["offender"], *offender))
    if (given := _read_as_pronoun(f, _passive_recipient(ctx, sent.start_char, fig_start, cands, rules))) is not None:
        # "the directors were fined ?10 lakh", "journalists were paid ?50 crore": who is given or fined it
        scored.append((rules.role_weight["passive_recipient"] + given[0], *given[1:]))
    if (payer := _read_as_pronoun(f, _directed_payer(ctx, sent.start_char, fig_start, cands, rules))) is not None:
        # "asked railways to pay ?50 crore", "instructed him to pay back ?531": the one told to pay owns the
        # sum, not who tells it to (a recipient named after the figure still wins a compensation)
        scored.append((rules.role_weight["payer"] + rules.label_weight.get(payer[2].label, 0) + payer[0], *payer[1:]))
    elif (payer := _read_as_pronoun(f, _passive_payer(ctx, sent.start_char, fig_start, cands, rules))) is not None:
        # "Railways ordered to pay Rs 8,000 over lost bag": the one told to pay, as the object of the active
        # verb is, not a name the sentence read before (and as there, a recipient named after the figure still
        # wins a compensation: "ordered to pay $200,000 to the record industry")
        scored.append((rules.role_weight["payer"] + rules.label_weight.get(payer[2].label, 0) + payer[0],
                       *payer[1:]))
    elif measure not in rules.recipient_measures \
            and (directed := _read_as_pronoun(f, _directed_subject(ctx, sent.start_char, fig_start, cands, rules))) is not None:
        # "asked Orvex Telecom to withdraw its offer of ... a minimum Rs 303": the one told to do it is
        # the subject of the clause that holds the figure, not who tells it to
        scored.append((rules.role_weight["directed_subject"] + rules.label_weight.get(directed[2].label, 0)
                       + directed[0], *directed[1:]))
    presented = measure == "mentions" and rules.present_verb.search(text, clause_start, fig_start) is not None
    # "AIIMS wins Rs 5-crore award for cleanliness": the winner is the verb's subject, and "for" says why
    won = measure in rules.recipient_measures and rules.winner_verb.search(text, clause_start, fig_start) is not None
    bounty = _bounty_head(ctx, cands, fig_end, hi, rules) if measure in rules.recipient_measures else None
    if bounty is not None:
        # "carried a bounty of Rs 10 lakh on his head", "the US declared a bounty of $10m on his head": the
        # one whose head it is, not who carries or offers it
        won = True
        scored.append((rules.role_weight["after_owner"], *bounty))
    if (measure in rules.recipient_measures or measure in rules.on_measures or measure in rules.recipient_after_measures
            or presented) and not won:
        # "compensation of Rs 2 lakh to a convict": whom it goes to; "a fine of Rs 5,000 on Abid Khan": whom
        # it is laid on (after the figure only: "imposed on him a fine of" names the one fined before);
        # "presented a cheque of USD 1,000 to Vannavalli": whom money presented goes to, as a prize does
        recipient = _recipient(ctx, sent, lo, hi, fig_start, cands) if measure in rules.recipient_measures \
            else _recipient(ctx, sent, lo, hi, fig_end, cands, _ON if measure in rules.on_measures else _TO_FOR_AFTER)
        if recipient is not None:
            scored.append((rules.role_weight["object"], recipient[0], recipient[1]))
    if measure not in rules.per_head_not and not won \
            and (each := _per_head_recipient(ctx, sent, lo, hi, fig_start, fig_end, cands)) is not None:
        # "Rs 15 lakh each to the support staff", "give Rs 900 to every teacher": each recipient's share
        scored.append((rules.role_weight["object"], *each))
    if measure not in rules.per_head_not and not won \
            and (group := _each_group(ctx, sent.start_char, fig_start, fig_end, hi, cands, f.triggers, f.sourced,
                                        rules)) is not None:
        # "sentenced two brothers to jail and imposed a fine of ?1 lakh each": the group the sum is shared out
        # over owns it, as a recipient after "each to" does, not the court that fines them
        scored.append((rules.role_weight["object"], *group))
    if measure not in rules.per_head_not and not won \
            and (given := _given_to(ctx, sent, lo, hi, fig_start, fig_end, cands, rules)) is not None:
        # "A further 15m euros will be made available to wine cooperatives": whom the sum goes to
        scored.append((rules.role_weight["object"], *given))
    if measure in rules.agent_measures and (paid := _recipient(ctx, sent, lo, hi, fig_end, cands, _TO_FOR_AFTER)) is not None \
            and paid[1].label == "THING" and (agents := _agents(paid[1], rules)) is not None:
        # "Rs 20,000 for deputy mayor and Rs 15,000 for corporators": the pay of the people it is for
        scored.append((rules.role_weight["object"], paid[0], agents))


def _read_as_pronoun(f: _Reading, found: tuple[int, int, Subject] | None) -> tuple[int, int, Subject] | None:
    """A payer, asker or recipient that is a pronoun of the clause, read as ``_pronoun_owners`` read it:
    "Farmers blocked the Haldia Express ... They demanded Rs 3,640" asks for the farmers' price, as the
    "they" that agrees in number says, not for the one name a bare ``resolve_anaphor`` goes back to."""
    if found is None:
        return None
    distance, start, subject = found
    read = f.pronoun_reads.get(start)
    if read is None or subject.text.lower() not in f.rules.anaphors:
        return found
    return distance, start, _as_anaphor(read, subject.text, f.rules)


def _agents(recipient: Subject, rules: OwnerRules) -> Subject | None:
    """A recipient phrase up to its plural of people by what they do ("corporators" of "corporators
    across"), or None when it holds none ("her last film")."""
    words = recipient.text.split()
    last = next((k for k in range(len(words) - 1, -1, -1) if rules.agent_plural.search(words[k].lower())), None)
    if last is None:
        return None
    phrase = " ".join(words[:last + 1])
    return Subject(text=phrase, name=_common_name(phrase), acronym=None, label="THING")


def _common_owners(f: _Reading) -> list[tuple[int, int, Subject]]:
    """Scores a relative the clause opens with, the verb's subject and the common nouns the grammar
    ties to the figure (``owner_groups``, ``owner_subjects``); returns every common-noun owner
    found, for the fallbacks."""
    ctx, lo, hi, fig_start, fig_end, measure = f.ctx, f.lo, f.hi, f.fig_start, f.fig_end, f.measure
    triggers, rules, text, cands, scored = f.triggers, f.rules, f.text, f.cands, f.scored
    clause_start, subject_start, sent_subject_start = f.clause_start, f.subject_start, f.sent_subject_start
    kin, macro, sourced = f.kin, f.macro, f.sourced
    generic = [] if macro else _generic_candidates(ctx, lo, hi, fig_start, fig_end, clause_start, triggers, cands,
                                                     measure, subject_start)
    subject = None if macro else _verb_subject(ctx, min(subject_start, sent_subject_start), fig_start, fig_end,
                                               cands, triggers, rules, sourced)
    if kin is not None:
        # "Their daughter scored 94%", "His father took a loan of Rs 1 lakh": a relative the pronoun
        # possesses is the clause's subject and a person, so owns the figure as a name would
        scored.append((rules.role_weight["kin_subject"] + _words_between(text, kin.start("head"), fig_start),
                       kin.start("head"), _thing(text, *kin.span("head"))))
    if f.name_kin is not None:
        # "Lalu's daughter paid ?5,000", "Rao's son earns Rs 7.5 lakh": the relative a name possesses is
        # the clause's subject, as one a pronoun possesses is
        scored.append((rules.role_weight["kin_subject"] + rules.label_weight.get(f.name_kin[1].label, 0)
                       + _words_between(text, f.name_kin[2], fig_start),
                       f.name_kin[0].start, f.name_kin[1]))
    if subject is not None:
        # "UK house prices rose 3%": the subject of the verb that governs the figure competes with names
        scored.append((rules.role_weight["verb_subject"] + _words_between(text, subject[0], fig_start), *subject))
    if (indefinite := _indefinite_subject(ctx, f.sent.start_char, fig_start, rules)) is not None:
        # "if a punter had staked Rs 500 on Orvex", "An investor who had put in Rs 5,000": no one in particular
        # is the clause's subject, and that kind of one owns the figure, not a name the clause goes on to
        scored.append((rules.role_weight["indefinite_subject"] + _words_between(text, indefinite[0], fig_start),
                       *indefinite))
    for weight, start, subject in generic:
        # Only a common noun the grammar ties to the figure ("worth", "90% of PCs") competes with names.
        if subject is not None and weight <= max(rules.role_weight["worth_head"], rules.role_weight["share_of"],
                                                 rules.role_weight["place_phrase"]):
            scored.append((weight + _words_between(text, start, fig_start), start, subject))
    return generic


def _last_resorts(f: _Reading, generic: list[tuple[int, int, Subject]]) -> tuple[Subject | None, dict[str, str]]:
    """When nothing was scored: names past a comma, a place after a growth figure, the speaker,
    a common noun; a share after a place, of a survey or of the previous sentence's group; then
    the strongest owner scored, no verb form."""
    ctx, sent, lo, fig_start, fig_end, measure = f.ctx, f.sent, f.lo, f.fig_start, f.fig_end, f.measure
    triggers, rules, text, cands, qualifiers, scored = f.triggers, f.rules, f.text, f.cands, f.qualifiers, f.scored
    clause_start, places_after, speakers, late = f.clause_start, f.places_after, f.speakers, f.late
    if not scored and not generic:
        scored = late
    if not scored and measure == "growth" and places_after:
        # "growth of 2.2% across the EU": an economy's growth, said of the place.
        scored = [(0, places_after[0].start, places_after[0].subject)]
    if not scored and speakers and not (_REPORTED_CLAUSE.search(text, max(lo, clause_start - 8), clause_start)
                                        and any(st >= clause_start for _, st, _ in generic)
                                        or _said_owner(text, generic, speakers, triggers, fig_start)):
        # "Virgin Blue said dredging cost Rs 40 crore": the speaker, unless its reported clause
        # names the owner ("a survey by X found that vehicles were 50% slower" is the vehicles'; "the
        # firm said 60% of the attacks hit banks", "According to X, 30% of them were tourists"), or
        # opens with its own subject ("Hale said rural bank branches are giving only Rs 1,000")
        scored = _reported_owner(f) or speakers
    if not scored and generic:
        # A common noun owns the figure only when no name in the sentence can.
        scored = [(w + _words_between(text, st, fig_start), st, subj) for w, st, subj in generic]
    if not scored:
        scored = late or speakers
    if _PERCENT_END.search(text, fig_start, fig_end) and not _OF_THEN_NAME.match(text, fig_end) \
            and (place := _opening_place(text, cands, clause_start, fig_start, rules)) is not None:
        # "In Kashmir valley, about 96.4 per cent are Muslims": a bare share that follows only the place its
        # clause opens with is of the place's people, so the place's ("In Norway, 38% of those questioned
        # said" is of those questioned: "of" names the whole)
        return place.subject, qualifiers
    if _survey_share(text, sent.start_char, fig_start, fig_end, rules):
        return _surveyed(text, sent.start_char, fig_start, rules), qualifiers
    if not scored and (group := _bare_share_group(ctx, sent, fig_start, fig_end, rules)) is not None:
        # "Computer users continue to ignore warnings ... More than a quarter have bought software through
        # spam and 24% have bought clothes": a share that opens its sentence with no group of its own is of
        # the plural the sentence before it is about
        return group, qualifiers
    # ("Sales climbed to 364.4m euros, lifting revenue ... to 1.45bn euros": a participle is no thing)
    scored = [s for s in scored if not _verb_form(text, s[1], s[2])]
    sent_start = ctx.after_dateline(sent.start_char, fig_start)
    opening = _opening_phrase_subject(text, cands, sent_start, fig_start, fig_end, rules)
    if scored:
        scored.sort(key=lambda s: (s[0], -s[1]))
        if opening is not None and scored[0][1] < fig_start \
                and not any(c.start == scored[0][1] and _POSSESSIVE_AT.match(text, c.end)
                            and "," not in text[c.end:fig_start] for c in cands):
            # "After collecting a Kestrel Glass trophy and a cheque for $2m, Tom Hale": a name
            # in the opening phrase is what its doer acted on, unless it possesses the figure's phrase
            # ("After Orvex's profit of $5m"; not "Once Brimland's richest man, with a fortune of $9bn")
            return opening.subject, qualifiers
        return scored[0][2], qualifiers
    if (main := _concessive_subject(text, cands, sent_start, fig_end) or opening) is not None:
        return main.subject, qualifiers
    return None, qualifiers


def _reported_owner(f: _Reading) -> list[tuple[int, int, Subject]]:
    """The subject of the clause the nearest speaker before the figure reports, when a plain noun
    phrase opens it (``clause_subject.reported_subject``): "The parking body says each meter change
    will cost £90" is the meter change's cost. A speaker owns only what its clause gives no subject of
    its own, as a firm's "sales rose" (a measure word, no owner) is the firm's."""
    weight, start, subject = max(f.speakers, key=lambda s: s[1])
    end = next((c.end for c in f.cands if c.start == start), start + len(subject.text))
    reported = reported_subject(f.ctx, start, end, f.fig_start, f.trigger_spans)
    return [(weight, start, reported)] if reported is not None else []


@lru_cache(maxsize=1)
def _research_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the words, the pollsters' names) of ``research_source`` in owners.json."""
    data = load_table("owners.json")["research_source"]
    return frozenset(data["words"]), frozenset(data["names"])


def _research_source(name: str) -> bool:
    """Whether a source is a body that counts and reports others' figures ("Federal Statistics Office",
    "Institute of Road Traffic Education", "YouGov"), by a word of its name (``research_source`` in
    owners.json): what it reports is not its own, so it is no owner by the speakers' fallback. The word
    that opens a longer name counts only before "of"/"for" ("Office for National Statistics"): "Research
    In Motion" and "Office Depot" are firms that speak of their own figures."""
    research, pollsters = _research_words()
    words = re.findall(r"[a-z]+", name.lower())
    return any(w in pollsters or w in research and (k > 0 or len(words) == 1 or words[1] in ("of", "for"))
               for k, w in enumerate(words))


@lru_cache(maxsize=1)
def _concessive_opener() -> re.Pattern[str]:
    return re.compile(load_table("owners.json")["concessive_opener"]["regex"])


def _concessive_subject(text: str, cands: list[Candidate], sent_start: int, fig_end: int) -> Candidate | None:
    """The main clause's subject after a concessive phrase holding the figure ("Despite a record
    profit of 30.6bn yen, Zenko is coming late"): the phrase says what the subject has in spite of
    what follows, so its first name right after a comma past the figure owns the figure."""
    if not _concessive_opener().match(text, sent_start):
        return None
    for c in cands:
        if c.start >= fig_end and text[max(sent_start, c.start - 2):c.start] == ", ":
            return c
    return None


def _opening_phrase_subject(text: str, cands: list[Candidate], sent_start: int, fig_start: int, fig_end: int,
                            rules: OwnerRules) -> Candidate | None:
    """The main clause's subject after a phrase with no subject of its own that opens the sentence and
    holds the figure ("After collecting a cheque for $2m, Tom Hale thanked"): the phrase's doer is
    that subject, so the name right after the first comma past the figure owns the figure when a verb
    follows it ("..., Orvex said" is a source, and "Stating that ..." reports another's clause)."""
    opening = rules.opening_phrase.match(text, sent_start, fig_start)
    if opening is None or rules.opening_reported.search(text, opening.end(), fig_start):
        return None
    comma = text.find(",", fig_end)
    if comma < 0:
        return None
    for c in cands:
        if c.start > comma:
            # "..., Mr Ravi Dhar is": only titles may stand between the comma and the name
            if any(w.lower().rstrip(".") not in rules.title_words for w in text[comma + 1:c.start].split()):
                return None
            return c if rules.subject_verb.match(text, c.end) else None
    return None


# "These resources will be used to ...", "These valuations were the product of ...": a demonstrative subject of
# "be" is described, it does nothing; a figure past "which" is in another clause
_DEMONSTRATIVE_NOT_VERB = re.compile(r"[ \t]+(?:are|were|will|would|have|had|could|can|may|might|should|must|is|was)\b", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|that|where|when)\b", re.I)


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


_HEAD_GAP = re.compile(r"[ \t]*-?[ \t]*")
_WORD_AT = re.compile(r"[ \t]*([a-z][a-z-]+)\b")
_THING_WORD_AT = re.compile(r"[ \t]*([a-z][a-z-]+|[A-Z][a-z]+-[a-z]+)\b")
_NAME_JOIN = re.compile(r"[ \t]")
# The word after a name, past a bracket that spells it out: "the Rs 13,000-crore LNG (Liquefied natural gas) contract".
_NEXT_AFTER_NAME = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(\w)")


def attributed_thing(ctx: _DocContext, sent: Span, fig_start: int, fig_end: int,
                     triggers: list[Span]) -> tuple[Subject, str | None] | None:
    """The thing money is written before (``_thing_after_figure``), or the name that thing describes in an
    apposition ("Primer, a $7,000 tale of discovery, won", "Mutu, a £15.8m signing from Parma"): the
    phrase between commas says what the name is, so the sum is the name's, with the thing's measure."""
    thing = _thing_after_figure(ctx, sent, fig_start, fig_end, triggers)
    if thing is None or thing[0].label != "THING":
        return thing
    rules = owner_rules()
    determiner = rules.thing_determiner.search(ctx.text, max(sent.start_char, fig_start - 24), fig_start)
    apposed = next((c for c in ctx.candidates_of(sent) if determiner is not None and c.kind not in _PLACE_KINDS
                    and _APPOSITION_GAP.fullmatch(ctx.text, c.end, determiner.start())), None)
    return (apposed.subject, thing[1]) if apposed is not None else thing


# between a name and the determiner of the phrase that describes it: a comma ("Primer, a $7,000 tale")
_APPOSITION_GAP = re.compile(r"[ \t]*,[ \t]*")


def _thing_after_figure(ctx: _DocContext, sent: Span, fig_start: int, fig_end: int,
                        triggers: list[Span]) -> tuple[Subject, str | None] | None:
    """The thing money is written before ("her $30,000 wedding", "his Rs 81-lakh Range Rover",
    "the £200 handheld computers"), and the measure that makes it (its cost or its price); a name
    followed by a measure word ("the Rs 3,600 crore AgustaWestland deal", "the $5bn Google bid")
    owns the figure, but the measure is left (None) to the clause's words, a deal's value here.

    Only after a determiner or a possessive: "paid $30,000 compensation" says what was paid, not
    what something costs. A measure word after the figure ("a $5m loss") is the measure, not a thing.
    """
    rules = owner_rules()
    text = ctx.text
    window = max(sent.start_char, fig_start - 24)
    if not rules.thing_determiner.search(text, window, fig_start):
        return None
    pos = _HEAD_GAP.match(text, fig_end).end()
    if pos >= sent.end_char or any(t.start_char == pos for t in triggers):
        return None
    not_things = rules.attributive_not_things
    cands = ctx.candidates_of(sent)
    for k, c in enumerate(cands):
        if c.start == pos and c.kind in _PLACE_KINDS and k + 1 < len(cands) \
                and _NAME_JOIN.fullmatch(text, c.end, cands[k + 1].start):
            pos = cands[k + 1].start  # "the $120,000 US Open Grand Prix": the country opens the name
            continue
        if c.start == pos:
            pos = _HEAD_GAP.match(text, fig_end).end()
            heads = []
            head = _WORD_AT.match(text, c.end)
            while head is not None and len(heads) < 2 and head.group(1) not in not_things \
                    and head.group(1) not in rules.phrase_enders:
                heads.append(head)
                head = _WORD_AT.match(text, head.end(1))
            modified = bool(heads) and head is not None and any(t.start_char == head.start(1) for t in triggers)
            heads = [h for h in heads if _phrase_ends(text, h.end(1), rules)][-1:]
            if heads:
                # "the Rs 3,600 crore Shivaji memorial", "a $2m Manhattan apartment", "the Rs 3,600
                # crore Shivaji statue project": the name says which thing; "the $5bn Google deal":
                # a measure word, no thing
                if any(c.end < t.start_char < heads[0].start(1) for t in triggers):
                    return None
                if any(t.start_char == heads[0].start(1) for t in triggers):
                    # "the ?3,700 crore Noida trading scam", "the $5bn Google deal": the name's, the measure
                    # word says what (not after a possessor: "Britain's £3bn EU rebate" is Britain's)
                    return None if rules.thing_possessive.search(text, window, fig_start) else (c.subject, None)
                phrase = text[pos:heads[0].end(1)]
                measure = rules.thing_measures[1] if heads[0].group(1) in rules.cost_heads else rules.thing_measures[0]
                return Subject(text=phrase, name=" ".join(phrase.split()), acronym=None, label="THING"), measure
            if c.kind in _PLACE_KINDS | {"NORP", "MINERAL"} or _clause_verb_at(text, c.end, sent.end_char, rules):
                return None  # "the $12bn Kestrel says Tarrow owes": a relative clause's subject, no thing
            if modified:
                # "the Rs 900 crore Kestrel radar deal": a measure word after the name's modifier says what,
                # as one right after the name does (not after a possessor, who owns it)
                return None if rules.thing_possessive.search(text, window, fig_start) else (c.subject, None)
            nxt = _NEXT_AFTER_NAME.match(text, c.end, sent.end_char)
            if nxt is not None and any(t.start_char == nxt.start(1) for t in triggers):
                return c.subject, None  # "the Rs 3,600 crore AgustaWestland deal": the name's, a measure word says what
            return c.subject, rules.thing_measures[0]
    # Up to three lower-case words (or a hyphenated "Centre-funded"); a measure word among them makes
    # it no thing ("a $5m tax bill").
    ends: list[int] = []
    end = pos
    while len(ends) < 3:
        word = _THING_WORD_AT.match(text, end)
        if word is None or word.group(1) in rules.phrase_enders:
            break
        if any(t.start_char == word.start(1) for t in triggers):
            if len(ends) == 2:
                break
            return None  # "India's $20 billion pharma exports": a measure with its modifier
        if word.group(1) in not_things or word.group(1).endswith("ed") and "-" not in word.group(1):
            if not ends:
                return None  # "the £37.5bn predicted in March": a participle, not a thing
            break  # "her $45,000 wedding days before"
        ends.append(word.end())
        end = word.end()
    if not ends:
        return None
    built = next((e for e in ends[1:] if _phrase_ends(text, e, rules)
                  and text[:e].split()[-1] in rules.cost_heads), None)
    whole = ends[2] if len(ends) == 3 and _phrase_ends(text, ends[2], rules) else None
    del ends[2:]
    if rules.thing_possessive.search(text, window, fig_start):
        # "her $30,000 wedding threw a party": after a possessive the first word is the thing
        # unless the phrase ends after the second ("his $2m beach house.") or the third ("her £7.5m
        # sex discrimination case against the bank": the case, not "sex").
        end = whole if whole is not None else \
            ends[-1] if len(ends) == 2 and _phrase_ends(text, ends[1], rules) else ends[0]
    elif _phrase_ends(text, ends[0], rules):
        end = ends[0]
    elif built is not None:
        # "a ?2,254-crore world-class exhibition centre is", "a ?50-crore Centre-funded restoration
        # plan was": a thing built or held for the sum, where its phrase ends
        end = built
    elif len(ends) == 2 and "-" in text[pos:ends[0]] and _phrase_ends(text, ends[1], rules):
        # "the $10 million solar-physics satellite from the bay": a hyphened first word modifies the
        # second, so the two make a noun phrase, not the subject of a clause ("the £22bn ministers hope")
        end = ends[1]
    elif len(ends) == 2 and _PLURAL.search(text, ends[0], ends[1]) and rules.goods_auxiliary.match(text, ends[1]):
        # "The £200 handheld computers can be used as a phone": an auxiliary after two words, the second a
        # plural, ends a phrase of goods the way no verb of a clause would ("the £22bn ministers hope to
        # save" stays no thing; "a 14bn euro black hole was found" is no goods)
        end = ends[1]
    else:
        return None  # "the £22bn ministers hope to save": maybe a clause, not a thing
    phrase = text[pos:end]
    head = phrase.split()[-1]
    measure = rules.thing_measures[1] if head in rules.cost_heads else rules.thing_measures[0]
    return Subject(text=phrase, name=_common_name(phrase), acronym=None, label="THING"), measure


def described_owner(ctx: _DocContext, sent: Span, fig_start: int, subject: Subject | None) -> Subject | None:
    """What a common-noun owner that is a description stands for: "a fine of Rs 5 lakh was slapped on
    the firm", "the country, which has about $200bn in reserves", "The phone was expected to sell at
    Rs 40,000" name no owner of their own, they point back to the one the text named, as "the firm"
    does when it opens a clause (``resolve_anaphor``). Only an anaphor the text holds there ("the
    firm", "the troubled firm"; not "a firm", "the new firm"), and not one a capitalised word
    qualifies ("The US company" after "India's HCL" is another company, "the Finance department" a name).
    A noun the list does not hold may stand for a name it was written with (``_named_noun_before``)."""
    if subject is None or subject.label != "THING":
        return None
    rules = owner_rules()
    if " " in subject.name:
        return _described_phrase(ctx, sent, subject, rules)
    if "the " + subject.name.lower() not in rules.anaphors:
        return _titled_person_before(ctx, sent, fig_start, subject) or _named_noun_before(ctx, sent, subject) \
            or _currency_described(ctx, sent, subject)
    found = [(word, kind, start, end) for word, kind, start, end in anaphors_in(ctx, sent.start_char, sent.end_char)
             if word.split()[-1].lower() == subject.name.lower() and len(word.split()) > 1
             and not any(w[0].isupper() for w in word.split()[1:])]
    written = [m.start() for m in re.compile(rf"(?<![\w-]){re.escape(subject.text)}(?![\w-])").finditer(
        ctx.text, sent.start_char, sent.end_char)]
    if not found or not all(any(a[2] <= w < a[3] for a in found) for w in written):
        # ("85% of this group ..., reports the industry group": the noun the figure has is no anaphor;
        # "the $110m project" after "the Orvex Dam project" is that project)
        return _named_noun_before(ctx, sent, subject)
    word, kind, start, end = min(found, key=lambda a: abs(a[3] - fig_start))
    resolved = resolve_anaphor(ctx, kind, start)
    return _as_anaphor(resolved, word, rules) if resolved is not None else None


# A describing word: a lower-case one ("three-hour", "troubled"), or a name made an adjective ("Paris-based")
_DESCRIBING = re.compile(r"[a-z0-9][\w-]*|[A-Z][\w]*-[a-z][\w-]*")


def _described_phrase(ctx: _DocContext, sent: Span, subject: Subject, rules: OwnerRules) -> Subject | None:
    """What a common-noun owner of several words stands for when the sentence writes it as a description
    of a name read before: "the three-hour epic, which cost $150m" after "Oliver Stone's epic
    Alexander", "The swords and sandals blockbuster ... cost $150m" (a film, the one the headline
    names). The owner's words must end a phrase "the" and lower-case words begin, and its noun stand
    for a name (``NAME_STANDINS``), as "the film" would; not one a word of ``anaphor_other`` makes
    another thing ("the parent company", "the new firm") nor one a capitalised word qualifies ("The
    US firm" after "India's HCL" is another company; "the Paris-based exchange" is described)."""
    head = subject.name.split()[-1].lower()
    kind = rules.anaphors.get("the " + head)
    if kind is None or kind.partition(":")[0] not in NAME_STANDINS or not _DESCRIBING.fullmatch(subject.text.split()[0]):
        return None
    # ("The Markfield, Kent-based firm": a town and its county before the adjective they make)
    phrase = re.compile(rf"(?<![\w-])[Tt]he[ \t]+(?:[A-Z][a-z]+,[ \t]+(?=[A-Z][\w]*-[a-z]))?"
                        rf"(?:(?:{_DESCRIBING.pattern})[ \t]+){{0,3}}{re.escape(subject.text)}(?![\w'’-])")
    for m in phrase.finditer(ctx.text, sent.start_char, sent.end_char):
        if any(w.lower() in rules.anaphor_other for w in m.group(0).split()[1:]):
            continue
        resolved = resolve_anaphor(ctx, kind, m.start())
        return _as_anaphor(resolved, m.group(0), rules) if resolved is not None else None
    return None


# "the farmers' demands", "The bridge's construction": "the" and up to four words after it
_THE_PHRASE = re.compile(r"(?<![\w-])[Tt]he(?P<words>(?:[ \t]+[\w-]+(?:[’']s)?){1,4})")
_PLAIN_NOUN = re.compile(r"([a-z]{3,})(?:[’']s)?")
# What ends a noun phrase at its head: a possessive, a mark, a verb or a word of grammar (not "of")
_HEAD_ENDS = re.compile(r"[’']s\b|[ \t]*(?:[^\w\s]|$)|[ \t]+(?:[a-z]+ed|is|are|was|were|will|would|has|have|had|can|could|"
                        r"may|might|must|shall|should|does|did|in|at|on|for|with|from|to|by|and|or|but|which|that|who)\b")


def named_description(ctx: _DocContext, sent: Span, fig_start: int) -> Subject | None:
    """What a sentence that names no owner is about when it describes a name written before: "The
    farmers' demands include a package of Rs 40,000 crore" after "Tamil Nadu farmers were detained", "The
    bridge's construction began in 2011 at a cost of Rs 950 crore" after "the Dhola-Sadiya bridge". The
    noun of a "the" phrase, nearest the figure first, that the text wrote after a name
    (``_named_noun_before``); not a topic the sentence does not mention. Not in an "according to"
    phrase ("According to officials in the Bihar police, the three were paid"): that is the source."""
    rules = owner_rules()
    text = ctx.text
    sourced = _source_phrases(ctx, sent)
    nouns: list[tuple[int, str]] = []
    for m in _THE_PHRASE.finditer(text, sent.start_char, fig_start):
        if any(a <= m.start() < b for a, b in sourced):
            continue
        pos = m.start("words")
        for word in m.group("words").split():
            pos = text.index(word, pos)
            plain = _PLAIN_NOUN.fullmatch(word)
            if plain is None:
                break  # ("The French were": a name or a figure ends the phrase)
            noun = plain.group(1)
            if pos + len(word) <= fig_start and _noun_head(noun, rules) and noun not in rules.measure_nouns \
                    and not noun.endswith("ing") and _HEAD_ENDS.match(text, pos + plain.end(1)):
                # ("The number waiting over 12 months": a verb's form; "the traffic police", "The seizure
                # of narcotics": a modifier, or a head its "of" phrase says is another one)
                nouns.append((pos, noun))
            pos += len(word)
    for _, noun in sorted(nouns, reverse=True):
        found = _named_noun_before(ctx, sent, Subject(text=noun, name=noun, acronym=None, label="THING"))
        if found is not None:
            return found
    return None
