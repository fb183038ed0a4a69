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
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import anaphors_in, resolve_anaphor
from .names import Candidate
from .owner_rules import NAME_STANDINS, OwnerRules, owner_rules
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext
    from .measures import Trigger

_PLACE_KINDS = frozenset({"COUNTRY", "GPE", "PLACE"})
_SOURCE_OWNERS = frozenset({"COMPANY", "ORG", "BODY", "PARTY", "NAME", "PROGRAMME", "MARKET"})
_UNDER_WHICH = re.compile(r"\s*,?\s*(?:under|through|for|via|by)\s+which\b")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]{2,})[ \t]+$")
# "By Jane Doe and John Roe New Delhi, Apr 30 (PTI)": the writers of the story, not its subject.
_BYLINE = re.compile(r"(?:^|\n)[ \t]*[Bb]y[ \t]+(?:[A-Z][\w.'’-]*[ \t]+(?:and[ \t]+)?)*$")
# Verbs a survey's or a share's subject takes that do not end in -ed: "63% of people thought", "44% of users say".
_PLAIN_VERBS = (r"say|says|said|think|thinks|thought|feel|feels|felt|believe|believes|want|wants|own|owns|use|uses|"
                r"live|lives|earn|earns|spend|spent|paid|prefer|prefers|get|got|see|saw|make|made|take|took|come|"
                r"came|go|went|remain|remains|oppose|opposes|hold|held")
# Where a noun phrase ends: before a preposition, a verb or a relative pronoun, or at punctuation.
_PHRASE_END = (r"(?=[ \t]+(?:in|are|is|were|was|have|has|had|could|would|will|can|may|might|should|must|did|do|"
               r"does|who|which|that|at|on|for|from|with|to|by|during|over|since|this|last|after|before|due|also|still|as|while|whereas|"
               r"already|usually|often|never|currently|typically|generally|mostly|largely|rarely|regularly|"
               r"into|onto|through|under|against|between|among|within|without|"
               r"across|[a-z]{2,}ed|" + _PLAIN_VERBS + r")\b|[ \t]*[,.;)]|$)")
# (the words before the head hold no pronoun or conjunction: "33% of profits as he always does" is no share of "always")
# (an aside in brackets may follow the determiner: "70 per cent of the (15 lakh) traders")
_SHARE_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?(?:\([^()\n]{1,30}\)[ \t]+)?"
                       r"(?:(?!(?:which|who|that|whom|whose|as|he|she|it|they|them|us|him|we|i|you|if|when|because|while|than|since|"
                       r"where|but)\b)[\w-]+[ \t]+){0,4}?"
                       r"(?P<head>those[ \t]+[a-z]{3,}ed|(?!(?:the|its|their|all|these|those|them|you|whom|which|cannot|either|"
                       r"already|also|only|still|even|never|not|just)\b)[a-z][a-z-]{2,}|[A-Z]{2,}s)" + _PHRASE_END)
# Between a country and the name it qualifies: "'s", or up to three words that are no preposition.
_ADJECTIVE_GAP = re.compile(r"(?:[’']s)?[ \t]+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or|the|a|an)\b)[a-z][\w-]*[ \t]+){0,3}")
_POSSESSED_NAME = re.compile(r"[’'?]s[ \t]+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or)\b)[a-z][\w-]*[ \t]+){0,2}")
# The plural a bracketed share follows ("voters (68%)"); capitalised too, a group no gazetteer names ("Sikhs (1.9%)").
_NOUN_BRACKET = re.compile(r"(?<![\w'’-])(?P<head>[A-Za-z][a-z-]{2,}s)[ \t]*\([ \t]*$")
_BRACKETED = re.compile(r"[ \t]*\([ \t]*(?:Rs\.?|Re\.?|INR|USD|US\$|[?₹$£€])?[ \t]*")
_DESCRIBED_GAP = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}")
_PERCENT_END = re.compile(r"(?:%|per[ \t]?cent|percent)$", re.I)
# "75% road signage", "43% employees", "71% Indians": the noun right after a percentage, and one more noun.
_NOUN_AFTER = re.compile(r"[ \t]+(?P<w1>[a-z][a-z-]{2,}|[A-Z][a-z]+(?:ans|ons|ers|is))\b(?:[ \t]+(?P<w2>[a-z][a-z-]{2,})\b(?![’']))?")
_VERB_AFTER = re.compile(r"[ \t]+(?:are|is|were|was|have|has|had|could|would|will|cannot|can|may|might|should|must|did|do|"
                         r"does|[a-z]{2,}ed|" + _PLAIN_VERBS + r")\b")
_PLURAL = re.compile(r"[^su]s$")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "every",
                          "each", "all", "some", "more", "less", "most", "any", "such", "another"})
# "hikes its budget by 7% amid tensions": a preposition after a percentage opens a phrase, it names no share
_PREPOSITIONS = frozenset({"amid", "amidst", "despite", "after", "before", "since", "until", "across", "against", "among",
                           "amongst", "within", "without", "towards", "during", "through", "via", "following"})
_OF_THE = re.compile(r"[ \t]+(?:of|in|from)[ \t]+(?:the[ \t]+)?")
_APOSTROPHE_WORD = re.compile(r"[’']s?\b")
_APOSTROPHE_SPACE = re.compile(r"[’']s?\s")
_CLAUSE_MARK = re.compile(r"[,;:]")
_OF_BEFORE = re.compile(r"(?:^|[ \t])of[ \t]+(?:the[ \t]+)?$")
_ACROSS_PLACE = re.compile(r"\s*(?:\S+\s+){0,2}?(?:across|in|for)\s+(?:the\s+)?$")
_FOR_PROGRAMME = re.compile(r"\b(?:for|under|through|via|by|to)\s+(?:the\s+|its\s+|their\s+)?$")
_POSSESSIVE_AT = re.compile(r"[’']s\b")
_GROWTH_OF = re.compile(r"\bgrowth\b", re.I)
_ECONOMY = re.compile(r"\b(?:econom|gdp\b)", re.I)
# A relative clause or appositive between commas: its names are asides, not the clause's subject.
# A sentence that opens with a participle and its agent: the agent is an aside, not the subject.
_BY_ASIDE = re.compile(r"[\s\"“‘'*•-]*[A-Z][a-z]+(?:ed|en|ten)[ \t]+by[ \t]+[^,;.]{1,80},")
_ASIDE = re.compile(r",[ \t]*(?:who|which|whose|where|the|a|an)[ \t][^,;]{0,100},")
_CHANGE_IN = re.compile(r"[ \t]+(?:rise|increase|jump|growth|fall|drop|decline|dip|surge|hike|reduction)[ \t]+in[ \t]+"
                        r"(?:the[ \t]+)?(?P<np>(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[a-z][a-z-]{2,}))" + _PHRASE_END)
# "was led by growth of 13.1% in the key manufacturing sector": a change noun and "of" before the figure,
# what changed after it
_CHANGE_OF_BEFORE = re.compile(r"\b(?:rise|increase|jump|growth|fall|drop|decline|dip|surge|hike|reduction)[ \t]+of[ \t]+"
                               r"(?:(?:about|around|nearly|almost|some|over|just|more[ \t]+than|less[ \t]+than)[ \t]+)?$")
_IN_AFTER = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?"
                       r"(?P<np>(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[a-z][a-z-]{2,}))" + _PHRASE_END)
# "in the same period", "in the third quarter": when, not what changed
_TIME_NOUNS = frozenset({"period", "periods", "year", "years", "quarter", "quarters", "month", "months", "week", "weeks",
                         "decade", "decades", "day", "days", "time", "term", "run", "half", "session", "season"})
_AFTER_PREPOSITION = re.compile(r"\b(?:with|to|from|by|for|of|on|at|against|into|between)[ \t]+(?:the[ \t]+)?$", re.I)
_POSSESSED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our)|[’']s?)[ \t]+$", re.I)
_REPORTED_CLAUSE = re.compile(r"\bthat[ \t]*$")
_OF_THEN_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_OF_THEM = re.compile(r"[ \t]+of[ \t]+them\b")
# ("90% of employees at its outsourcing arm": the noun is the possessor's too)
_OF_THEN_ANAPHOR = re.compile(r"(?:[ \t]+or[ \t]+(?:more|less))?[ \t]+of[ \t]+"
                              r"(?:(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,2}(?:at|in|across|within)[ \t]+(?=(?:its|his|her)\b))?"
                              r"(?P<anaphor>its|their|his|her|the[ \t]+[a-z]+(?=[’']s\b))", re.I)
_IN_PLACE = re.compile(r"[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?")
# A list of percentages each with its place: "26% in London, 30% in Frankfurt and 31% in New York". After
# an item's place, the next item ("[,] [and] about 30% in"); before a figure, the previous item's end.
_PCT = r"(?:\d[\d.,]*[ \t]*(?:%|per[ \t]?cent|percent))"
_LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:about|around|nearly|almost|just|only|some|over)[ \t]+)?"
_NEXT_PLACE_ITEM = re.compile(_LIST_JOIN + _PCT + r"[ \t]+in[ \t]")
_PREVIOUS_PLACE_ITEM = re.compile(_PCT + r"[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}"
                                  + _LIST_JOIN + r"$")
# A clause that opens with its place ("In the UK", "but in Kashmir valley,"), and what may follow the place before
# the figure: a common noun it names ("valley"), a comma.
_IN_OPENER = re.compile(r"[\s\"“‘'*•-]*(?:(?i:but|and|while|whereas)[ \t]+)?[Ii]n[ \t]+(?:the[ \t]+)?")
_PERCENT_BEFORE = re.compile(r"(?:%|per[ \t]?cent|percent)[\s,;]*$")
_PLACE_TO_SHARE = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*,?[ \t]*")
_OF_OPENER = re.compile(r"[\s\"“‘'*•-]*Of[ \t]")
_IN_PLACE_AT = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
_RECIPIENT_DETERMINER = re.compile(r"[ \t]*(?:the|a|an|his|her|its|their|each|every)[ \t]+", re.I)
# What follows a verb, not a noun: an object's determiner or a figure.
_VERB_OBJECT = re.compile(r"[ \t]*(?:(?:the|a|an|its|their|his|her|this|that|these|those)\b|[?₹$£€\d]|Rs\b|rs\b)")
_RELATIVE = re.compile(r"[ \t]*(?:,|[ \t][-–—])[ \t]*(?:who|which)\b")
# "Christmas sales - which account for 23% of retail sales - would have been": a relative clause
# between dashes, an aside as one between commas is
_DASH = re.compile(r"[ \t][-–—][ \t]")
_DASH_ASIDE = re.compile(r"[ \t][-–—][ \t]+(?:who|which)\b[^-–—;\n]{0,150}[ \t][-–—][ \t]")


# ---------------------------------------------------------------------------
# Name chunks
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------

def _role(ctx: _DocContext, cands: list[Candidate], i: int, fig_start: int, fig_end: int,
          sent_start: int, macro: bool, trigger_ends: list[tuple[int, int]], place_measure: bool) -> str:
    """What candidate ``i`` is to the figure: an owner role, or 'source', 'place', 'modifier'."""
    rules = owner_rules()
    text = ctx.text
    c = cands[i]
    before = text[max(sent_start, c.start - 40):c.start]
    after = text[c.end:c.end + 40]
    if ctx.is_trading_place(c):
        return "place"  # "On the NSE, it fell 3%": where the shares trade, not whose they are
    if rules.trade_partner.search(before):
        return "modifier"  # "The deficit with China was $162bn": the partner, not whose deficit it is
    if c.end <= fig_start and rules.creditor.search(before):
        return "modifier"  # "The club still owe French club PSG £5m": whom it is owed to, not who owes it
    if c.kind in _PLACE_KINDS and _in_compound(text, c):
        return "modifier"  # "the German-US carmaker", "a US-based firm": part of an adjective
    if c.kind in _PLACE_KINDS and c.end <= fig_start and rules.place_head_after.match(text, c.end) \
            and not _AFTER_PREPOSITION.search(text, max(sent_start, c.start - 20), c.start):
        # "the Rajasthan government had provided 5% reservation": the state's government; not in
        # "signed an MoU with the Maharashtra government to invest" (Walmart invests)
        return "possessor"
    if place_measure and c.kind in _PLACE_KINDS and any(s == c.end + 1 and s <= fig_start for s, _ in trigger_ends) \
            and text[c.end] == " " and not _POSSESSED_BEFORE.search(text, max(sent_start, c.start - 12), c.start):
        # "forecasting UK growth at 3%": the economy the measure is of; "its US sales" are in a market
        return "possessor"
    if ctx.cached(("source", c.start), lambda: bool(
            rules.source_before.search(before) or rules.source_after.match(text, c.end, c.end + 40)
            and not (c.kind in _PLACE_KINDS and rules.passive_forecast.match(text, c.end, c.end + 40))
            or _BYLINE.search(text, max(sent_start, c.start - 40), c.start))):
        # "X said its profits rose": the source still owns through its pronoun (resolved later).
        return "source"
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    # A country or place used as an adjective or possessor of the next name, or "X of the US".
    # Any name that possesses the next one ("Aamir's PK grossed", "Rao's son KT Rama Rao earned").
    if nxt is not None and nxt.start > c.end and nxt.end <= fig_start + 1 \
            and nxt.kind not in _PLACE_KINDS | {"MINERAL"}:
        gap = text[c.end:nxt.start]
        if c.kind in _PLACE_KINDS | {"NORP"} and _ADJECTIVE_GAP.fullmatch(gap) or _POSSESSED_NAME.fullmatch(gap) \
                or nxt.kind == "PERSON" and _only_title_words(gap, rules) \
                or _DESCRIBED_GAP.fullmatch(gap) and not rules.creditor.search(gap) \
                and (rules.descriptor.search(gap) or nxt.kind == "PERSON" and gap.split()[-1] in rules.title_words):
            # also "ICICI Bank CEO Chanda Kochhar": the person the title introduces; "Pop Idol mogul
            # Simon Fuller", "Tata group firm TCS": the name the descriptor introduces
            return "modifier"
    prev = cands[i - 1] if i > 0 else None
    if prev is not None and _OF_THE.fullmatch(text, prev.end, c.start) \
            and c.kind in _PLACE_KINDS and prev.kind not in _PLACE_KINDS:
        return "modifier"
    if c.kind in _PLACE_KINDS or (c.kind == "NAME" and c.subject.name.lower() in rules.places):
        if c.end <= fig_start and _possessive_before(text, c, fig_start):
            return "possessor"  # "match Leeds's £5m offer", "London's £2bn budget": the city's club or council
        if rules.place_before.search(before) or c.kind in ("PLACE", "GPE") or c.end > fig_end:
            return "place_macro" if macro else "place"
    if c.end <= fig_start:
        gap = text[c.end:fig_start]
        if _BRACKETED.fullmatch(gap):
            return "possessor"  # "Hindus (2.45%), Sikhs (0.98%)", "beat Ravi Rao (13.8%)": the name the bracket follows
        if _possessive_before(text, c, fig_start):
            return "possessor"
        if _OF_BEFORE.search(before) and any(
                e <= c.start and c.start - e <= 12 for _, e in trigger_ends):
            return "of_head"
        if rules.descriptor.search(before):
            return "descriptor_head"
    return "mention"


def _possessive_before(text: str, c: Candidate, fig_start: int) -> bool:
    """Whether ``c`` possesses the noun phrase the figure stands in ("Tesco's annual profit of £2bn";
    also a name whose apostrophe a scrape lost: "raise Indias medium-term GDP growth to 8%")."""
    gap = text[c.end:fig_start]
    return bool(_APOSTROPHE_WORD.match(gap) or _APOSTROPHE_SPACE.match(text, c.end) or c.possessive) \
        and len(gap.split()) <= 6 and not _CLAUSE_MARK.search(gap, 2)


# "Rs 5 lakh per appearance in the Supreme Court and Rs 8 lakh", "13% in New York, 16% in Chicago": a figure,
# a phrase of it that ends in a place or a body, then the list's "and" or comma and the next figure
_LIST_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                        r"(?:(?:to|about|around|nearly|over|just|only|a|an)[ \t]+)?(?:Rs\.?|Re\.?|INR|USD|US)?[ \t]*[?₹$£€]?[ \t]*\d")


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


def _in_previous_phrase(text: str, sent_start: int, c: Candidate, fig_start: int) -> bool:
    """Whether a name before the figure stands in the phrase that follows another figure of a list
    that goes on to a next one: "Rs 5 lakh per appearance in the Supreme Court and Rs 8 lakh" (the
    court qualifies the first fee, it charges neither)."""
    return c.end <= fig_start and owner_rules().previous_phrase.search(text, max(sent_start, c.start - 60), c.start) is not None \
        and _LIST_NEXT.match(text, c.end, fig_start + 12) is not None


def _signed_for(text: str, clause_start: int, c: Candidate, fig_start: int, rules: OwnerRules) -> bool:
    """Whether a name is the one signed for the figure: a verb of signing earlier in the clause, and
    the name right before "for" and the figure ("has signed French side AS Monaco's Benjamin Mendy for
    £52 million"): whom the fee was paid for, not the club that paid it."""
    return rules.signed_for.fullmatch(text, c.end, fig_start) is not None \
        and rules.signed_verb.search(text, max(clause_start, c.start - 60), c.start) is not None \
        and not _FROM_TO_BACK.search(text, max(clause_start, c.start - 12), c.start)  # "from Marseille for £24m": the seller


_FROM_TO_BACK = re.compile(r"\b(?:from|to|with|by)[ \t]+(?:the[ \t]+)?$", re.I)


_JOINED_BEFORE = re.compile(r"(?:^|\W)(?:and|or|with|along[ \t]+with)[ \t]*$")


def _kin_subject(text: str, sent_start: int, subject_start: int, fig_start: int, cands: list[Candidate],
                 rules: OwnerRules) -> re.Match[str] | None:
    """A relative a possessive pronoun opens the clause with ("Their daughter scored 94%"): not one a
    name follows ("her husband Prateek Yadav owns": the name is the relative), nor one joined to a
    subject before it ("Janardan Bhatt and his wife donated": the couple, named first)."""
    kin = rules.kin_subject.match(text, subject_start, fig_start)
    if kin is None or any(c.start == kin.end() + 1 for c in cands) \
            or _JOINED_BEFORE.search(text, max(sent_start, subject_start - 12), kin.start("pronoun")):
        return None
    return kin


def _opens(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` opens the clause that begins at ``start`` (after quotes, bullets or "the")."""
    if pos < start:
        return False
    head = text[start:pos].strip(" \t\n\"“‘'*•-")
    return not head or head.lower() == "the"


def _source_phrases(ctx: _DocContext, sent: Span) -> list[tuple[int, int]]:
    """The spans of a sentence's "according to ..." phrases: every name in one is a source."""
    return ctx.cached(("source_phrases", sent.start_char), lambda: [
        m.span() for m in owner_rules().source_phrase.finditer(ctx.text, sent.start_char, sent.end_char)])


def _in_compound(text: str, c: Candidate) -> bool:
    return text[c.start - 1:c.start] == "-" or text[c.end:c.end + 1] == "-"


def _only_title_words(gap: str, rules: OwnerRules) -> bool:
    words = [w.strip(".,").lower() for w in gap.split()]
    return bool(words) and all(w in rules.title_words or w in rules.title_modifiers for w in words)


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
                 measure: str, triggers: list[Trigger]) -> tuple[Subject | None, dict[str, str]]:
    """The figure's owner, and the roles that are qualifiers instead (``source``, ``place``).

    ``lo``-``hi`` is the figure's clause (between its neighbouring figures).
    """
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
    macro = measure in rules.macro_measures or measure == "growth" and bool(_ECONOMY.search(text, lo, hi))
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, sent.start_char, fig_start)]
    asides += [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text, sent.start_char, fig_start)]
    # "The family comedy, starring Jo Reed, took $33m": a participle's aside, as a relative clause's
    asides += [(m.start(), m.end()) for m in rules.participle_aside.finditer(text, sent.start_char, fig_start)]
    # "Kerry Stokes, owner of Seven West Media, had invested A$1m": a title's apposition, as a relative clause
    asides += [(m.start(), m.end()) for m in rules.title_aside.finditer(text, sent.start_char, fig_start)]
    opening = _BY_ASIDE.match(text, sent.start_char, fig_start)
    if opening is not None:
        asides.append((opening.start(), opening.end()))  # "Directed by John Carpenter, it made $60m"
    places_after: list[Candidate] = []
    speakers: list[tuple[int, int, Subject]] = []
    late: list[tuple[int, int, Subject]] = []
    sourced = _source_phrases(ctx, sent)
    # a clause that a word of saying or finding and "that" open ("The study by Orvex found that ...")
    reported = clause_start > sent.start_char and _REPORTED_CLAUSE.search(text, max(lo, clause_start - 8), clause_start)
    for i, c in enumerate(cands):
        if c.start < fig_end and c.end > fig_start:
            continue  # "US" in "US$675 million" is part of the figure
        if any(a <= c.start and c.end <= b for a, b in asides) or ctx.in_dateline(c):
            continue  # "Hale, who joined the Supreme Court in 2009, will earn £225,000"; "New Delhi, Jul 17 (PTI)"
        if _in_previous_phrase(text, sent.start_char, c, fig_start):
            continue  # "charges Rs 5 lakh per appearance in the Supreme Court and Rs 8 lakh": the first figure's court
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
                if c.end <= fig_start and (c.kind in _SOURCE_OWNERS or reporter) and not rules.forecast.match(text, c.end, c.end + 40):
                    # "Virgin Blue said profits fell 10%": the speaker owns it when nothing else can.
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
        scored.append((_score(c, role, fig_start, fig_end, distance, clause_first), c.start, c.subject))
    if _PERCENT_END.search(text, fig_start, fig_end) and (listed := _listed_place(text, cands, sent.start_char, fig_start,
                                                                                 fig_end)) is not None:
        # "compared to 30% in Frankfurt, 31% in New York": each item of the list is its own place's
        scored.append((rules.role_weight["after_owner"], listed.start, listed.subject))
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
        resolved = quoted or resolve_anaphor(ctx, kind, start)
        if resolved is None and kind == "person" and word.lower() in _PERSON_PRONOUNS:
            resolved = _person_noun_before(ctx, start, rules)  # "a 60-year-old man ... He allegedly demanded"
        if quoted is None and word == "it" and rules.clause_it.search(text, max(sent.start_char, start - 12), start):
            # "Orvania's stock market fell 5%, but it is still 40% higher": the sentence's subject
            resolved = _sentence_subject_thing(ctx, sent.start_char, start, rules) or resolved
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
        elif quoted is None and word.lower() in _PERSON_POSSESSIVES and start >= subject_start \
                and (own := _person_subject(ctx, subject_start, start, cands, rules)) is not None:
            # "The employee will be paid 50% of his salary": "his" is the clause's subject, a person noun
            # with no name between, not a name read before ("WhatsApp")
            resolved = own
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
    if (relative := _reduced_relative(ctx, sent.start_char, sent.end_char, fig_start, fig_end, cands, rules)) is not None:
        # "the £22bn ministers hope to save", "the £35bn he has earmarked": the relative clause's subject
        scored.append((rules.role_weight["after_owner"] + rules.label_weight.get(relative[1].label, 0)
                       + _words_between(text, fig_end, relative[0]), *relative))
    if (asker := _asker(ctx, sent.start_char, fig_start, fig_end, cands, rules)) is not None:
        # "Anil Kumble had asked for an amount at par with a Grade A player's earnings, about Rs 9 crore":
        # who asks for the money owns it, not a name its object describes
        scored.append((rules.role_weight["asker"] + rules.label_weight.get(asker[2].label, 0) + asker[0], *asker[1:]))
    if (payer := _directed_payer(ctx, sent.start_char, fig_start, cands, rules)) is not None:
        # "asked railways to pay ?50 crore", "instructed him to pay back ?531": the one told to pay owns the
        # sum, not who tells it to (a recipient named after the figure still wins a compensation)
        scored.append((rules.role_weight["payer"] + rules.label_weight.get(payer[2].label, 0) + payer[0], *payer[1:]))
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
    generic = [] if macro else _generic_candidates(ctx, lo, hi, fig_start, fig_end, clause_start, triggers, cands,
                                                     measure, subject_start)
    subject = None if macro else _verb_subject(ctx, min(subject_start, sent_subject_start), fig_start, fig_end,
                                               cands, triggers, rules, sourced)
    if kin is not None:
        # "Their daughter scored 94%", "His father took a loan of Rs 1 lakh": a relative the pronoun
        # possesses is the clause's subject and a person, so owns the figure as a name would
        scored.append((rules.role_weight["kin_subject"] + _words_between(text, kin.start("head"), fig_start),
                       kin.start("head"), _thing(text, *kin.span("head"))))
    if subject is not None:
        # "UK house prices rose 3%": the subject of the verb that governs the figure competes with names
        scored.append((rules.role_weight["verb_subject"] + _words_between(text, subject[0], fig_start), *subject))
    for weight, start, subject in generic:
        # Only a common noun the grammar ties to the figure ("worth", "90% of PCs") competes with names.
        if subject is not None and weight <= max(rules.role_weight["worth_head"], rules.role_weight["share_of"],
                                                 rules.role_weight["place_phrase"]):
            scored.append((weight + _words_between(text, start, fig_start), start, subject))
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
        # firm said 60% of the attacks hit banks", "According to X, 30% of them were tourists").
        scored = speakers
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
    if scored:
        scored.sort(key=lambda s: (s[0], -s[1]))
        return scored[0][2], qualifiers
    return None, qualifiers


@lru_cache(maxsize=1)
def _verb_form_nouns() -> frozenset[str]:
    return frozenset(load_table("owners.json")["verb_form_owner"]["nouns"])


# The words a bare share may open its sentence with ("More than 80% offered", "And 24% have bought").
_BARE_SHARE_LEAD = re.compile(r"[\s\"“‘'*•-]*(?:(?:more[ \t]+than|almost|nearly|over|some|only|just|about|around|"
                              r"roughly|fewer[ \t]+than|less[ \t]+than|another|a[ \t]+further|and|but|yet|"
                              r"(?:more[ \t]+than[ \t]+|almost[ \t]+|nearly[ \t]+)?(?:a|one)[ \t]+(?:quarter|third|fifth|half)"
                              r"[ \t]+(?:[\w-]+[ \t]+){1,8}?(?:and|while|but))[ \t]+)*", re.I)


def _bare_share_group(ctx: _DocContext, sent: Span, fig_start: int, fig_end: int, rules: OwnerRules) -> Subject | None:
    """The plural common noun that opens the sentence before a share that opens its own with no
    group ("More than 80% offered free samples", "More than a quarter have bought software ... and
    24% have bought clothes"): the share is of that group. None when a verb does not follow the
    share, or the sentence before opens with no such plural."""
    text = ctx.text
    if not _PERCENT_END.search(text, fig_start, fig_end) or _OF_THEN_NAME.match(text, fig_end) \
            or not _VERB_AFTER.match(text, fig_end):
        return None
    start = ctx.after_dateline(sent.start_char, fig_start)
    lead = _BARE_SHARE_LEAD.match(text, start, fig_start)
    if lead is None or lead.end() != fig_start:
        return None
    spans = ctx.sentences_back(fig_start, 1)
    if len(spans) < 2:
        return None
    lo, hi = spans[1]
    lo = ctx.after_dateline(lo, hi)
    opener = rules.clause_opener.match(text, lo, hi)
    np = _PLURAL_OPENING.match(text, opener.end() if opener is not None else lo, hi)
    if np is None:
        return None
    head = np.group("head")
    words = np.group("np").split()
    if not _noun_head(head.lower(), rules) or head.lower() in rules.measure_nouns \
            or any(w[0].isupper() and (k > 0 or w.lower() not in rules.lowercase_words) for k, w in enumerate(words)) \
            or any(c.start < np.end("head") and c.end > np.start("np") for c in ctx.candidates_between(lo, hi)):
        return None  # (a name in the phrase is a name's group: "Tesco shoppers" is no bare plural)
    phrase = " ".join(words).lower() if words[0][0].isupper() else " ".join(words)
    return Subject(text=text[np.start("np"):np.end("head")], name=_common_name(phrase), acronym=None, label="THING")


# A plural common noun that opens a sentence as its subject: "Computer users across the world continue",
# "Musicians were positive", "The survey's respondents said".
_PLURAL_OPENING = re.compile(r"[\s\"“‘'*•-]*(?:[Tt]he[ \t]+)?(?P<np>(?:[A-Za-z][a-z-]+[ \t]+){0,2}?"
                             r"(?P<head>[A-Za-z][a-z-]{2,}[^su\W]s))\b(?![ \t]+of\b|[’'])")


# What may stand before a participle that is a noun: "the accused", "those questioned", "the wedding".
_NOUN_MARK_BACK = re.compile(r"(?<![\w'’-])(?:the|a|an|those|these|this|that|his|her|its|their|our|my|your|of|for|"
                             r"to|some|all|many|most|no|any|each|every|one|two|three|four|five|six|seven|eight|nine|"
                             r"ten|\d[\d,]*)[ \t]+$", re.I)


def _verb_form(text: str, start: int, subject: Subject) -> bool:
    """A one-word common-noun owner that is a verb form where it stands: a participle or past tense
    with no determiner or count before it ("..., lifting revenue", "it expected debt repayments of",
    "When introduced, the rate was"). A noun made of one has one ("the injured", "seven accused")."""
    if subject.label != "THING":
        return False
    first = subject.text
    if " " in first or "-" in first or not first.islower() or not first.endswith(("ing", "ed")) \
            or first.endswith("thing") or first in _verb_form_nouns() or first in ("need", "feed", "seed", "speed",
                                                                                   "bed", "red", "shed", "bred", "greed",
                                                                                   "breed"):
        return False
    return text.find(subject.text, start) == start and not _NOUN_MARK_BACK.search(text, max(0, start - 12), start)


def _after_owner(text: str, sent_start: int, sent_end: int, fig_start: int, fig_end: int, start: int, measure: str,
                 rules: OwnerRules) -> bool:
    """Whether the gap from the figure to a name after it ties the name to it as its owner
    (``after_owner`` in owners.json): a bid noun and its bidder ("a £1.3bn takeover offer from
    Orvex", "an offer of $1bn from Kestrel"), a holder ("Rs 900 crore worth of properties belonging
    to Vikram Rao"), what the money was spent on, a list of figures each "for" a name ("21% for
    the OBCs, 16% for the Scheduled Castes"), or the agent that paid, owed or earned it ("a bribe of
    Rs 2 crore had been paid by Rekha Nair")."""
    if rules.list_gap.fullmatch(text, fig_end, start) and any(
            not fig_start <= m.start() < start for m in rules.listed_figure.finditer(text, sent_start, sent_end)):
        return True
    if measure not in rules.agent_not_measures and rules.after_agent.fullmatch(text, fig_end, start):
        return True
    if measure in rules.sufferer_measures and rules.sufferer_gap.fullmatch(text, fig_end, start):
        return True
    link = rules.after_owner.fullmatch(text, fig_end, start)
    return link is not None and (link.group("bidder") is None or link.group("bid") is not None
                                 or rules.bid_before.search(text, max(sent_start, fig_start - 60), fig_start) is not None)


_QUOTE_MARK = re.compile(r"[\"“”]")


def _opening_place(text: str, cands: list[Candidate], clause_start: int, fig_start: int,
                   rules: OwnerRules) -> Candidate | None:
    """The place a clause opens with when a percentage follows it at once ("In Kashmir valley, about
    96.4 per cent are Muslims", "but in the US, 96% have"): the share is of the place's people or
    things, so the place owns it. None otherwise."""
    opener = _IN_OPENER.match(text, clause_start, fig_start)
    if opener is None or _PERCENT_BEFORE.search(text, max(0, clause_start - 20), clause_start):
        return None  # ("12.1% in Germany, 10.4% in Spain": the place before is the previous item's)
    place = next((c for c in cands if c.start == opener.end()), None)
    if place is None or place.kind not in _PLACE_KINDS:
        return None
    gap = _PLACE_TO_SHARE.match(text, place.end, fig_start)
    if gap is None or gap.end() != fig_start and not rules.survey_lead.fullmatch(text, gap.end(), fig_start):
        return None
    return place


def _listed_place(text: str, cands: list[Candidate], sent_start: int, fig_start: int, fig_end: int) -> Candidate | None:
    """The place after a percentage that is one item of a list of percentages each with its place ("31% in
    New York" in "26% in London, 30% in Frankfurt and 31% in New York"): each item is its place's figure,
    not the previous item's place nor the list's source. A name no gazetteer knows is a place there too
    ("67 per cent in Kishanganj, 37 per cent in Purnea"). None outside such a list, or when the sentence
    opens with the whole the shares are of ("Of Argentina's bondholders, ...")."""
    if _OF_OPENER.match(text, sent_start):
        return None  # "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy": shares of that whole
    place = next((c for c in cands if c.start >= fig_end), None)
    if place is None or place.kind not in _PLACE_KINDS | {"NAME"} or _IN_PLACE_AT.fullmatch(text, fig_end, place.start) is None:
        return None
    if _NEXT_PLACE_ITEM.match(text, place.end) or _PREVIOUS_PLACE_ITEM.search(text, max(sent_start, fig_start - 80),
                                                                               fig_start):
        return place
    return None


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


_WORD_AT_HEAD = re.compile(r"[\w-]+")
_GAP_AT = re.compile(r"[ \t]+")
# What may stand between a verb of costing and its figure: "asylum cost about £2bn".
_VERB_TO_FIGURE = re.compile(r"[ \t]+(?:(?:about|around|nearly|almost|over|only|just|some|roughly|an[ \t]+estimated|"
                             r"up[ \t]+to|more[ \t]+than|less[ \t]+than|at[ \t]+least)[ \t]+)?(?:Rs\.?[ \t]*|[?₹$£€])?")


def _said_owner(text: str, generic: list[tuple[int, int, Subject]], speakers: list[tuple[int, int, Subject]],
                triggers: list[Trigger], fig_start: int) -> bool:
    """Whether what a speaker says names the figure's owner itself: a common noun after the speaker
    ("the firm said 60% of the attacks hit banks", "According to X, 30% of them were tourists").
    Not a noun that only modifies a measure word ("X said same store sales rose", "the median cost
    was") or is one, nor an -ed word, a verb the noun patterns took for one ("Since 2008, Orvex
    noted, ..."). A measure word the figure follows at once is a verb, though, and the noun its
    subject: "he argued asylum cost £2bn a year" is the asylum system's cost, not the speaker's (but
    not a work's, "-ing": "the Board said dredging cost Rs 40 crore" is the Board's)."""
    first = min(start for _, start, _ in speakers)
    trigger_starts = {t.start_char for t in triggers}
    verb_starts = {t.start_char for t in triggers
                   if (verb := _VERB_TO_FIGURE.match(text, t.end_char, fig_start)) is not None and verb.end() == fig_start}
    for _, start, _ in generic:
        head = _WORD_AT_HEAD.match(text, start)
        if start <= first or head is None or head.group(0).endswith("ed") \
                or any(t.start_char <= start < t.end_char for t in triggers):
            continue  # ("offered 20% of the firm in return for": the measure word itself)
        gap = _GAP_AT.match(text, head.end())
        if gap is not None and gap.end() in trigger_starts \
                and (gap.end() not in verb_starts or head.group(0).endswith("ing")):
            continue  # ("the Board said dredging cost Rs 40 crore": who pays for the work owns it, as in _verb_subject)
        return True
    return False


_SHARE_BEFORE = re.compile(r"(?:%|per[ \t]?cent|percent)[ \t]+of[ \t]+(?:the[ \t]+|those[ \t]+)?(?P<head>[a-z][a-z-]{2,})\b")


def _surveyed(text: str, sent_start: int, fig_start: int, rules: OwnerRules) -> Subject:
    """Whom a bare share of a survey is of: the group an earlier share of the sentence names ("89% of
    the passengers liked it, while 11% said ..."), else the respondents."""
    shares = [m for m in _SHARE_BEFORE.finditer(text, sent_start, fig_start) if _noun_head(m.group("head"), rules)]
    if shares:
        return _thing(text, *shares[-1].span("head"))
    return Subject(text=rules.survey_owner, name=rules.survey_owner, acronym=None, label="THING")


_SURVEY_CLAUSE_END = re.compile(r"(?:[,;:(—–-]|(?<![\w-])(?:that|while|whereas|and|but))[ \t]*$")
_OPENING_MARKS = " \t\n\"“‘'*•-"


def _survey_share(text: str, sent_start: int, fig_start: int, fig_end: int, rules: OwnerRules) -> bool:
    """Whether a bare percentage is the subject of a verb of saying or opinion ("Only 22% said
    they had flown one", "a poll found that 61% wanted stricter rules"): a share of the people
    asked, whom no name in the sentence stands for (the pollster is the source). The figure opens
    its clause, after at most a few lead words ("another", "the remaining", "only")."""
    if not _PERCENT_END.search(text, fig_start, fig_end) or not rules.survey_verb.match(text, fig_end):
        return False
    return _opens_clause(text, sent_start, fig_start, rules)


_NEXT_WORD = re.compile(r"[a-z][\w-]*")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                          "might", "should", "must", "do", "does", "did"})


_PLURAL_NEXT = re.compile(r"[ \t]+(?P<head>[a-z][a-z-]{2,}(?<![su])s)\b")


def _subject_share_head(text: str, fig_end: int, hi: int, rules: OwnerRules) -> tuple[int, int] | None:
    """The plural a clause-opening share is of, when a verb follows it ("of all mobiles sold"); a plural
    right after the first one heads the phrase instead ("of tuberculosis cases occur")."""
    m = rules.subject_share.match(text, fig_end, hi)
    if m is None:
        return None
    start, end = m.span("head")
    for _ in range(2):
        if _verb_after_share(text, end + 1, rules):
            break
        nxt = _PLURAL_NEXT.match(text, end, hi)
        if nxt is None or nxt.group("head") in _AUXILIARIES:
            return None
        start, end = nxt.span("head")
    else:
        if not _verb_after_share(text, end + 1, rules):
            return None
    head = text[start:end]
    if not _noun_head(head, rules) or head.lower() in rules.measure_nouns:
        return None
    return start, end


def _verb_after_share(text: str, pos: int, rules: OwnerRules) -> bool:
    """Whether the word at ``pos`` after a share's plural can be its verb: not a plural itself
    ("tuberculosis cases occur") nor a noun a verb follows ("the electronics market is"), unless
    it is a participle or an adverb ("mobile phones sold will", "searchers usually find")."""
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return False
    w = word.group(0)
    if w in rules.share_participles or w in _AUXILIARIES or w.endswith(("ed", "ly")):
        return True
    if w.endswith("s") and w not in ("is", "was", "has", "does"):
        return False
    return _VERB_AFTER.match(text, word.end()) is None


def _reported_share(text: str, clause_start: int, fig_start: int, rules: OwnerRules) -> bool:
    """Whether a figure opens a reported clause ("Tovell said only 41% of ..."): a reporting verb before it."""
    lead = rules.survey_lead.search(text, max(clause_start, fig_start - 60), fig_start)
    start = lead.start() if lead is not None else fig_start
    return rules.reported_share.search(text, max(clause_start, start - 30), start) is not None


def _opens_clause(text: str, sent_start: int, fig_start: int, rules: OwnerRules) -> bool:
    """Whether a figure opens its clause, after at most a few lead words ("only", "another")."""
    lo = max(sent_start, fig_start - 60)
    lead = rules.survey_lead.search(text, lo, fig_start)
    start = lead.start() if lead is not None else fig_start
    if not text[sent_start:start].strip(_OPENING_MARKS):
        return True  # "Another 9% said ..." opens the sentence
    return _SURVEY_CLAUSE_END.search(text, lo, start) is not None


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Prepositions a subject's qualifying phrase opens with ("the number of gadgets in the shops rose").
_PP_HEADS = frozenset({"in", "with", "at", "on", "from", "across", "among"})
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


def _previous_plural(ctx: _DocContext, before: int, rules: OwnerRules) -> Subject | None:
    """The first plural common noun of the sentence before ``before`` ("The shop from where the
    thieves drilled the hole had been closed for three months."), skipping words that count time or
    say what rather than who, and words inside names."""
    spans = ctx.sentences_back(before, 1)
    if len(spans) < 2 or spans[1][1] > before:
        return None
    lo, hi = spans[1]
    lo = ctx.after_dateline(lo, hi)
    text = ctx.text
    cands = ctx.candidates_between(lo, hi)
    if any(c.kind not in _PLACE_KINDS | {"NORP"} for c in cands):
        return None  # ("Rumours boosted Sina's shares by 10%. They added 6%": a name there is what "they" goes on with)
    found = list(_PLURAL_WORD.finditer(text, lo, hi))
    if (first := _PLURAL_OPENER.match(text, lo, hi)) is not None:
        found.insert(0, first)
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


# "These resources will be used to ...", "These valuations were the product of ...": a demonstrative subject of
# "be" is described, it does nothing; a figure past "which" is in another clause
_DEMONSTRATIVE_NOT_VERB = re.compile(r"[ \t]+(?:are|were|will|would|have|had|could|can|may|might|should|must|is|was)\b", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|that|where|when)\b", re.I)
_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]*and[ \t]+)")


def _as_anaphor(resolved: Subject, word: str, rules: OwnerRules) -> Subject:
    """The owner an anaphor stands for, as the anaphor says it: "Titanic took 11 Oscars. The film had
    taken $500m" -- the phrase types the bare name it points to."""
    label = rules.anaphor_types.get(" ".join(word.lower().split())) if resolved.label == "NAME" else None
    return resolved.model_copy(update={"text": word, **({"label": label} if label else {})})


# "?20 lakh worth of gold kept in", "Rs 50 crore worth of demonetised currency was": the goods' head, up
# to three lower-case words after "worth of" (a participle opens none: "worth of seized cash" is cash)
_WORTH_OF = re.compile(r"[ \t]+worth[ \t]+of[ \t]+(?:(?:the|a|an|its|their|his|her)[ \t]+)?"
                       r"(?:(?!(?:out|off|away|into|from|in|at|on|of|to|and|by|with)\b)[a-z][a-z-]+[ \t]+){0,2}?"
                       r"(?P<head>[a-z][a-z-]+)(?=[ \t]*(?:[,.;:)]|$|[ \t](?:kept|stolen|seized|looted|found|recovered|"
                       r"was|were|is|are|has|have|had|could|would|will|may|might|from|in|at|on|belonging|of|to|and|"
                       r"by|with|which|that|after|during|since|for)\b))")
# "were booked and issued notices worth ...", "who returned bag worth ...": an -ed word after these is a verb, not a modifier
_VERB_BEFORE = re.compile(r"\b(?:who|which|that|have|has|had|was|were|is|are|be|been|they|we|he|she|it|i)[ \t]+$", re.I)
_NAME_TAIL = re.compile(r"(?<![\w'’-])(?!(?:The|A|An)\b)[A-Z][\w-]*[ \t]+$")


# "required to transport goods worth ...": a word after "to" is a verb, not a noun before the head
_INFINITIVE_BEFORE = re.compile(r"(?<![\w'’-])to[ \t]+$", re.I)
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&/-]*[A-Z0-9](?:s|'s|’s)?")


def _common_name(words: str) -> str:
    """A common-noun owner's canonical name: lower case, so "Farmers" at a sentence's start and
    "farmers" are one owner, but an acronym keeps its capitals ("the US stock market")."""
    return " ".join(w if _ACRONYM_WORD.fullmatch(w) else w.lower() for w in words.split())


def _thing(text: str, start: int, end: int) -> Subject:
    """A common-noun owner, with the noun before its head when there is one ("pharma products")."""
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).lower() not in owner_rules().not_heads \
            and not (before.group(1).endswith("ed") and _VERB_BEFORE.search(text, max(0, before.start(1) - 12), before.start(1))) \
            and not _INFINITIVE_BEFORE.search(text, max(0, before.start(1) - 6), before.start(1)) \
            and not (before.group(1)[0].isupper()
                     and _NAME_TAIL.search(text, max(0, before.start(1) - 30), before.start(1))):
        start = before.start(1)  # ("Mumbai motorists", but "Tamil Nadu farmers" are farmers: a name is cut)
    words = text[start:end]
    return Subject(text=words, name=_common_name(words), acronym=None, label="THING")


def _thing_past(text: str, start: int, end: int, triggers: list[Trigger]) -> Subject:
    """``_thing``, not taking a measure's verb for the noun before the head ("Police recovers
    jewellery worth ?1 cr": the jewellery, not "recovers jewellery")."""
    thing = _thing(text, start, end)
    if len(thing.text) > end - start and any(u.start_char < start and u.end_char > end - len(thing.text)
                                             for u in triggers):
        words = text[start:end]
        return Subject(text=words, name=_common_name(words), acronym=None, label="THING")
    return thing


def _generic_candidates(ctx: _DocContext, lo: int, hi: int, fig_start: int, fig_end: int, clause_start: int,
                        triggers: list[Trigger], cands: list[Candidate], measure: str,
                        subject_start: int) -> list[tuple[int, int, Subject]]:
    """Owners that are common nouns, for figures no name owns: "a phone worth Rs 26,000", "the
    average house price fell from £180,126", "Mumbai motorists paid ?10.4 crore"."""
    rules = owner_rules()
    text = ctx.text
    found = []
    # "drugs worth Rs 70 lakh" seized, or cash worth Rs 2 lakh stolen: the seizer's or the taker's, and
    # the goods' only where no name can own them ("Tomatoes worth ?70,000 were stolen from a market",
    # "left behind ?20 lakh worth of gold": thieves no name tells).
    taken = measure in rules.worth_not_for
    worth_weight = rules.role_weight["worth_taken" if taken else "worth_head"]
    worth = rules.worth_head.search(text, max(lo, fig_start - 80), fig_start)
    if worth is not None and worth.group("head")[0].isupper() and text[lo:worth.start("head")].strip(" \t\n\"'‘“"):
        worth = None  # a capital opens only the sentence's first word ("Tomatoes worth ?70,000 were stolen")
    if worth is not None and taken and worth.group("head").lower() in rules.worth_not_goods:
        worth = None  # "8,177 cases worth £644m": a count of frauds, not goods taken
    if worth is not None and _noun_head(worth.group("head"), rules) and not any(
            u.start_char <= worth.start("head") < u.end_char for u in triggers) \
            and not any(c.start <= worth.start("head") < c.end for c in cands):
        found.append((worth_weight, worth.start("head"), _thing_past(text, *worth.span("head"), triggers)))
    elif (taken or measure in ("valuation", "value", "mentions")) \
            and (worth_of := _WORTH_OF.match(text, fig_end, hi)) is not None and _noun_head(worth_of.group("head"), rules) \
            and worth_of.group("head").lower() not in rules.not_things | rules.measure_nouns | rules.worth_not_goods \
            and not any(u.start_char <= worth_of.start("head") < u.end_char for u in triggers):
        # "?20 lakh worth of gold kept in a safe", "Rs 900 crore worth of properties": the goods, where
        # no name can own the sum (what the sum is worth, not a salary's "Rs 1 crore worth of perquisites")
        found.append((rules.role_weight["worth_taken"], worth_of.start("head"), _thing(text, *worth_of.span("head"))))
    for t in triggers:
        if not clause_start <= t.start_char < fig_start:
            continue
        possessor = rules.common_possessor.search(text, max(clause_start, t.start_char - 60), t.start_char) \
            if _words_between(text, t.end_char, fig_start) <= rules.possessor_gap else None
        if possessor is not None and _noun_head(possessor.group("head"), rules) \
                and possessor.group("head").lower() not in rules.not_possessors and not t.text.endswith("ed") \
                and "the " + possessor.group("head").lower() not in rules.anaphors \
                and not any(c.start <= possessor.start("head") < c.end for c in cands) \
                and not any(a[2] <= possessor.start("head") < a[3] for a in anaphors_in(ctx, clause_start, t.start_char)):
            # "the farmers' loans of up to Rs 1 lakh", "the property's reserve price of $7m": the possessor's,
            # as a name's ("Tesco's profit"); not "last year's peak", "the world's biggest", "the firm's" (an anaphor),
            # nor what a verb follows ("the guest's race fined")
            head = possessor.group("head")
            found.append((rules.role_weight["possessor"], possessor.start("head"),
                          Subject(text=head, name=head.lower(), acronym=None, label="THING")))
        # "the average asking price of a home fell", "the gross fiscal deficits of states soared"
        after = rules.measure_of.match(text, t.end_char, fig_start) \
            if not (t.id_ or "").endswith("share") else None  # "BBC Two's share of the audience": the whole
        words = t.text.lower().split()
        before = rules.compound_head.search(text, max(clause_start, t.start_char - 30), t.start_char) \
            if words == [words[-1]] and words[-1] in rules.measure_nouns else None
        for m in (before, after):
            if m is not None and _noun_head(m.group("head"), rules) and not any(
                    u.start_char <= m.start("head") < u.end_char for u in triggers):
                span = m.span("phrase") if m is after else m.span("head")
                found.append((rules.role_weight["compound_head"], span[0], _thing(text, *span)))
                break
    percent = _PERCENT_END.search(text, fig_start, fig_end - (text[fig_end - 1] == ")")) is not None  # "(24%)"
    # "3% of the current coins in circulation" is a share of the coins; a percentage says so in its
    # grammar ("90% of PCs", "75% road signage"), money "of" something less so.
    share_weight = rules.role_weight["share_of" if percent else "compound_head"]
    share_of = _SHARE_OF.match(text, fig_end, hi) if fig_end < hi else None
    group = rules.group_share.match(text, fig_end, hi) if percent and fig_end < hi else None
    holder = _share_holder(text, share_of, cands, rules) if percent and share_of is not None else None
    if holder is not None:
        # "60% of the attempts by the Zorvex worm", "40% of the subscribers to Orbit Plus": the name
        # whose the noun is (its agent, what it belongs to) owns the share, not the noun
        found.append((rules.role_weight["share_of"], holder.start, holder.subject))
    elif group is not None and (group.group("those") or group.group("irregular")
                              or _noun_head(group.group("head"), rules)):
        # "12% of the 4,000 nurses who replied", "20% of those polled": a counted group's share,
        # subject or object ("attracted 90% of 18 to 24-year-old males")
        span = group.span("those") if group.group("those") else group.span("head")
        found.append((rules.role_weight["share_of"], span[0], _thing(text, *span) if not group.group("those")
                      else Subject(text=text[span[0]:span[1]], name=_common_name(text[span[0]:span[1]]),
                                   acronym=None, label="THING")))
    elif percent and (head := _subject_share_head(text, fig_end, hi, rules)) is not None \
            and (_opens_clause(text, clause_start, fig_start, rules) or _reported_share(text, clause_start, fig_start, rules)):
        # "30% of tuberculosis cases occur in ...", "87% of searchers usually find": the plural is the
        # subject whatever verb follows it
        found.append((rules.role_weight["share_of"], head[0], _thing(text, *head)))
    elif share_of is not None and (_noun_head(share_of.group("head"), rules)
                                 or share_of.group("head").lower() in rules.share_wholes):
        # "97% of the notes had returned": the noun is the clause's subject and owns the share;
        # "China accounts for 70% of global production": an object, the subject before owns it.
        weight = share_weight if _VERB_AFTER.match(text, share_of.end("head")) else rules.role_weight["compound_head"]
        found.append((weight, share_of.start("head"), _thing(text, *share_of.span("head"))))
    elif percent and (change := _change_in_of().match(text, fig_end, hi)) is not None \
            and not _noun_head(change.group("measure"), rules) and _noun_head(change.group("head"), rules):
        # "a 14% increase in the basic pay of state employees": what changed is a measure word, so
        # the noun its "of" names owns the change, as "the pay of state employees" is theirs
        found.append((share_weight, change.start("np"), _thing(text, change.start("np"), change.end("head"))))
    elif percent and _CHANGE_OF_BEFORE.search(text, max(lo, fig_start - 40), fig_start) \
            and (change := _IN_AFTER.match(text, fig_end, hi)) is not None and _noun_head(change.group("head"), rules) \
            and change.group("head").lower() not in _TIME_NOUNS \
            and not any(u.start_char <= change.start("head") < u.end_char for u in triggers):
        # "growth of 13.1% in the key manufacturing sector": what grew owns the change, as "a 13.1% rise
        # in" says it
        found.append((share_weight, change.start("np"), _thing(text, change.start("np"), change.end("head"))))
    elif percent and (change := _CHANGE_IN.match(text, fig_end, hi)) is not None and \
            _noun_head(change.group("head"), rules) and not any(
                u.start_char <= change.start("head") < u.end_char for u in triggers):
        # "a 164% rise in terror-related civilian deaths": what rose owns the change
        found.append((share_weight, change.start("np"), _thing(text, change.start("np"), change.end("head"))))
    elif percent and (bracket := _NOUN_BRACKET.search(text, max(lo, fig_start - 40), fig_start)) is not None \
            and ")" in text[fig_end - 1:fig_end + 1] and _noun_head(bracket.group("head"), rules) \
            and bracket.group("head").lower() not in rules.measure_nouns:
        # "a majority of voters (68%)", "19 of the 29 ministers (69%)": the plural noun the bracket follows
        found.append((share_weight, bracket.start("head"), _thing(text, *bracket.span("head"))))
    elif percent and (fronted := _fronted_group(ctx, fig_start, fig_end, hi, rules)) is not None:
        # "Of the 22 million Americans who own MP3 players, 59% are men", "Of those asked, 62% were
        # unaware": the group a fronted "of" phrase names is what the clause's share is of
        found.append((rules.role_weight["elided_share"], fig_start, fronted))
    elif percent and (elided := _elided_share(ctx, fig_start, fig_end, hi, rules)) is not None:
        # "44% of searchers use one engine, 48% use two", "4% of those questioned thought ... while 2%
        # of them believed": the group of the sentence's earlier share goes on
        # (read at the figure: the left-out group is where the figure is, however far back it was named)
        found.append((rules.role_weight["elided_share"], fig_start, elided[1]))
    elif percent and text[fig_end - 1] != ")":  # ("136 (50 per cent) seats": the noun is the number's)
        noun = _percent_noun(text, fig_end, hi, rules, triggers)
        if noun is not None:
            # "43% employees are on contract": the noun is the clause's subject and owns the share; "the
            # Shiv Sena may get 32 per cent votes": an object, as "32 per cent of the votes" is (the subject owns it)
            as_subject = _VERB_AFTER.match(text, noun[1]) is not None or _opens_clause(text, clause_start, fig_start, rules) \
                or _reported_share(text, clause_start, fig_start, rules)  # ("ADR said 76% ministers face cases")
            weight = share_weight if as_subject else rules.role_weight["compound_head"]
            found.append((weight, noun[0], Subject(text=text[noun[0]:noun[1]], acronym=None, label="THING",
                                                   name=_common_name(text[noun[0]:noun[1]]))))
    np = rules.subject_np.match(text, subject_start, fig_start)  # "In 2006, the district administration paid"
    if np is not None and _noun_head(np.group("head"), rules) and not any(
            u.start_char <= np.start("head") < u.end_char for u in triggers):
        weight = rules.role_weight["generic_subject"]
        if np.group("head").lower() not in rules.place_heads and any(
                c.kind in _PLACE_KINDS | {"NORP"} and np.start() <= c.start and c.end < np.start("head")
                and not _in_compound(text, c) for c in cands):
            weight = rules.role_weight["place_phrase"]  # "UK shoppers spent £5.3bn": the shoppers, not the UK
        found.append((weight, np.start("head"), _thing(text, *np.span("head"))))
    return found


# A sentence that opens with the group its shares are of: "Of the 84 players with severe injuries,
# 80 (95%) had ...", "Of those asked, 62% were ...", "Of the companies surveyed, 30% saw ...".
_FRONTED_OF = re.compile(
    r"[ \t\"“‘'*•-]*Of[ \t]+(?:(?P<those>those[ \t]+[a-z]{3,})|(?:(?:the|these|all|its|their)[ \t]+)?(?:total[ \t]+)?"
    r"(?:[\d][\d,.]*(?:[ \t]+(?:million|billion|lakh|crore|thousand))?[ \t]+)?"
    r"(?P<np>(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?P<head>[A-Za-z][\w-]*[^s\W]s|people|children|men|women)))"
    r"(?=[ \t]*,|[ \t]+(?:who|that|which|with|in|from|at|on|across|[a-z]{3,}ed)\b)")
# What may stand between the fronted phrase's clause and a share of it: "only", a count and its bracket.
_FRONTED_SHARE_LEAD = re.compile(r"(?:^|,|\band|\bwhile|\bbut|\bwhereas)[ \t]*(?:only[ \t]+|just[ \t]+|about[ \t]+|"
                                 r"around[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+|over[ \t]+)?(?:[\d][\d,]*[ \t]*\([ \t]*)?$")


def _fronted_group(ctx: _DocContext, fig_start: int, fig_end: int, hi: int, rules: OwnerRules) -> Subject | None:
    """The group a sentence-opening "Of the ..." phrase names, for a share that opens a clause after
    it and has no "of" of its own ("... 59% are men compared to 41% of women": the women's)."""
    text = ctx.text
    if _SHARE_OF.match(text, fig_end, hi) or rules.group_share.match(text, fig_end, hi):
        return None
    sent = ctx.sentence_of(fig_start)
    m = _FRONTED_OF.match(text, sent.start_char, fig_start)
    if m is None:
        return None
    comma = text.find(",", m.end(), fig_start)
    if comma < 0 or not _FRONTED_SHARE_LEAD.search(text, comma, fig_start):
        return None
    if m.group("those"):
        span = m.span("those")
    else:
        head = m.group("head")
        if not (_noun_head(head, rules) or head[0].isupper() and head.lower() not in rules.measure_nouns) \
                or head.lower() in rules.measure_nouns:
            return None
        span = m.start("np"), m.end("head")  # (describing words stay: "the 4,241 molestation cases reported")
    words = text[span[0]:span[1]]
    return Subject(text=words, name=words if words[0].isupper() else _common_name(words), acronym=None, label="THING")


# A share whose group is left out: a verb right after it ("48% use two", ", 7%, consult"), "of them",
# or a verb left out too ("63% of voters thought X and 21% that Y", "45% against and 24% in favour").
_ELIDED_AFTER = re.compile(r"(?:,[ \t]*)?[ \t]+(?:(?P<them>of[ \t]+them|that|in[ \t]+favour|against)\b|(?P<verb>(?!(?:of|in|on|at|to|for|from|by|with|and|"
                           r"or|the|a|an|than|more|less|higher|lower|up|down|rise|fall|increase|drop|cut|stake|share|"
                           r"growth|interest|tax|per)\b)[a-z]{3,}(?<!s))\b)")
_EARLIER_PERCENT = re.compile(r"\d(?:[\d.,]*\d)?[ \t]*(?:%|per[ \t]?cent\b|percent\b)")


def _elided_share(ctx: _DocContext, fig_start: int, fig_end: int, hi: int,
                  rules: OwnerRules) -> tuple[int, Subject] | None:
    """The group a share leaves out is the one the sentence's share before it named, when both open
    parallel clauses: "44% of searchers use one engine, 48% use two or three and a small number,
    7%, consult more" (the searchers' each), "4% of those questioned thought ... while 2% of them
    believed" ("them" is that group). The earlier share must be a clause subject ("N% of the
    group" and a verb), and this one must open its clause."""
    text = ctx.text
    after = _ELIDED_AFTER.match(text, fig_end, hi)
    if after is None or after.group("verb") is not None and _VERB_AFTER.match(text, after.start("verb") - 1) is None \
            and not text[fig_end:after.start("verb")].startswith(","):
        return None
    sent = ctx.sentence_of(fig_start)
    if not _SURVEY_CLAUSE_END.search(text, max(sent.start_char, fig_start - 40), fig_start) and \
            not re.search(r"(?:,|\band|\bwhile|\bwhereas|\bbut)[ \t]+(?:only[ \t]+|just[ \t]+|another[ \t]+)?$",
                          text[max(sent.start_char, fig_start - 40):fig_start]):
        return None
    earlier = [m for m in _EARLIER_PERCENT.finditer(text, sent.start_char, fig_start)]
    for m in reversed(earlier):
        group = rules.group_share.match(text, m.end(), fig_start)
        if group is not None and (group.group("those") or group.group("irregular") or _noun_head(group.group("head"), rules)):
            span = group.span("those") if group.group("those") else group.span("head")
        else:
            share_of = _SHARE_OF.match(text, m.end(), fig_start)
            if share_of is None or not (_noun_head(share_of.group("head"), rules)
                                        or share_of.group("head").lower() in rules.share_wholes) \
                    or not _VERB_AFTER.match(text, share_of.end("head")):
                continue
            span = share_of.span("head")
        words = text[span[0]:span[1]]
        return span[0], Subject(text=words, name=_common_name(words), acronym=None, label="THING")
    return None


# After a share's noun: "by" (maybe after a participle, "used by") or "to", then up to two describing words.
_HOLDER_GAP = re.compile(r"[ \t]+(?:(?:[a-z]{2,}ed[ \t]+)?(?P<by>by)|to)[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}?")


def _share_holder(text: str, share_of: re.Match[str], cands: list[Candidate], rules: OwnerRules) -> Candidate | None:
    """The name a share's noun belongs to: the agent after "by" ("60% of the attempts by the Zorvex
    worm", "25% of the network used by Kerala police") or what it is "to" ("40% of the subscribers to
    Orbit Plus"). Not after a possessive ("60% of its output to the United States" is the
    seller's), nor the agent of a verb of finding or saying ("33% of the networks found by Orvex
    researchers": a source), and "to" a place is where the noun goes, not whose it is."""
    end = share_of.end("head")
    if _POSSESSIVE_DETERMINER.match(text, share_of.start()) or rules.source_after.match(text, end) \
            or rules.source_after.match(text, share_of.start("head") - 1):
        return None  # (the verb may be what the share's phrase ends at: "of the networks found by")
    for c in cands:
        if c.start > end:
            gap = _HOLDER_GAP.fullmatch(text, end, c.start)
            if gap is not None and (gap.group("by") or c.kind not in _PLACE_KINDS) and c.kind not in ("MINERAL",):
                return c
            return None
    return None


_POSSESSIVE_DETERMINER = re.compile(r"[ \t]+of[ \t]+(?:its|their|his|her|our)\b")


def _percent_noun(text: str, fig_end: int, hi: int, rules: OwnerRules, triggers: list[Span]) -> tuple[int, int] | None:
    """The noun phrase right after a percentage that it is a share of ("43% employees", "75% road
    signage in Delhi"): two words that end a phrase, or one plural noun. Not a comparative, adverb
    or participle ("5% higher", "3% annually"), a determiner ("17% the previous year"), a verb
    ("38.4% reside in"), or the modifier of a measure word ("an 80% employment rate")."""
    m = _NOUN_AFTER.match(text, fig_end, hi)
    if m is None or not _is_share_word(m.group("w1"), rules):
        return None
    trigger_starts = {t.start_char for t in triggers}
    w2 = m.group("w2")
    if w2 is not None and _is_share_word(w2, rules) and m.start("w2") not in trigger_starts \
            and (_phrase_ends(text, m.end("w2"), rules) or _PLURAL.search(w2) and _PARTICIPLE_AT.match(text, m.end("w2"))):
        # ("30% degree-college teachers reporting for duty": a participle after a plural ends it too)
        return m.start("w1"), m.end("w2")
    if w2 is not None and m.start("w2") in trigger_starts or not _PLURAL.search(m.group("w1")):
        return None
    return m.start("w1"), m.end("w1")


def _is_share_word(word: str, rules: OwnerRules) -> bool:
    word = word.lower()
    return word not in rules.not_things and word not in rules.phrase_enders and word not in _DETERMINERS \
        and word not in _PREPOSITIONS and not (
        word.endswith(("ly", "ed")) or word.endswith("er") and not word.endswith("ers"))


_TO_FOR = re.compile(r"\b(?:to|for)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?")
# "5% reservation for the Gujjars": "to"/"for" read only right after the figure and its noun
_TO_FOR_AFTER = re.compile(r"(?<![\w-])(?:to|for)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?")
_ON = re.compile(r"\b(?:on|upon)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+|these[ \t]+|those[ \t]+)?")
_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "it"})
_RECIPIENT_WORD = re.compile(r"[ \t]*(\w[\w-]*)")
# "... for the injured and Rs 1 lakh for ...", "... and ?75,000 each": a figure opens the list's next item
_LIST_FIGURE_NEXT = re.compile(r"[ \t]*(?:(?:Rs\.?|Re\.?|INR|USD|US\$)(?![\w])|[?₹$£€\d])")


def _recipient(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_start: int,
               cands: list[Candidate], preposition: re.Pattern[str] = _TO_FOR) -> tuple[int, Subject] | None:
    """Whom a compensation or prize goes to ("compensation for acid attack victims from Rs 3
    lakh", "Rs 2 lakh to a murder convict"): a name right after "to"/"for", else the head of the
    common-noun phrase there."""
    rules = owner_rules()
    text = ctx.text
    settled = rules.recipient_window_ends.search(text, fig_start, hi)
    if settled is not None:
        hi = settled.start()  # "pay $850m to settle charges that it tried to rig bids": what was settled
    if preposition is _TO_FOR:
        found = list(preposition.finditer(text, max(sent.start_char, fig_start - 80), hi))
    else:  # "Rs 5,000 on Abid Khan", "Rs 10 lakh fine each on them": right after the figure and its noun
        found = [m for m in preposition.finditer(text, fig_start, hi)
                 if len(text[fig_start:m.start()].split()) <= 3 and "," not in text[fig_start:m.start()]]
    for m in sorted(found, key=lambda m: abs(m.start() - fig_start)):  # the nearest preposition first
        described = _described_recipient(text, m.end(), hi, cands, rules)
        if described is not None:
            return described.start, described.subject
        for c in cands:
            if c.start == m.end():
                if (phrase := _name_led_group(text, c, hi, rules)) is not None:
                    return c.start, phrase
                return (c.start, c.subject) if c.kind not in _PLACE_KINDS | {"MINERAL"} else None
        words: list[re.Match[str]] = []
        pos = m.end()
        determiner = _RECIPIENT_DETERMINER.match(text, pos, hi)
        if determiner is not None:
            pos = determiner.end()  # "as compensation to the man who ..."
        while len(words) < 5:
            w = _RECIPIENT_WORD.match(text, pos, hi)
            if w is not None and w.group(1)[0].isupper() and words and preposition is _TO_FOR_AFTER:
                words = []  # "?500 crore for flood-hit Gujarat": the words only qualify the name after them
                break
            if w is None or w.group(1).lower() in rules.recipient_stops or w.group(1)[0].isupper():
                break
            if w.group(1).lower() in ("and", "or") and _LIST_FIGURE_NEXT.match(text, w.end()):
                break  # "Rs 2 lakh for those seriously injured and Rs 1 lakh for ...": the next item of a list
            words.append(w)
            pos = w.end()
        if words and preposition is not _ON and _VERB_OBJECT.match(text, pos):
            continue  # "asked the state to give Rs 10 lakh", "to tighten the policy": a verb, not whom
        participle = next((k for k, w in enumerate(words) if w.group(1).lower().endswith("ing")
                           and len(w.group(1)) > 4), None)  # not "wing", "king"
        if participle == 0:
            continue  # "a reward for finding the boy": a verb, not whom
        if participle is not None:
            words = words[:participle]  # "a reward for information leading to ...": the noun before its participle
        while words and words[-1].group(1).lower() in ("and", "or"):
            words.pop()  # "on fixed wing aircraft and a lower one on": the phrase ends before the conjunction
        if words and _noun_head(words[-1].group(1), rules) and words[-1].group(1).lower() not in rules.not_things \
                and words[-1].group(1).lower() not in _PRONOUNS:
            start, end = words[0].start(1), words[-1].end(1)
            return start, Subject(text=text[start:end], name=_common_name(text[start:end]),
                                  acronym=None, label="THING")
    return None


_PERSON_KINDS = frozenset({"PERSON", "NAME"})


def _name_led_group(text: str, c: Candidate, hi: int, rules: OwnerRules) -> Subject | None:
    """A name that only qualifies the plural noun after it, as a recipient ("?10L for Amarnath Yatra
    attack victims", "Rs 5 lakh each to Delhi Police personnel"): the money goes to the people the
    noun names, not to the pilgrimage or the force; the whole phrase is the recipient."""
    if c.kind in _PERSON_KINDS - {"NAME"}:
        return None  # "a fine of Rs 5,000 on Abid Khan alias Abu": a person's name is whole
    words: list[re.Match[str]] = []
    pos = c.end
    while len(words) < 3:
        w = _RECIPIENT_WORD.match(text, pos, hi)
        if w is None or not w.group(1).islower() or w.group(1) in rules.recipient_stops \
                or w.group(1) in ("and", "or") or w.start(1) - pos > 1 \
                or len(w.group(1)) > 4 and w.group(1).endswith(("ed", "ing")):
            break  # ("Delhi Metro commuters injured in the fire": a participle ends the phrase)
        words.append(w)
        pos = w.end()
    if not words or not _noun_head(words[-1].group(1), rules) or words[-1].group(1) in rules.not_things \
            or words[-1].group(1) in _PRONOUNS or not words[-1].group(1).endswith(("s", "ple", "nel", "men")) \
            or words[-1].group(1).endswith(("ss", "us", "is", "as")):
        return None
    phrase = text[c.start:words[-1].end(1)]
    return Subject(text=phrase, name=_common_name(phrase), acronym=None, label="THING")


def _bounty_head(ctx: _DocContext, cands: list[Candidate], fig_end: int, hi: int,
                 rules: OwnerRules) -> tuple[int, Subject] | None:
    """Whose head a bounty is on: "a bounty of Rs 10 lakh on his head" (whom "his" stands for), "on
    Hafiz Saeed's head" (the name before the apostrophe)."""
    m = rules.bounty_head.match(ctx.text, fig_end, hi)
    if m is None:
        return None
    start = m.start("possessor")
    word = m.group("possessor")
    if word.lower() in _POSSESSIVE_PRONOUNS:
        # the nearest person named before in the sentence ("drama of Hafiz Saeed being set free even if the US
        # declared a bounty of $10m on his head"), else whom the pronoun resolves to; a person's name first,
        # then one of no kind, never a country's or a firm's
        before = [c for c in reversed(cands) if c.end <= start]
        person = next((c for c in before if c.kind == "PERSON"), None) \
            or next((c for c in before if c.kind in _PERSON_KINDS), None)
        if person is not None:
            return start, person.subject.model_copy(update={"text": word})
        kind = rules.anaphors.get(word.lower())
        resolved = resolve_anaphor(ctx, kind, start) if kind is not None else None
        return (start, _as_anaphor(resolved, word, rules)) \
            if resolved is not None and resolved.label in _PERSON_KINDS else None
    owner = next((c for c in cands if c.start >= start and c.end <= m.end("possessor")
                  and c.kind not in _PLACE_KINDS), None)
    return (owner.start, owner.subject) if owner is not None else None


# "to Srikanth's coach Pullela Gopichand", "for Indian women's team cricketer Harmanpreet Kaur", "to bus
# driver Saleem Mirza": up to four words before the name, the last of them a title or a role
_DESCRIBED_RECIPIENT = re.compile(r"(?:[’']s)?(?:[ \t]+[\w’'-]+){0,3}?[ \t]+(?P<role>[a-z][a-z-]+)[ \t]+(?=[A-Z])")


def _described_recipient(text: str, start: int, hi: int, cands: list[Candidate], rules: OwnerRules) -> Candidate | None:
    """The person a title or role word introduces right after a recipient's preposition: "a reward for
    cricketer Harmanpreet Kaur", "presented Rs 15 lakh to Srikanth's coach Pullela Gopichand"."""
    gap = _DESCRIBED_RECIPIENT.match(text, start - 1 if text[start - 1:start] == " " else start, hi)
    if gap is None or gap.group("role").lower() not in rules.person_roles | rules.recipient_roles:
        return None
    for c in cands:
        if c.start == gap.end():
            return c if c.kind in ("PERSON", "NAME") else None
    return None


_THE_BEFORE_FIGURE = re.compile(r"(?<![\w'’-])the[ \t]+[?₹]?$", re.I)
# after the figure: its conversion in brackets, then "which"/"that" or nothing ("the £22bn ministers hope")
_RELATIVE_OPENS = re.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]+(?:(?:which|that)[ \t]+)?")
_RELATIVE_PRONOUN = re.compile(r"(?:he|she|it|they|we)(?![\w'’-])")
# a plural that is no measure's: "ministers", "the banks", "foreign investors"
_RELATIVE_NOUN = re.compile(r"(?:the[ \t]+)?(?:[a-z][a-z-]{2,}[ \t]+)?(?P<head>[a-z][a-z-]{2,}[^su\W]s)(?![\w'’-])")
_ONE_WORD = re.compile(r"[a-z][a-z-]{2,}[ \t]+")
_REPORTED_OPENS = re.compile(r"[ \t]+(?:that[ \t]+)?")


def _reduced_relative(ctx: _DocContext, sent_start: int, sent_end: int, fig_start: int, fig_end: int,
                      cands: list[Candidate], rules: OwnerRules) -> tuple[int, Subject] | None:
    """The subject of a relative clause right after "the <figure>": "of the £22bn ministers hope to
    save" (the ministers'), "the £35bn he has earmarked" (whom "he" stands for), "the $46m that
    Microsoft is seeking", "the 20% share it would have gained"; through a verb of saying, the
    reported clause's subject ("the $27bn Russia says Yukos owes"). None after a verb of estimating
    ("the 2.5% which the government had predicted": a source) or when no verb follows."""
    text = ctx.text
    if not _THE_BEFORE_FIGURE.search(text, max(sent_start, fig_start - 8), fig_start):
        return None
    opens = _RELATIVE_OPENS.match(text, fig_end, sent_end)
    if opens is None:
        return None
    starts = [opens.end()]
    if (noun := _ONE_WORD.match(text, opens.end(), sent_end)) is not None \
            and _RELATIVE_PRONOUN.match(text, noun.end(), sent_end) is not None:
        starts.append(noun.end())  # "the 20% share it would have gained": the figure's noun, then the clause
    for pos in starts:
        for _ in range(2):  # the clause's subject, or the subject of the clause its verb of saying reports
            found = _relative_subject(ctx, pos, sent_end, cands, rules)
            if found is None:
                break
            subject, end = found
            verb = _clause_verb_at(text, end, sent_end, rules, subject[1].label == "THING")
            if verb is None:
                break
            word = verb.group("verb").lower()
            if word in rules.relative_estimating:
                return None
            if word not in rules.relative_reporting:
                return subject
            pos = _REPORTED_OPENS.match(text, verb.end(), sent_end).end()
    return None


_WHO_BACK = re.compile(r"(?<![\w'’-])([a-z][a-z-]{2,})[ \t]*,?[ \t]+(?:who|which|that)[ \t]*$")
_ASKER_NOUN_BACK = re.compile(r"(?<![\w'’?-])(?P<head>[A-Za-z][a-z-]{2,})[ \t]*$")
_ARTICLE_BACK = re.compile(r"(?<![\w'’-])(?:the|a|an|this|that|these|those)[ \t]+$", re.I)
_WITH_NOUN_BACK = re.compile(r"\bwith[ \t]+(?:the[ \t]+)?(?:[A-Za-z][\w-]*[ \t]+){1,3}$", re.I)
_NOT_ASKER_WORDS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "this", "there",
                              "and", "or", "but", "also", "not", "people"})


def _asker(ctx: _DocContext, sent_start: int, fig_start: int, fig_end: int, cands: list[Candidate],
           rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """Who a verb of asking that governs a money figure has as its subject: "Anil Kumble had asked for
    an amount ... about Rs 9 crore" (Kumble's, though "Grade A player's" comes nearer), "his son who had
    asked for Rs 2" (the son's), "the organisers are asking for 80,000 pounds". Returned with the words
    between verb and figure and the subject's start; None for a percentage, or when no verb with a
    subject of its own governs the figure (``_asking_verb``)."""
    text = ctx.text
    if _PERCENT_END.search(text, fig_start, fig_end):
        return None
    found = _asking_verb(text, sent_start, fig_start, rules)
    if found is None:
        return None
    verb_end, pos = found
    distance = _words_between(text, verb_end, fig_start)
    if text[pos - 2:pos] == ", ":
        return _participle_subject(ctx, sent_start, pos, cands, distance)
    for word, kind, start, end in anaphors_in(ctx, max(sent_start, pos - 40), pos):
        if not text[end:pos].strip() and (resolved := resolve_anaphor(ctx, kind, start)) is not None:
            return distance, start, _as_anaphor(resolved, word, rules)  # "The company is also seeking $20bn"
    for c in cands:
        if c.end <= pos and not text[c.end:pos].strip():
            return distance, c.start, c.subject  # "Anil Kumble had asked for", "UP seeks"
    who = _WHO_BACK.search(text, max(sent_start, pos - 40), pos)
    if who is not None:
        for c in cands:
            if c.end <= who.start(1) and not text[c.end:who.start(1)].strip(" \t,"):
                return distance, c.start, c.subject
        if who.group(1).lower() in _NOT_ASKER_WORDS:
            return None
        return distance, who.start(1), _thing(text, *who.span(1))  # "his son who had asked for Rs 2"
    noun = _ASKER_NOUN_BACK.search(text, max(sent_start, pos - 40), pos)
    if noun is None or _POSSESSED_BEFORE.search(text, max(sent_start, noun.start() - 12), noun.start()):
        return None  # "Kejriwal and his aides demanded": the possessor, named before, leads
    head = noun.group("head")
    if head[0].isupper():
        if not ctx.opens_sentence(noun.start("head")) or any(c.start <= noun.start("head") < c.end for c in cands) \
                or any(verb_end <= c.start < fig_start for c in cands):
            return None  # (a capital only where the word opens its sentence, "Consumers are able to seek", and
            #           no name in the gap: "Panel seeks probe into Kingfisher dues worth Rs 295 crore")
        head = head.lower()
    if head.lower() in _NOT_ASKER_WORDS or head.lower() in rules.measure_nouns or not _noun_head(head, rules):
        return None
    return distance, noun.start("head"), _thing(text, *noun.span("head"))  # "the organisers are asking for"


@lru_cache(maxsize=1)
def _directing_payment() -> re.Pattern[str]:
    """A directing verb, its object, then "to" and a paying verb with up to four words to the figure
    ("ordered Orvex Motors to pay a fine of", "asked railways to pay", "instructed him to pay back")."""
    data = load_table("news_verbs.json")
    verbs = "|".join(sorted(data["directing_verbs"], key=len, reverse=True))
    paying = "|".join(sorted((v.replace(" ", r"[ \t]+") for v in data["paying_verbs"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?i:{verbs})[ \t]+(?P<obj>[^,;.:!?\"“”()]{{1,60}}?)[ \t]+to[ \t]+(?i:{paying})"
                      rf"(?:[ \t]+back)?(?:[ \t]+(?!to\b)[a-z][\w-]*){{0,4}}?[ \t]+(?:Rs\.?[ \t]*|INR[ \t]*|[?₹$£€])?$")


_OBJECT_HEAD = re.compile(r"(?:(?:the|a|an|its|their|his|her|all|some)[ \t]+)?(?P<np>(?:[a-z][\w-]*[ \t]+){0,2}(?P<head>[a-z][a-z-]{2,}))$")


def _directed_payer(ctx: _DocContext, sent_start: int, fig_start: int, cands: list[Candidate],
                    rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """Who a directing verb tells to pay the figure, with the words from them to it: a name ("asked
    Sahara to deposit ?10,000 crore"), what a pronoun stands for ("instructed him to pay back ?531"),
    or a common noun ("asks railways to pay ?50 crore"). None for a percentage or when the object is
    none of these."""
    text = ctx.text
    if _PERCENT_END.search(text, fig_start, fig_start + 12) or fig_start - sent_start < 12:
        return None
    m = _directing_payment().search(text, max(sent_start, fig_start - 120), fig_start)
    if m is None:
        return None
    start, end = m.span("obj")
    distance = _words_between(text, end, fig_start)
    for c in cands:
        if c.start >= start and c.end == end or c.start == start and c.end >= end:
            return (distance, c.start, c.subject) if c.kind not in _PLACE_KINDS | {"MINERAL", "NORP"} else None
    for word, kind, a_start, a_end in anaphors_in(ctx, start, end):
        if a_start == start and a_end == end and (resolved := resolve_anaphor(ctx, kind, a_start)) is not None:
            return distance, a_start, _as_anaphor(resolved, word, rules)
    noun = _OBJECT_HEAD.fullmatch(text, start, end)
    if noun is None or any(start <= c.start < end for c in cands):
        return None
    head = noun.group("head")
    if not _noun_head(head, rules) or head in rules.measure_nouns or head in rules.not_things or head in _PRONOUNS:
        return None
    words = text[noun.start("np"):end]
    return distance, noun.start("head"), Subject(text=words, name=_common_name(words), acronym=None, label="THING")


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


def _participle_subject(ctx: _DocContext, sent_start: int, pos: int, cands: list[Candidate],
                        distance: int) -> tuple[int, int, Subject] | None:
    """The subject of a participle of asking after a comma is the sentence's: the name that opens it
    ("The Republican Party of India would start an agitation, demanding a waiver of Rs 636 crore"), or the
    plural a place there qualifies ("Tamil Nadu farmers ran naked near the office, demanding Rs 39,000
    crore"). None for a pronoun or anything else (the anaphor and subject rules read those)."""
    text = ctx.text
    start = ctx.after_dateline(sent_start, pos)
    first = next((c for c in cands if start <= c.start < pos), None)
    if first is None or not _opens(text, start, first.start):
        return None
    if first.kind in _PLACE_KINDS and (noun := _PLURAL_AFTER_NAME.match(text, first.end, pos)) is not None:
        return distance, first.start, _thing(text, *noun.span("head"))
    if first.kind in _PLACE_KINDS:
        return None
    return distance, first.start, first.subject


_PLURAL_AFTER_NAME = re.compile(r"[ \t]+(?P<head>[a-z][a-z-]{2,}[^su\W]s)\b")


def _asking_verb(text: str, sent_start: int, fig_start: int, rules: OwnerRules) -> tuple[int, int] | None:
    """The end of the last verb of asking before the figure whose object it is, and where its subject
    ends (before any auxiliaries). None when the gap to the figure opens another clause, when a determiner
    or a possessive makes it a noun ("accept their demands"), or when it is a participle with no
    auxiliary: "a defamation suit seeking Rs 10 crore", "an e-mail demanding Rs 500 crore" describe the
    noun, which asks for nothing ("with the hackers demanding" does, and one after a comma asks for the
    sentence's subject: ``_participle_subject``)."""
    verb = None
    for m in rules.asker_verb.finditer(text, max(sent_start, fig_start - 160), fig_start):
        verb = m
    if verb is None or not rules.asker_gap.fullmatch(text, verb.end(), fig_start):
        return None
    aux = rules.asker_aux.search(text, max(sent_start, verb.start() - 40), verb.start())
    pos = aux.start() if aux is not None and aux.group(0).strip() else verb.start()
    if pos <= sent_start or _POSSESSED_BEFORE.search(text, max(sent_start, pos - 12), pos) \
            or _ARTICLE_BACK.search(text, max(sent_start, pos - 8), pos):
        return None
    if verb.group(0).split()[0].lower().endswith("ing") and pos == verb.start() and text[pos - 2:pos] != ", " \
            and not _WITH_NOUN_BACK.search(text, max(sent_start, pos - 40), pos):
        return None
    return verb.end(), pos


def _clause_verb_at(text: str, end: int, sent_end: int, rules: OwnerRules, thing: bool = False) -> re.Match[str] | None:
    """The verb of a clause whose subject ends at ``end``, after any auxiliaries ("ministers hope", "he
    has earmarked", "Corvex is seeking"); a bare -ing word is no verb, nor a bare -ed one after a common
    noun: "the £5,000 damages ordered by a court", "the £30,000 Jerwood painting prize"."""
    verb = rules.relative_verb.match(text, end, sent_end)
    if verb is None:
        return None
    word = verb.group("verb").lower()
    if verb.start("verb") == end + 1 and word not in rules.relative_listed and (word.endswith("ing") or thing):
        return None
    return verb


def _relative_subject(ctx: _DocContext, pos: int, sent_end: int, cands: list[Candidate],
                      rules: OwnerRules) -> tuple[tuple[int, Subject], int] | None:
    """The subject that starts at ``pos`` (a name, a personal pronoun and what it stands for, or a
    common noun phrase), and where it ends."""
    text = ctx.text
    for c in cands:
        if c.start == pos:
            return ((c.start, c.subject), c.end) if c.kind != "MINERAL" else None
    pronoun = _RELATIVE_PRONOUN.match(text, pos, sent_end)
    if pronoun is not None:
        for word, kind, start, end in anaphors_in(ctx, pos, pronoun.end()):
            if start == pos:
                resolved = resolve_anaphor(ctx, kind, start)
                return ((start, resolved.model_copy(update={"text": word})), end) if resolved is not None else None
        return None
    noun = _RELATIVE_NOUN.match(text, pos, sent_end)
    if noun is None:
        return None
    head = noun.group("head")
    if not _noun_head(head, rules) or head in rules.measure_nouns or head in rules.not_things \
            or head in _PREPOSITIONS or head in _DETERMINERS \
            or any(pos <= c.start < noun.end() for c in cands):
        return None
    return (noun.start("head"), _thing(text, *noun.span("head"))), noun.end("head")


def _noun_head(word: str, rules: OwnerRules) -> bool:
    """A common noun that can own a figure: not a listed non-head ("year", "total") and not an
    adverb ("Exel is currently valued at...")."""
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # "90% of PCs": "pc" is no name, but its plural heads a phrase
    word = word.lower()
    return word not in rules.not_heads and (not word.endswith("ly") or word in rules.ly_nouns)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_SUBJECT_GAP = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){1,3}")


def _pronoun_object(rules: OwnerRules, text: str, measure: str, start: int, end: int, sent_start: int,
                    fig_start: int) -> bool:
    verbs = rules.object_verbs.get(measure)
    if not verbs or len(text[end:fig_start].split()) > 2:
        return False
    return bool(verbs.search(text, max(sent_start, start - 20), start))


def _is_object(rules: OwnerRules, text: str, measure: str, c: Candidate, sent_start: int, fig_start: int) -> bool:
    verbs = rules.object_verbs.get(measure)
    if not verbs or len(text[c.end:fig_start].split()) > 2:
        return False
    return bool(verbs.search(text, max(sent_start, c.start - 20), c.start))


def _relative_antecedent(text: str, cands: list[Candidate], sent_start: int, clause_start: int,
                         fig_start: int) -> Candidate | None:
    """The name a "who"/"which" clause holding the figure stands for: the name right before its
    comma, when the clause runs unbroken from there to the figure."""
    relative = _RELATIVE.search(text, max(sent_start, clause_start - 12), clause_start)
    if relative is None or relative.end() != clause_start:
        return None
    for k, c in enumerate(cands):
        if c.end == relative.start() or c.end < relative.start() and not text[c.end:relative.start()].strip():
            before = cands[k - 1] if k > 0 else None
            if c.kind in _PLACE_KINDS and before is not None and _IN_PLACE.fullmatch(text, before.end, c.start):
                return before  # "Pulimurugan in Kerala, which collected Rs 90 crore": the film did
            return c
    return None


_NOUN_AT_END = re.compile(r"(?<![\w'’-])[a-z][a-z-]{2,}$")
# A verb and its auxiliary before a word: "will also take (place)", "has taken (part)".
_VERB_PHRASE_BACK = re.compile(r"(?<![\w'’-])(?:will|would|can|could|may|might|must|shall|should|to|did|does|do)"
                               r"(?:[ \t]+(?:also|not|still|now|then|soon|be))*[ \t]+[a-z]+[ \t]+$")


def _relative_noun(ctx: _DocContext, sent_start: int, clause_start: int, triggers: list[Trigger]) -> Candidate | None:
    """The common noun right before the comma of a "who"/"which" clause holding the figure, when no
    name stands there ("the auto market, which is growing 12%"), or the owner an anaphor there
    stands for ("the movie, which took $31.8m"); not a measure word, a participle or a non-head."""
    text = ctx.text
    relative = _RELATIVE.search(text, max(sent_start, clause_start - 12), clause_start)
    if relative is None or relative.end() != clause_start:
        return None
    for word, kind, start, end in anaphors_in(ctx, sent_start, relative.start()):
        if end == relative.start() and (kind.startswith("programme") or kind in NAME_STANDINS):
            # "the movie, which", "the group, which": a name's stand-in
            resolved = resolve_anaphor(ctx, kind, start)
            return None if resolved is None else Candidate(start, end, resolved.label, _as_anaphor(
                resolved, word, owner_rules()), False)
        if end == relative.start() and " " not in word.strip():
            return None  # "companies run by him, which": a pronoun is no common noun
    noun = _NOUN_AT_END.search(text, max(sent_start, relative.start() - 30), relative.start())
    if noun is None or not _noun_head(noun.group(0), owner_rules()) or noun.group(0).endswith("ed") \
            or any(t.start_char <= noun.start() < t.end_char for t in triggers) \
            or _VERB_PHRASE_BACK.search(text, max(sent_start, noun.start() - 30), noun.start()):
        return None  # ("A public vote will also take place, which will account for 25%": a verb's, no noun)
    return Candidate(noun.start(), noun.end(), "THING", _thing(text, *noun.span()), False)


# "60 lakh bank accounts that saw cash deposits worth Rs 2 lakh": a counted or determined noun phrase
# of plain lower-case words, then "that", then the relative clause's verb (an auxiliary, a news verb,
# a verb of having or a past form), then plain words up to the figure
_THAT_CLAUSE = re.compile(r"(?<![\w'’-])(?:the|a|an|all|those|these|some|many|several|\d[\d,.]*(?:[ \t]+(?:lakh|crore|million|"
                          r"billion))?)[ \t]+(?P<np>(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]{2,})[ \t]+that[ \t]+"
                          r"(?P<verb>[a-z]+)(?P<rest>(?:[ \t]+[a-z][\w-]*){0,8})[ \t]+$")


def _that_antecedent(text: str, clause_start: int, fig_start: int, triggers: list[Trigger],
                     rules: OwnerRules, sent_start: int | None = None) -> Candidate | None:
    """The common noun a restrictive "that" clause holding the figure describes ("bank accounts that
    saw cash deposits worth Rs 2 lakh", "projects that cost over Rs 100 crore"): its subject, so
    the noun owns the figure as a "which" clause's antecedent does. Only when "that" opens a verb
    ("the fear that prices will rise 5%" is no relative clause) and no measure word heads the noun."""
    whose = _WHOSE_CLAUSE.search(text, max(clause_start, fig_start - 120), fig_start)
    if whose is not None:
        # "traders whose turnover is up to Rs 2 crore": whose measure the clause gives
        words = whose.group("np").split()
        if words[-1] in _WHOSE_OPENERS or words[-1] in rules.not_things or words[-1] in rules.measure_nouns \
                or not _noun_head(words[-1], rules) or words[-1].endswith(("ing", "ed")):
            return None
        end = whose.end("np")
        start = end - len(words[-1])
        return Candidate(start, end, "THING", _thing(text, start, end), False)  # the head, and a noun before it
    m = _THAT_CLAUSE.search(text, max(clause_start, fig_start - 160), fig_start)
    if m is None:
        # "arrested two people who allegedly duped nine individuals, withdrawing over ?45 lakh", "a
        # courier boy who stole 150 phones worth ?13 lakh": "who" always opens a relative clause, and its
        # antecedent, a person or a group, is its subject ("people" too when counted: "two people who")
        who = _WHO_CLAUSE.search(text, max(clause_start if sent_start is None else sent_start, fig_start - 160), fig_start)
        if who is not None and _PLACE_PREPOSITION_BEFORE.search(text, max(0, who.start() - 12), who.start()):
            who = None  # "hawala dealers in the national capital who routed": a place is no "who"
        words = who.group("np").split() if who is not None else []
        counted = who is not None and words[-1] in ("people", "persons") and who.group(0).split()[0] not in _WHOSE_OPENERS
        if who is None or not counted and (words[-1] in rules.not_things or not _noun_head(words[-1], rules)) \
                or words[-1] in rules.measure_nouns or words[-1].endswith(("ing", "ed")) \
                or " and " in who.group("rest") or " but " in who.group("rest"):
            return None
        end = who.end("np")
        start = end - len(words[-1])
        return Candidate(start, end, "THING", _thing(text, start, end), False)
    verb = m.group("verb")
    if not _opens_relative_verb(verb):
        return None  # "told the court that only $480,000 had been": an adverb opens no relative clause
    if _NAME_STANDIN_BEFORE.search(text, max(clause_start, m.start() - 3), m.start("np")):
        return None  # "AB Exports, the firm that bought it for Rs 5 crore": the name the apposition stands for
    words = m.group("np").split()
    if any(w in rules.not_things or w in rules.measure_nouns or not _noun_head(w, rules) for w in words[-1:]) \
            or words[-1].endswith(("ing", "ed")) or words[-1] in _that_nouns() \
            or any(t.start_char < m.end("np") and t.end_char > m.start("np") for t in triggers):
        return None
    start, end = m.span("np")
    return Candidate(start, end, "THING", _thing(text, start, end), False)


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|on|across|outside|inside|within)[ \t]+$", re.I)
_WHO_CLAUSE = re.compile(r"(?<![\w'’-])(?:the|a|an|all|those|these|some|many|several|two|three|four|five|six|seven|"
                         r"eight|nine|ten|\d[\d,.]*)[ \t]+(?:\d[\w-]*[ \t]+)?(?P<np>(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]{2,})"
                         r"[ \t]+who(?P<rest>(?:(?:[ \t]+|,[ \t]*)[a-z0-9][\w.,’'-]*){1,10})[ \t]+(?:Rs\.?[ \t]*|[?₹$£€])?$")
# "individuals whose annual income is over Rs 50 lakh": a plain word, "whose", plain words to the figure
_WHOSE_CLAUSE = re.compile(r"(?<![\w'’-])(?P<np>[a-z][a-z-]{2,})[ \t]+whose[ \t]+"
                           r"(?:[a-z][\w-]*[ \t]+){1,8}$")
_WHOSE_OPENERS = frozenset({"the", "a", "an", "all", "those", "these", "some", "many", "several", "and", "or", "for",
                            "of", "to", "on", "in", "by", "with", "from", "at", "as", "only"})
_THAT_AUX = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "is",
                       "are", "was", "were"})
_NAME_STANDIN_BEFORE = re.compile(r",[ \t]*(?:the|a|an)[ \t]+$")


@lru_cache(maxsize=1)
def _that_nouns() -> frozenset[str]:
    """Nouns a "that" clause completes rather than describes ("the fear that"; that_nouns in news_verbs.json)."""
    return frozenset(load_table("news_verbs.json")["that_nouns"])


@lru_cache(maxsize=1)
def _held_verbs() -> frozenset[str]:
    return frozenset(load_table("news_verbs.json")["holding_verbs"])


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern[str]:
    """Where a clause ends: a semicolon or colon, a conjunction, or a word of saying, finding or
    claiming before "that" ("The study found that vehicles were 50% slower", "its claim that Howard
    was planning £35bn cuts": the reported clause is the figure's; reporting_that in news_verbs.json)."""
    reporting = "|".join(sorted(load_table("news_verbs.json")["reporting_that"], key=len, reverse=True))
    return re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|[ \t][-–—][ \t]+(?:which|who)\b"
                      r"|\b(?:while|whereas|but)\b"
                      rf"|\b(?:{reporting})[ \t]+that\b")


def _clause_start(text: str, lo: int, fig_start: int) -> int:
    """Where the figure's clause begins: after the last clause break before the figure."""
    cut = lo
    for m in _clause_break().finditer(text, lo, fig_start):
        aside = _ASIDE.match(text, m.start(), fig_start)
        if aside is not None and m.start() == aside.start():
            continue  # "The victim, who wanted to marry him, was asked to pay...": the clause resumes
        aside = _DASH_ASIDE.match(text, m.start(), fig_start)
        if aside is not None or _DASH.match(text, m.start()) and _DASH.search(text, lo, m.start()):
            # "Christmas sales - which account for 23% - would have been": the clause resumes; "The
            # Incredibles - fourth in the charts - which took $24m": a dash that closes an aside opens no clause
            continue
        cut = m.end()
    return cut


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
_ANY_WORD_AT = re.compile(r"[ \t]*(\w+)")
_PARTICIPLE_AT = re.compile(r"[ \t]+[a-z]{3,}ing\b")
# The word after a name, past a bracket that spells it out: "the Rs 13,000-crore LNG (Liquefied natural gas) contract".
_NEXT_AFTER_NAME = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(\w)")


def attributed_thing(ctx: _DocContext, sent: Span, fig_start: int, fig_end: int,
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


def _phrase_ends(text: str, end: int, rules: OwnerRules) -> bool:
    nxt = _ANY_WORD_AT.match(text, end)
    return nxt is None or nxt.group(1).lower() in rules.phrase_enders


# ---------------------------------------------------------------------------
# The subject of the verb that governs a figure ("house prices rose 3%")
# ---------------------------------------------------------------------------

_NP_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*|\d+-[a-z]+(?:-[a-z]+)*")
_NOT_NP_WORDS = frozenset({"and", "or", "nor", "not", "never", "far", "cannot", "mind", "although", "though", "if",
                           "unless", "whether", "did", "does", "do", "what", "how", "why", "so", "too", "very",
                           "more", "less", "most"})
_DEFINITE = re.compile(r"(?:the|this|that|these|those)\s", re.I)
_DETERMINERS_AT_END = re.compile(r"(?:[ \t]+(?:average|overall|total|annual|monthly))+$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_IN_PLACE_BACK = re.compile(r"(?<![\w-])(?:in|across)[ \t]+(?:the[ \t]+)?$")
_IN_YEAR_BACK = re.compile(r"(?<![\w-])in[ \t]+(?:19|20)\d\d[ \t]*$")
_TOKEN_BACK = re.compile(r"(?<!\S)(\S+)[ \t]*$")
_WORD_BACK = re.compile(r"([\w’'-]+)[ \t]*$")
_FIGURE_WORD = re.compile(r"[?₹$£€]?\d[\d.,]*(?:%|bn|m|k)?|Rs\.?|Re|per|cent|crore|lakh|million|billion", re.I)


@lru_cache(maxsize=1)
def _news_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                           frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_table("news_verbs.json")
    verbs = frozenset(form for forms in data["verbs"].values() for form in forms)
    transitive = frozenset(form for verb in data["transitive"] for form in data["verbs"][verb])
    return (verbs, frozenset(w.lower() for g in data["gap"] for w in g.split()), frozenset(data["aux"]),
            frozenset(data["of_heads"]), frozenset(data["openers"]), frozenset(data["determiners"]), transitive,
            frozenset(data["approx"]), frozenset(data["company_heads"]), frozenset(data["of_owners"]))


def _back_over_aux(text: str, clause_start: int, pos: int, aux: frozenset[str]) -> int:
    """Back over auxiliaries and adverbs before a verb ("have now lost", "are expected to rise")."""
    aux_to = _news_verbs_aux_to()
    while (m := _WORD_BACK.search(text, max(clause_start, pos - 30), pos)) is not None:
        word = m.group(1).lower()
        if word == "to":
            before = _WORD_BACK.search(text, max(clause_start, m.start() - 30), m.start())
            if before is None or before.group(1).lower() not in aux_to:
                break
            pos = before.start()
        elif word in aux:
            pos = m.start()
        else:
            break
    return pos


@lru_cache(maxsize=1)
def _news_verbs_aux_to() -> frozenset[str]:
    return frozenset(load_table("news_verbs.json")["aux_to"])


@lru_cache(maxsize=1)
def _change_noun() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:{'|'.join(load_table('news_verbs.json')['change_nouns'])})\b")


@lru_cache(maxsize=1)
def _change_in_of() -> re.Pattern[str]:
    """ "a 14% increase in the basic pay of state employees": a change noun, what changed (a measure
    word), then whose it is: the noun its "of" names, not a possessive ("of its hybrid cars")."""
    return re.compile(rf"[ \t]+(?:{'|'.join(load_table('news_verbs.json')['change_nouns'])})[ \t]+in[ \t]+(?:the[ \t]+)?"
                      r"(?:[a-z][\w-]*[ \t]+){0,2}?(?P<measure>[a-z][a-z-]{2,})[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?"
                      r"(?P<np>(?:(?!(?:its|their|his|her|our|these|those|this|that)\b)[a-z][\w-]*[ \t]+){0,2}?"
                      r"(?P<head>[a-z][a-z-]{2,}))" + _PHRASE_END)


def _change_after(text: str, fig_end: int) -> bool:
    """A change noun right after the figure ("registered a 142% growth")."""
    return _change_noun().match(text, fig_end) is not None


def _verb_subject(ctx: _DocContext, clause_start: int, fig_start: int, fig_end: int, cands: list[Candidate],
                  triggers: list[Trigger], rules: OwnerRules,
                  sourced: list[tuple[int, int]], before_phrase: int | None = None) -> tuple[int, Subject] | None:
    """The common noun phrase right before the verb that governs the figure: "UK house prices fell
    3%" (the houses'), "light crude oil futures have lost $4" (the oil's), "the price of diesel rose
    to Rs 70". None when a name is in the phrase ("Tesco's sales rose 5%": the name owns it), when the
    phrase follows a preposition (no subject), or when its head is a measure word ("profits rose")."""
    verbs, gap, aux, of_heads, openers, determiners, transitive, approx, company_heads, of_owners = _news_verbs()
    approx_words = frozenset(w for phrase in approx for w in phrase.split())
    text = ctx.text
    held = _share_verb(text, clause_start, fig_start) if _PERCENT_END.search(text, fig_start, fig_end) else None
    if held is None and _PERCENT_END.search(text, fig_start, fig_end) and _OF_THEN_NAME.match(text, fig_end):
        return None  # "the world has lost 97% of its tigers": a share of the noun after
    pos = fig_start
    seen: list[str] = []
    held = held or _held_measure(text, clause_start, fig_start, triggers)
    if held is not None:
        # "an average cricketer still gets a match fee of Rs 1.5 lakh": the verb that holds the figure's
        # measure as its object; its subject owns the figure as a change verb's does
        pos, verb = held
    # back over the gap between the verb and the figure ("fell by about", "fell $2.86 to")
    while held is None:
        m = _TOKEN_BACK.search(text, max(clause_start, pos - 40), pos)
        if m is None:
            return None
        word = m.group(1)
        if word.lower() in verbs:
            if word.lower() in transitive and seen and " ".join(reversed(seen)) not in approx \
                    and not (seen[-1] in ("a", "an") and _change_after(text, fig_end)):
                return None  # "an additional cost of $1bn", "women made up 31%"
            pos = m.start()
            verb = word.lower()
            break
        if word.lower() in gap or word.lower() in approx_words or _FIGURE_WORD.fullmatch(word):
            seen.append(word.lower())
            if len(seen) > 6:
                return None
            pos = m.start()
            continue
        return None
    pos = _back_over_aux(text, clause_start, pos, aux)
    if (to := _TO_BACK.search(text, max(clause_start, pos - 30), pos)) is not None and to.group(1).lower() not in aux \
            and not to.group(1).endswith("ed") and to.group(1).lower() not in _headline_to_verbs() \
            and "\n" not in text[:to.start()].strip():
        pos = to.end(1)  # a headline's "Bus driver to get Rs 5 lakh reward": its future, "will get"
    if (relative := _RELATIVE_BACK.search(text, max(clause_start, pos - 80), pos)) is not None:
        pos = relative.start()  # "All passengers who book online will get": the noun the clause describes
    elif (relative := _THAT_BACK.search(text, max(clause_start, pos - 80), pos)) is not None \
            and _opens_relative_verb(relative.group("first")):
        pos = relative.start()  # "Shops that opened after May have lost 8%": "that" opens a verb
    if (m := _WORD_BACK.search(text, max(clause_start, pos - 30), pos)) is not None and m.group(1) == "and":
        # "Crude futures fell $2.86, and have now lost $4": the subject the verbs share, before the first
        first = next((w for w in _LOWER_WORD.finditer(text, clause_start, m.start()) if w.group(0) in verbs), None)
        if first is None:
            return None
        pos = _back_over_aux(text, clause_start, first.start(), aux)
    for c in cands:
        if c.kind in _PLACE_KINDS and c.end <= pos and not text[c.end:pos].strip() \
                and (place := _IN_PLACE_BACK.search(text, max(clause_start, c.start - 12), c.start)) is not None:
            pos = place.start()  # "prices of homes in the UK rose 0.5%": the homes', in the UK
            break
    if (year := _IN_YEAR_BACK.search(text, max(clause_start, pos - 20), pos)) is not None:
        pos = year.start()  # "the number of attacks in 2016 decreased by 9%"
    if before_phrase is not None:
        pos = before_phrase  # (the subject before a phrase that qualifies it, below)
    words: list[re.Match[str]] = []
    while len(words) < 5:
        m = _WORD_BACK.search(text, max(clause_start, pos - 40), pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in determiners or low in openers or low in aux or low in verbs or low in _PREPOSITIONS \
                or low in ("of", "in", "on", "at", "for", "to", "from", "by", "with", "into", "than", "who", "which",
                           "it", "they", "he", "she", "we", "i", "you", "its", "their", "his", "her", "our", "this",
                           "these", "those", "there") \
                or _FIGURE_WORD.fullmatch(word) or _APOSTROPHE_WORD.search(word) \
                or not (_NP_WORD.fullmatch(word) or any(c.start <= m.start(1) < c.end and c.kind in _PLACE_KINDS
                                                         for c in cands)) \
                or low in _NOT_NP_WORDS:
            break
        words.insert(0, m)
        pos = m.start()
    if before_phrase is not None and len(words) > 1 and words[-1].group(1).endswith("ed"):
        words = words[:-1]  # "US light crude traded in New York lost $2": a participle before the phrase
    if not words and m is not None and m.group(1) == "It" and not text[clause_start:m.start(1)].strip(" \t\n\"“‘'*•-"):
        # "The dollar has weakened sharply. It has lost 7% this year.": an "it" that opens the sentence
        # and governs the figure continues the previous sentence's subject when that is a common noun
        previous = _previous_subject(ctx, m.start(1), rules)
        return (pos, previous) if previous is not None else None
    if not words or pos > 0 and not text[pos - 1].isspace() and text[pos - 1] not in "\"“‘(-—*•" \
            and not (text[pos - 1] in ".?" and text[pos].isupper()):
        # "Trump?s administration", "hasn?t": a lost apostrophe joins the words ("she said.Teachers will
        # pay", "?Teachers will pay": a stop or a lost quote mark before a capital opens the sentence)
        return None
    # what comes before the phrase: the clause's start, a determiner, an opener, or "the price of"
    before = text[max(clause_start, pos - 40):pos]
    stripped = before.rstrip()
    m = _WORD_BACK.search(stripped)
    while m is not None and m.group(1).lower() in determiners:  # "the average"
        stripped = stripped[:m.start()].rstrip()
        m = _WORD_BACK.search(stripped)
    if text[:pos].rstrip().endswith("?") and words[0].group(1)[0].islower():
        return None  # "...? circulation has increased 12%": a lost character, maybe a possessive
    of_head = False
    if m is not None and m.group(1).lower() == "of":
        inner = _WORD_BACK.search(stripped[:m.start()].rstrip())
        if inner is None or inner.group(1).lower() not in of_heads | of_owners \
                or _POSSESSED_BEFORE.search(_DETERMINERS_AT_END.sub("", stripped[:inner.start()].rstrip()) + " "):
            return None  # "its share of the audience": a share of what the possessor has
        of_head = True
    elif m is not None and _APOSTROPHE_WORD.search(m.group(1)):
        return None  # "the company's shares fell": the possessor owns them
    elif m is not None and m.group(1).lower() not in openers \
            and not stripped.endswith((",", ";", ":", "\"", "“", "(", "-", "—")):
        if before_phrase is None and m.group(1).lower() in _PP_HEADS:
            # "The number of gadgets in the shops is predicted to grow by 11%": a phrase that
            # qualifies the subject before it; that one is the subject
            return _verb_subject(ctx, clause_start, fig_start, fig_end, cands, triggers, rules, sourced,
                                 max(clause_start, pos - 40) + m.start(1))
        return None  # "an offer to people with internet access rose": the phrase is an object
    start, end = words[0].start(1), words[-1].end(1)
    if any(c.start < end and c.end > start and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands):
        return None  # a name in the phrase owns the figure ("Apple shares rose")
    if any(a_start < end and a_end > start and _DEFINITE.match(word)
           for word, _, a_start, a_end in anaphors_in(ctx, clause_start, end)):
        return None  # "the film made $40m": what the anaphor stands for owns it
    head = words[-1].group(1)
    if head.lower() in rules.place_heads and any(c.start < end and c.end > start for c in cands):
        return None  # "the UK population grew 1.2%": a place owns its population, economy, government
    if head.lower() in company_heads and any(c.kind in ("COMPANY", "ORG", "NAME") and c.end <= start
                                             and not any(a <= c.start < b for a, b in sourced) for c in cands):
        return None  # "GM added that US truck sales fell 9%": the company's sales
    if head.lower() in of_heads and not of_head:
        words = words[:-1]  # "UK house prices": the houses
    # a place or a capitalised modifier before the noun qualifies it: "UK house prices"
    while words and any(c.start <= words[0].start(1) < c.end for c in cands):
        words = words[1:]
    if not words:
        return None
    start, end = words[0].start(1), words[-1].end(1)
    head = words[-1].group(1)
    if not head[0].islower() and len(words) == 1 and not _opening_word(ctx, words[0], rules) \
            or not _noun_head(head, rules) \
            or head.lower() in rules.measure_nouns \
            or any(t.start_char < end and t.end_char > start for t in triggers):
        return None
    if verb in transitive and head.endswith("ing"):
        return None  # "the Harbour Board said dredging cost Rs 40 crore": who pays for the work owns it
    phrase = text[start:end]
    return start, Subject(text=phrase, name=_common_name(phrase), acronym=None, label="THING")


def _opening_word(ctx: _DocContext, word: re.Match[str], rules: OwnerRules) -> bool:
    """A capital that only opens the sentence: "House prices fell 0.4%" is the houses' fall, as
    "UK house prices fell" is; a word the language writes in lower case, not a name."""
    low = word.group(1).lower()
    return low in rules.lowercase_words and ctx.opens_sentence(word.start(1)) and not ctx.named_elsewhere(word.group(1))


_THE_AT = re.compile(r"[\s\"“‘'*•-]*The[ \t]")
_TO_BACK = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+)[ \t]+to[ \t]+$")


@lru_cache(maxsize=1)
def _headline_to_verbs() -> frozenset[str]:
    return frozenset(load_table("news_verbs.json")["to_verbs"])


# "who buy tickets online" right before the verb: a relative clause of plain words, no figure or name
_RELATIVE_BACK = re.compile(r"(?<=[a-z])[ \t]+(?:who|which)[ \t]+(?:[A-Za-z][\w-]*[ \t]+){1,6}$")


# "that opened after May" right before the verb: a "that" clause of plain words, its first word a verb
_THAT_BACK = re.compile(r"(?<=[a-z])[ \t]+that[ \t]+(?P<first>[a-z]+)(?:[ \t]+[A-Za-z][\w-]*){0,5}[ \t]+$")


def _opens_relative_verb(word: str) -> bool:
    """Whether a word right after "that" is a verb (an auxiliary, a news verb, a verb of having or a
    past form), so "that" opens a relative clause, not a reported one ("said that prices rose")."""
    return word in _THAT_AUX or word in _news_verbs()[0] or word in _held_verbs() or word.endswith("ed")


@lru_cache(maxsize=1)
def _held_object() -> re.Pattern[str]:
    """A verb of having or getting (``holding_verbs``), then its object, a measure word, up to the figure."""
    verbs = "|".join(sorted(load_table("news_verbs.json")["holding_verbs"], key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<verb>{verbs})[ \t]+(?:(?:a|an|the|its|their|his|her)[ \t]+)?"
                      r"(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[a-z][a-z-]+)[ \t]+(?:of|worth)[ \t]+"
                      r"(?:(?:about|around|nearly|almost|over|just|only|some|up[ \t]+to|more[ \t]+than|"
                      r"less[ \t]+than|as[ \t]+much[ \t]+as)[ \t]+)?(?:Rs\.?[ \t]*|[?₹$£€])?$")


@lru_cache(maxsize=1)
def _share_verb_back() -> re.Pattern[str]:
    """A verb of being a share (``share_verbs``) right before a percentage, an approximation between."""
    verbs = "|".join(sorted((v.replace(" ", r"[ \t]+") for v in load_table("news_verbs.json")["share_verbs"]),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<verb>{verbs})[ \t]+(?:(?:about|around|nearly|almost|over|just|only|some|"
                      r"roughly|up[ \t]+to|at[ \t]+least|more[ \t]+than|less[ \t]+than)[ \t]+)?$")


def _share_verb(text: str, clause_start: int, fig_start: int) -> tuple[int, str] | None:
    """(start, verb) of the verb that makes a percentage a share of its subject ("tourism accounts for about
    6% of the country's GDP"): the phrase before the verb owns it, not the whole after "of"."""
    m = _share_verb_back().search(text, max(clause_start, fig_start - 40), fig_start)
    return (m.start("verb"), m.group("verb").split()[0].lower()) if m is not None else None


def _held_measure(text: str, clause_start: int, fig_start: int, triggers: list[Trigger]) -> tuple[int, str] | None:
    """(start, verb) of a verb whose object is the figure's measure: "gets a match fee of", "has a
    potential of", "will get free accident cover worth". Only verbs of having and getting: their
    subject is who has the measure ("cut a fee of" is no one's)."""
    m = _held_object().search(text, max(clause_start, fig_start - 80), fig_start)
    if m is None:
        return None
    head = m.span("head")
    if not any(t.start_char <= head[0] and head[1] <= t.end_char for t in triggers):
        return None
    return m.start("verb"), m.group("verb")


_PLACE_POSSESSIVE = re.compile(r"[’']s[ \t]+")


def _sentence_subject_thing(ctx: _DocContext, lo: int, before: int, rules: OwnerRules) -> Subject | None:
    """The common noun phrase that opens the sentence at ``lo`` as its subject, a place before it
    kept ("the US stock market", "Sri Lanka's stock market"), or None when a name other than a place
    is in it, or it is a measure word or an anaphor."""
    text = ctx.text
    start = rules.clause_it_opener.match(text, lo, before).end()
    cands = [c for c in ctx.candidates_between(lo, before) if c.start < before]
    place = next((c for c in cands if c.start == start and c.kind in _PLACE_KINDS | {"NORP"}), None)
    if place is not None and (gap := _PLACE_POSSESSIVE.match(text, place.end, before)) is not None:
        np = rules.subject_np.match(text, gap.end(), before)  # "Sri Lanka's stock market has fallen"
    else:
        np = rules.subject_np.match(text, start, before)
        if np is None or text[np.start():np.start() + 4].lower() != "the ":
            return None  # ("Five million visitors made ...": a count is no thing "it" stands for)
        place = None
    if np is None:
        return None
    head = np.group("head")
    h_start, h_end = np.span("head")
    first = place.start if place is not None else text.index(" ", start) + 1
    if not _noun_head(head, rules) or head.lower() in rules.measure_nouns \
            or "the " + head.lower() in rules.anaphors and first == h_start \
            or any(c.start < h_end and c.end > start and c.kind not in _PLACE_KINDS | {"NORP"} for c in cands):
        return None  # (a bare "the company" is an anaphor: what it stands for is the subject)
    words = text[first:h_end]
    return Subject(text=words, name=_common_name(words), acronym=None, label="THING")


def _previous_subject(ctx: _DocContext, before: int,
                      rules: OwnerRules) -> Subject | None:
    """The common noun phrase that is the subject of the sentence before ``before`` ("The dollar has
    weakened"), or None when that sentence opens with a name, an anaphor ("The lender saw") or a
    measure word ("Profits rose"): a name is what "it" resolves to, and a measure owns nothing."""
    spans = ctx.sentences_back(before, 1)
    if len(spans) < 2 or spans[1][1] > before:
        return None
    lo, hi = spans[1]
    text = ctx.text
    lo = ctx.after_dateline(lo, hi)
    opener = rules.clause_opener.match(text, lo, hi)
    np = rules.subject_np.match(text, opener.end() if opener is not None else lo, hi)
    if np is None or not _THE_AT.match(text, np.start(), np.start("head")):
        return None  # ("Five million visitors made the gallery...": a count is no thing "it" stands for)
    head = np.group("head")
    start, end = np.span("head")
    if not _noun_head(head, rules) or head.lower() in rules.measure_nouns or "the " + head.lower() in rules.anaphors \
            or any(c.start < end and c.end > np.start() for c in ctx.candidates_between(lo, hi)) \
            or any(a[2] < end and a[3] > np.start() for a in anaphors_in(ctx, lo, end)):
        return None
    return _thing(text, start, end)


def described_owner(ctx: _DocContext, sent: Span, fig_start: int, subject: Subject | None) -> Subject | None:
    """What a common-noun owner that is a description stands for: "a fine of Rs 5 lakh was slapped on
    the firm", "the country, which has about $200bn in reserves", "The phone was expected to sell at
    Rs 40,000" name no owner of their own, they point back to the one the text named, as "the firm"
    does when it opens a clause (``resolve_anaphor``). Only an anaphor the text holds there ("the
    firm", "the troubled firm"; not "a firm", "the new firm"), and not one a capitalised word
    qualifies ("The US company" after "India's HCL" is another company, "the Finance department" a name).
    A noun the list does not hold may stand for a name it was written with (``_named_noun_before``)."""
    if subject is None or subject.label != "THING" or " " in subject.name:
        return None
    rules = owner_rules()
    if "the " + subject.name.lower() not in rules.anaphors:
        return _titled_person_before(ctx, sent, fig_start, subject) or _named_noun_before(ctx, sent, subject)
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
    after = re.compile(rf"[ \t]+{re.escape(noun)}(?![\w-])", re.I)
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
    written = [m.start() for m in re.compile(rf"(?<![\w-]){re.escape(noun)}(?![\w-])").finditer(
        text, sent.start_char, sent.end_char)]
    phrases = list(re.compile(_THE_NOUN + re.escape(noun) + r"(?![\w-])").finditer(text, sent.start_char, sent.end_char))
    return phrases if written and set(written) == {m.end() - len(noun) for m in phrases} else []


@lru_cache(maxsize=1)
def _standin_nouns() -> dict[str, str]:
    return dict(load_table("owners.json")["description_standins"]["nouns"])


def _titled_person_before(ctx: _DocContext, sent: Span, fig_start: int, subject: Subject) -> Subject | None:
    """"The actor made several remarks before being released on $7,000 bond": "the" and a person's
    title ("the actor", "the 27-year-old winger", "the minister") stands for the person named before,
    as "he" does; "The stock had fallen 3%" for the company named before (``description_standins``)."""
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
        and (kind != "person" or resolved.label == "PERSON") else None
