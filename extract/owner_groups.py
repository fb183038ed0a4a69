"""Common-noun owners and share groups, for figures no name owns.

"a phone worth Rs 26,000", "the average house price fell", "97% of the notes", "43% employees",
"a 164% rise in terror-related civilian deaths", "Of those asked, 62% were unaware": the owner is a
noun the grammar ties to the figure, not a name. ``_generic_candidates`` collects these; a share
of a survey ("Only 22% said") is of the people asked, and a bare share that opens a sentence is of
the plural the sentence before is about. Kept apart from the names' roles because these owners
compete with names only when the grammar ties them to the figure, and otherwise are the last
fallback (``owners.choose_owner`` weighs them).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import anaphors_in
from .names import Candidate
from .owner_roles import _in_compound
from .owner_rules import OwnerRules, owner_rules
from .owner_words import (
    _DETERMINERS, _OF_THEN_NAME, _PARTICIPLE_AT, _PERCENT_END, _PHRASE_END, _PLACE_KINDS, _PLURAL, _PREPOSITIONS,
    _VERB_AFTER, _common_name, _noun_head, _phrase_ends, _thing, _words_between,
)
from .owner_subjects import _PEOPLE_PLURAL
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext
    from .measures import Trigger


# Where a share's whole also ends (``_PHRASE_END`` reads only regular verbs): before a participle with no
# "-ed" ("30% of the networks found by", "75% of the signs put up") or a pronoun that opens a relative
# clause with no "that" ("80% of the things we found"), or "and" joining a second whole or share.
_SHARE_WHOLE_END = (r"(?=[ \t]+(?:found|put|built|made|sold|held|kept|left|lost|bought|brought|caught|won|set|cut|"
                    r"given|taken|seen|known|shown|spent|paid|written|grown|thrown|drawn)\b"
                    r"|(?<!ing)[ \t]+(?:we|they|you|i|he|she|it)\b"  # (not "54% of firms calling it")
                    # "50% of all muggings and bag thefts involve", "12% of women and 3% of men": the first of two
                    # joined plural wholes, or the whole of a share another follows
                    r"|(?:(?<=[^su\W]s)|(?<=men))[ \t]+and[ \t]+(?:\d|(?:[a-z][\w-]*[ \t]+){0,2}[a-z]{2,}[^su\W]s"
                    r"[ \t]+(?:are|were|have|had|involve|involved|say|said|own|use|get|got)\b))")
# (the words before the head hold no pronoun or conjunction: "33% of profits as he always does" is no share of "always")
# (an aside in brackets may follow the determiner: "70 per cent of the (15 lakh) traders")
_SHARE_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?(?:\([^()\n]{1,30}\)[ \t]+)?"
                       r"(?:(?!(?:which|who|that|whom|whose|as|he|she|it|they|them|us|him|we|i|you|if|when|because|while|than|since|"
                       r"where|but)\b)[\w-]+[ \t]+){0,4}?"
                       r"(?P<head>those[ \t]+[a-z]{3,}ed|(?!(?:the|its|their|all|these|those|them|you|whom|which|cannot|either|"
                       r"already|also|only|still|even|never|not|just)\b)[a-z][a-z-]{2,}|[A-Z]{2,}s)"
                       r"(?:" + _PHRASE_END + r"|" + _SHARE_WHOLE_END + r")")
# The plural a bracketed share follows ("voters (68%)"); capitalised too, a group no gazetteer names ("Sikhs (1.9%)").
# "60% of Americans said", "85% of Britons own a handset": a capitalised plural after "of" and before a
# verb is a people's (or a firm's: "20% of Siemens was sold") share
_SHARE_OF_PEOPLE = re.compile(r"[ \t]+of[ \t]+(?:all[ \t]+)?(?P<head>[A-Z][a-z]{2,}(?<![su])s)(?=[ \t]+(?:who[ \t]+)?[a-z]{2,})")
# "63 per cent people have", "80-90 per cent Indian punters staked": a plural right after a share, with at
# most one word before it
_BARE_GROUP = re.compile(r"[ \t]+(?:(?P<word>[A-Za-z][a-z-]+)[ \t]+)??(?P<head>[A-Za-z][a-z]{2,}s|people|men|women|children|Chinese)\b")


# "India ranks fourth, with 63% people taking fewer holidays": a "with" phrase's share is of the one it describes
_WITH_SHARE = re.compile(r"\bwith[ \t]+(?:(?:about|around|nearly|almost|over|some|only|just|at[ \t]+least|more[ \t]+than)[ \t]+)?$")


def _bare_group(text: str, fig_end: int, hi: int, rules: OwnerRules) -> tuple[int, int] | None:
    """The span of the plural of people a share is written right before, with no "of" ("63 per cent
    people have expressed concern", "80-90 per cent Indian punters staked"), subject or object ("taken
    money from 99 per cent Indians": a share is of its group wherever the phrase stands) (bare_group_share
    in owners.json); None for a plural of no people ("65.2 per cent votes", "40% burn injuries") or a
    comparative's ("50% fewer people": a change in a count). The caller leaves out "with 20% women on
    boards", whose share is of the boards."""
    m = _BARE_GROUP.match(text, fig_end, hi)
    if m is None:
        return None
    head = m.group("head")
    nouns, person_plurals, comparatives = _bare_group_rules()
    if not (head in nouns or head.lower() in person_plurals or rules.agent_plural.search(head.lower())) \
            or (m.group("word") or "").lower() in rules.not_heads | comparatives:
        return None
    return (m.start("word") if m.group("word") else m.start("head")), m.end("head")


@lru_cache(maxsize=1)
def _bare_group_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The plurals of people a bare share may be of, and the comparatives that make it a change in a count
    instead (bare_group_share in owners.json)."""
    data = load_table("owners.json")
    return (frozenset(data["bare_group_share"]["nouns"]), frozenset(w + "s" for w in data["person_nouns"]["words"]),
            frozenset(data["bare_group_share"]["comparatives"]))


# A sum "each" right after the figure ("imposed a fine of Rs 1 lakh each"): the sum is every one's of a group
_EACH_AFTER = re.compile(r"[ \t]+each\b(?![ \t]+(?:of|year|month|week|day|time|ticket|share|unit)\b)")
# A plural word that may name people, before the figure; ``_each_group`` checks it names people
_PLURAL_WORD = re.compile(r"(?<![\w'’-])(?P<head>[a-z][a-z-]{2,}s|men|women|children|people)\b(?![’'])")
# The last "that" before a figure, which opens the clause a verb of saying reports
_THAT_BEFORE = re.compile(r"\bthat\b(?!.*\bthat\b)", re.S)
# A group that only reports the figure: "officials said", "police officers told"
_SAYS_AFTER = re.compile(r"[ \t]+(?:said|say|says|told|added|claimed|alleged|stated|informed|reported)\b")


def _each_group(ctx: _DocContext, sent_start: int, fig_start: int, fig_end: int, hi: int, cands: list[Candidate],
                triggers: list[Trigger], sourced: list[tuple[int, int]],
                rules: OwnerRules) -> tuple[int, Subject] | None:
    """The group of people a sum "each" is shared out over, named before it: "sentenced two brothers to
    jail and imposed a fine of Rs 1 lakh each" is every brother's fine, not the court's; "directed him to
    give all councillors Rs 25 lakh each". The nearest plural of people before the figure in its sentence
    (not inside a name or a measure word, not what the sum is "of": "bonus payments of Rs 50 lakh each", not a
    source: "officials said"). Money only ("Airtel and Idea contribute 2 per cent
    each" is their own share), and not "each to X", whose recipients ``_per_head_recipient`` reads. With no
    such plural before it, the plural of people a preposition after "each" names in the clause ("a penalty of
    Rs 8,000 each on the defaulting operators")."""
    text = ctx.text
    if _PERCENT_END.search(text, fig_start, fig_end) or _EACH_AFTER.match(text, fig_end, hi) is None \
            or rules.per_head.match(text, fig_end, hi) is not None:
        return None
    nouns, person_plurals, _ = _bare_group_rules()
    if (reported := _THAT_BEFORE.search(text, sent_start, fig_start)) is not None:
        sent_start = reported.end()  # "alleged that the party had offered them Rs 5 crore each": the offer's clause
    for m in reversed(list(_PLURAL_WORD.finditer(text, sent_start, fig_start))):
        head = m.group("head")
        if not (head in nouns or head in person_plurals or rules.agent_plural.search(head)) \
                or head in rules.not_heads or any(c.start <= m.start() < c.end for c in cands) \
                or any(t.start_char <= m.start() < t.end_char for t in triggers) \
                or any(a <= m.start() < b for a, b in sourced) or _SAYS_AFTER.match(text, m.end()) \
                or text[m.end():fig_start].lstrip().startswith("of ") and len(text[m.end():fig_start].split()) <= 3:
            continue
        return m.start(), _thing(text, *m.span("head"))
    # none before: "a penalty of Rs 10,000 each on these erring operators", "Rs 6,000 each will be transferred to the
    # bank accounts of pregnant women": the plural of people a preposition after "each" names, in the clause
    each = _EACH_AFTER.match(text, fig_end, hi)
    end = _CLAUSE_STOP.search(text, each.end(), hi)
    for m in _PLURAL_WORD.finditer(text, each.end(), end.start() if end is not None else hi):
        head = m.group("head")
        if (head in nouns or head in person_plurals or rules.agent_plural.search(head)) \
                and head not in rules.not_heads and _PREPOSITION_BEFORE.search(text, each.end(), m.start()) \
                and not any(c.start <= m.start() < c.end for c in cands) \
                and not any(t.start_char <= m.start() < t.end_char for t in triggers):
            return m.start(), _thing(text, *m.span("head"))
    return None


# Where a clause ends after "each": a mark, or the next figure of a list ("Rs 10 lakh each to X, Rs 5 lakh to Y")
_CLAUSE_STOP = re.compile(r"[,;:.!?(]|\d")
# "to", "on", "for" or "of" somewhere between "each" and the plural
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|on|for|of|among|between)\b")


# "45% of businesses' critical information", "98 per cent of slums' problems": a plural possessor of the whole
_SHARE_OF_POSSESSOR = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}?"
                                 r"(?P<head>[a-z][a-z-]{2,}s)['’][ \t]+(?P<owned>(?:[a-z][\w-]*[ \t]+){0,2}?[a-z][\w-]*)"
                                 r"(?=[ \t]+(?:are|is|were|was|have|has|had|will|would|can|could|may|might|must|should)\b)")
# "70% of the participants of the survey backed": a plural whose own "of" phrase a verb follows
_SHARE_OF_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}?"
                          r"(?P<head>[a-z][a-z-]{2,}[^su\W]s)[ \t]+of[ \t]+(?:(?:the|a|an|this|that|its|their)[ \t]+)?"
                          r"(?:[a-z][\w-]*[ \t]+){0,2}?[a-z][\w-]*(?=" + _VERB_AFTER.pattern + ")")
_NOUN_BRACKET = re.compile(r"(?<![\w'’-])(?P<head>[A-Za-z][a-z-]{2,}s)[ \t]*\([ \t]*$")


@lru_cache(maxsize=1)
def _asked_bracket() -> re.Pattern[str]:
    """The group a bracketed share follows with the participle that says it was asked ("the majority
    of people surveyed (52%)"): a plural, regular or not, then one of ``bracket_participles``."""
    data = load_table("owners.json")["group_share"]
    plurals = "|".join(data["irregular_plurals"])
    participles = "|".join(data["bracket_participles"])
    return re.compile(rf"(?<![\w'’-])(?P<head>[A-Za-z][a-z-]{{2,}}(?<![su])s|{plurals})[ \t]+(?:{participles})"
                      rf"(?P<end>)[ \t]*\([ \t]*$")
# "75% road signage", "43% employees", "71% Indians": the noun right after a percentage, and one more noun.
_NOUN_AFTER = re.compile(r"[ \t]+(?P<w1>[a-z][a-z-]{2,}|[A-Z][a-z]+(?:ans|ons|ers|is))\b(?:[ \t]+(?P<w2>[a-z][a-z-]{2,})\b(?![’']))?")
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
    it is a participle or an adverb ("mobile phones sold will", "searchers usually find", "road
    markings either get washed away")."""
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return False
    w = word.group(0)
    if w in rules.share_participles or w in rules.share_adverbs or w in _AUXILIARIES or w.endswith(("ed", "ly")):
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


# "?20 lakh worth of gold kept in", "Rs 50 crore worth of demonetised currency was": the goods' head, up
# to three lower-case words after "worth of" (a participle opens none: "worth of seized cash" is cash)
_WORTH_OF = re.compile(r"[ \t]+worth[ \t]+of[ \t]+(?:(?:the|a|an|its|their|his|her)[ \t]+)?"
                       r"(?:(?!(?:out|off|away|into|from|in|at|on|of|to|and|by|with)\b)[a-z][a-z-]+[ \t]+){0,2}?"
                       r"(?P<head>[a-z][a-z-]+)(?=[ \t]*(?:[,.;:)]|$|[ \t](?:kept|stolen|seized|looted|found|recovered|"
                       r"was|were|is|are|has|have|had|could|would|will|may|might|from|in|at|on|belonging|of|to|and|"
                       r"by|with|which|that|after|during|since|for)\b))")


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
        else:
            changed = rules.measure_of_change.match(text, t.end_char, fig_start)
            if changed is not None and _noun_head(changed.group("head"), rules) and not any(
                    u.start_char <= changed.start("head") < u.end_char for u in triggers):
                # "raise the prices of feature phones by over 30%": what the changed measure is of
                found.append((rules.role_weight["measure_of_change"], changed.start("phrase"),
                              _thing(text, *changed.span("phrase"))))
    percent = _PERCENT_END.search(text, fig_start, fig_end - (text[fig_end - 1] == ")")) is not None  # "(24%)"
    # "3% of the current coins in circulation" is a share of the coins; a percentage says so in its
    # grammar ("90% of PCs", "75% road signage"), money "of" something less so.
    share_weight = rules.role_weight["share_of" if percent else "compound_head"]
    share_of = _SHARE_OF.match(text, fig_end, hi) if fig_end < hi else None
    group = rules.group_share.match(text, fig_end, hi) if percent and fig_end < hi else None
    if group is not None and group.group("lead") and not _opens_clause(text, clause_start, fig_start, rules) \
            and not _reported_share(text, clause_start, fig_start, rules):
        # "30% of over 4,200 parents said" is theirs, but "retailers, which own 80% of the nearly 4,000 pumps":
        # a roughly counted group is the share's subject only where the share opens its clause
        group = None
    holder = _share_holder(text, share_of, cands, rules) if percent and share_of is not None else None
    part = _share_part(text, fig_end, hi) if percent and fig_end < hi else None
    if part is not None:
        # "17% of all permits go to small firms", "20% of the seats are held by women": the part the verb
        # hands the share to owns it, not the whole it is of (the share says how much of it is theirs)
        found.append((rules.role_weight["share_of"], *part))
    elif holder is not None:
        # "60% of the attempts by the Zorvex worm", "40% of the subscribers to Orbit Plus": the name
        # whose the noun is (its agent, what it belongs to) owns the share, not the noun
        found.append((rules.role_weight["share_of"], holder.start, holder.subject))
    elif percent and (possessor := _SHARE_OF_POSSESSOR.match(text, fig_end, hi)) is not None \
            and _noun_head(possessor.group("head"), rules) and possessor.group("head").lower() not in rules.measure_nouns:
        # "up to 45% of businesses' critical information is stored": the plural that possesses the whole the
        # clause is about owns the share, as "75% of Tesco's shares" is Tesco's (an object's whole is not:
        # "capped at 1% of member states' incomes" is the budget's cap, "shut 47% of the banks' offices")
        found.append((share_weight, possessor.start("head"), _thing(text, *possessor.span("head"))))
    elif percent and (nested := _SHARE_OF_OF.match(text, fig_end, hi)) is not None \
            and _noun_head(nested.group("head"), rules) and nested.group("head").lower() not in rules.measure_nouns \
            and rules.agent_plural.search(nested.group("head").lower()):
        # "70% of the participants of the survey backed the plan": the plural of people is the clause's
        # subject and owns the share; its own "of" phrase only says which ones ("50% of the dialogues of
        # the film" is the film's: only people are told apart so; a name there owns it: ``_share_holder``)
        found.append((share_weight, nested.start("head"), _thing(text, *nested.span("head"))))
    elif group is not None and group.group("age"):
        # "69% of over-55s say", "17% of 18 to 24 year olds": the age group's share
        words = group.group("age")
        found.append((rules.role_weight["share_of"], group.start("age"),
                      Subject(text=words, name=_common_name(words), acronym=None, label="THING")))
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
    elif percent and (people := _SHARE_OF_PEOPLE.match(text, fig_end, hi)) is not None \
            and _VERB_AFTER.match(text, people.end("head")) and people.group("head").lower() not in rules.not_heads:
        found.append((rules.role_weight["share_of"], people.start("head"),
                      Subject(text=people.group("head"), name=people.group("head"), acronym=None, label="THING")))
    elif percent and not _WITH_SHARE.search(text, max(lo, fig_start - 40), fig_start) \
            and (people := _bare_group(text, fig_end, hi, rules)) is not None:
        # "63 per cent people have expressed concern": the group of people the share is of, with no "of"
        found.append((rules.role_weight["share_of"], people[0], _thing(text, *people)))
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
    elif percent and (change := _change_for().match(text, fig_end, hi)) is not None \
            and _noun_head(change.group("head"), rules) and change.group("head").lower() not in rules.measure_nouns:
        # "a 3% pay rise for nurses", "a muted 0-5% revenue growth for top telcos": the plural the change
        # is for owns it, as "the nurses' pay rose 3%" would say, not the name that offers or forecasts it
        found.append((share_weight, change.start("np"), _thing(text, change.start("np"), change.end("head"))))
    elif percent and (group := _beneficiary(text, max(lo, fig_start - 40), fig_start, fig_end, hi)) is not None \
            and _noun_head(head := group.group("np").split()[-1], rules) and head.lower() not in rules.measure_nouns:
        # "25 per cent reservation for Dalits and tribals", "a salary hike up to 400% for its MLAs": the group
        # of people the quota or the change is for, as for the nurses above (a people's name or an acronym's
        # plural too, and two joined by "and")
        words = group.group("np")
        found.append((share_weight, group.start("np"),
                      Subject(text=words, name=_common_name(words), acronym=None, label="THING")))
    elif percent and (change := _CHANGE_IN.match(text, fig_end, hi)) is not None and \
            _noun_head(change.group("head"), rules) and not any(
                u.start_char <= change.start("head") < u.end_char for u in triggers):
        # "a 164% rise in terror-related civilian deaths": what rose owns the change
        found.append((share_weight, change.start("np"), _thing(text, change.start("np"), change.end("head"))))
    elif percent and (asked := _asked_bracket().search(text, max(lo, fig_start - 40), fig_start)) is not None \
            and ")" in text[fig_end - 1:fig_end + 1] \
            and (_noun_head(asked.group("head"), rules) or asked.group("head").lower() in rules.share_wholes):
        # "the majority of people surveyed (52%) believed": the group asked, as "52% of those surveyed"
        words = text[asked.start("head"):asked.start("end")]
        found.append((share_weight, asked.start("head"), Subject(text=words, name=_common_name(words), acronym=None,
                                                                 label="THING")))
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
    if np is not None and np.group("head").lower() in _content_nouns() and _BE_AFTER.match(text, np.end("head")):
        np = None  # "The fact is the plans ... for saving £12bn", "Our understanding is that ...": it owns nothing
    if np is not None and _noun_head(np.group("head"), rules) and not any(
            u.start_char <= np.start("head") < u.end_char for u in triggers):
        weight = rules.role_weight["generic_subject"]
        if np.group("head").lower() not in rules.place_heads and any(
                c.kind in _PLACE_KINDS | {"NORP"} and np.start() <= c.start and c.end < np.start("head")
                and not _in_compound(text, c) for c in cands):
            weight = rules.role_weight["place_phrase"]  # "UK shoppers spent £5.3bn": the shoppers, not the UK
        found.append((weight, np.start("head"), _thing(text, *np.span("head"))))
    return found


_BE_AFTER = re.compile(r"[ \t]+(?:is|was|are|were)\b")

# Where the part's phrase ends: a clause mark, or a word that opens a relative clause, a phrase or the next clause.
_PART_END = (r"(?=[ \t]+(?:and|or|but|that|who|which|whose|in|on|at|of|for|from|with|to|by|across|while|whereas|as|"
             r"are|is|were|was|have|has|had|will|would|each|every|this|last|next)\b|[ \t]*[,.;:)!?\"”]|[ \t]*$)")


@lru_cache(maxsize=1)
def _share_part_rules() -> tuple[re.Pattern[str], frozenset[str]]:
    """The words from a share's "of" to the part its verb hands it to, and the nouns that name no part
    (``share_part`` in owners.json)."""
    data = load_table("owners.json")["share_part"]
    verbs = "|".join(r"[ \t]+".join(re.escape(w) for w in v.split()) for v in data["verbs"])
    phrase = re.compile(
        # the whole, in at most eight words with no clause mark ("of board seats on firms in the index"), a
        # "be" for the passive ("are held by"), the verb, then the part, its determiner left out
        r"[ \t]+of[ \t]+(?:[^\s.;:!?,]+[ \t]+){0,8}?(?:(?:are|is|were|was|have[ \t]+been|has[ \t]+been)[ \t]+)?"
        rf"(?:{verbs})[ \t]+(?:(?:the|a|an)[ \t]+)?"
        r"(?P<np>(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][\w-]{2,}))" + _PART_END)
    return phrase, frozenset(data["not_heads"])


def _share_part(text: str, fig_end: int, hi: int) -> tuple[int, Subject] | None:
    """The part a share of a whole is handed to by the verb of its clause ("17% of all permits go to
    small firms", "87% of the crashes take place in rural areas", "16% of board seats are held by
    women"), with where it starts: the share is the part's (how much of the whole is theirs), as a
    reader names it; None when the verb names no part (a time: "go to 2019")."""
    phrase, not_heads = _share_part_rules()
    m = phrase.match(text, fig_end, hi)
    words = m.group("np") if m is not None else ""
    if m is None or any(w.lower() in not_heads for w in words.split()):
        return None
    return m.start("np"), Subject(text=words, name=_common_name(words), acronym=None, label="THING")


@lru_cache(maxsize=1)
def _content_nouns() -> frozenset[str]:
    """Abstract nouns whose "is" introduces what is said (``content_subject`` in owners.json)."""
    return frozenset(load_table("owners.json")["content_subject"]["nouns"])


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
        return _out_of_group(text, sent.start_char, fig_start)
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


# "out of 229 toilets 70 per cent were not clean, 65 per cent had no flush": a counted group "out of" names,
# anywhere in the sentence before its shares, with a comma after it or not
_OUT_OF = re.compile(r"(?<![\w-])[Oo]ut[ \t]+of[ \t]+(?:the[ \t]+)?\d[\d,]*(?:[ \t]+(?:lakh|crore|million|thousand))?[ \t]+"
                     r"(?P<np>(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][\w-]*[^s\W]s|people|children|men|women))"
                     r"(?=[ \t]*,?[ \t]*(?:or[ \t]+)?(?:(?:only|just|about|around|nearly|almost|some|over)[ \t]+)?\d)")
# ("42 out of 58 embryos, or 72%, were free of it": the share that restates the count after "or")
_OUT_OF_NEXT = re.compile(r"[ \t]*,?[ \t]*(?:or[ \t]+)?(?:(?:only|just|about|around|nearly|almost|some|over)[ \t]+)?$")


def _out_of_group(text: str, sent_start: int, fig_start: int) -> Subject | None:
    """The counted group an "out of" phrase names right before a share, or before the clauses of
    shares the figure opens one of ("out of 229 toilets 70 per cent were not clean, 65 per cent had
    no flush facility": the toilets' each)."""
    found = None
    for m in _OUT_OF.finditer(text, sent_start, fig_start + 1):  # (the first figure is the digit it looks for)
        found = m if m.end() <= fig_start else found
    if found is None:
        return None
    if not _OUT_OF_NEXT.fullmatch(text, found.end(), fig_start) \
            and not _FRONTED_SHARE_LEAD.search(text, found.end(), fig_start):
        return None
    words = text[found.start("np"):found.end("head")]
    return Subject(text=words, name=_common_name(words), acronym=None, label="THING")


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
        if group is not None and (group.group("age") or group.group("those") or group.group("irregular")
                                  or _noun_head(group.group("head"), rules)):
            span = group.span("age") if group.group("age") else group.span("those") if group.group("those") \
                else group.span("head")
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


@lru_cache(maxsize=1)
def _change_for() -> re.Pattern[str]:
    """ "a 3% pay rise for nurses": up to two words, a change noun (change_nouns in news_verbs.json), "for"
    and a plural noun phrase that ends there."""
    return re.compile(rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{'|'.join(load_table('news_verbs.json')['change_nouns'])})"
                      r"[ \t]+for[ \t]+(?:the[ \t]+|all[ \t]+)?(?P<np>(?:[a-z][\w-]*[ \t]+){0,2}?"
                      r"(?P<head>[a-z][a-z-]{2,}[^su\W]s))" + _PHRASE_END)


# A plural of people a quota or a change is for: a plural common noun, a people's name, an acronym's plural
_GROUP = (r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+)[ \t]+){0,2}?(?:[a-z][a-z-]{2,}[^su\W]s|[A-Z]{2,}s|"
          + _PEOPLE_PLURAL.pattern + r")")


@lru_cache(maxsize=1)
def _beneficiary_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a quota or change noun right before a percentage, with what may stand between; the noun after it,
    "for" or "to" and the group), from ``beneficiary_share`` in owners.json and ``change_nouns``."""
    quota = "|".join(load_table("owners.json")["beneficiary_share"]["quota_nouns"])
    change = "|".join(load_table("news_verbs.json")["change_nouns"])
    before = re.compile(rf"(?<![\w-])(?:(?P<quota>{quota})|(?:{change})s?)[ \t]+(?:(?:of|by|at)[ \t]+)?"
                        r"(?:(?:up[ \t]+to|upto)[ \t]+)?"
                        r"(?:(?:about|around|nearly|almost|over|some|only|just|at[ \t]+least|more[ \t]+than)[ \t]+)?$")
    after = re.compile(rf"(?:[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:(?P<quota>{quota})|(?P<change>{change})))?"
                       r"[ \t]+(?P<prep>for|to)[ \t]+(?:(?:the|all|its|their)[ \t]+)?(?:[a-z]+['’]s[ \t]+)?"
                       rf"(?P<np>{_GROUP}(?:[ \t]+and[ \t]+{_GROUP})?)"
                       r"(?=[ \t]+and\b|" + _PHRASE_END[3:])
    return before, after


def _beneficiary(text: str, lo: int, fig_start: int, fig_end: int, hi: int) -> re.Match[str] | None:
    """The "for" or "to" phrase of a quota or change whose percentage the figure is, up to its group of
    people (group "np"): after the noun ("25 per cent reservation for Dalits and tribals") or after the
    figure when the noun is before it ("a salary hike up to 400% for its MLAs"). "to" goes only with a
    quota: "a 20% cut to the 1990 level" is no one's."""
    before, after = _beneficiary_rules()
    m = after.match(text, fig_end, hi)
    if m is None:
        return None
    quota = m.group("quota") is not None
    if m.group("quota") is None and m.group("change") is None:
        noun = before.search(text, lo, fig_start)
        if noun is None:
            return None
        quota = noun.group("quota") is not None
    return m if quota or m.group("prep") == "for" else None


@lru_cache(maxsize=1)
def _change_in_of() -> re.Pattern[str]:
    """ "a 14% increase in the basic pay of state employees": a change noun, what changed (a measure
    word), then whose it is: the noun its "of" names, not a possessive ("of its hybrid cars")."""
    return re.compile(rf"[ \t]+(?:{'|'.join(load_table('news_verbs.json')['change_nouns'])})[ \t]+in[ \t]+(?:the[ \t]+)?"
                      r"(?:[a-z][\w-]*[ \t]+){0,2}?(?P<measure>[a-z][a-z-]{2,})[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?"
                      r"(?P<np>(?:(?!(?:its|their|his|her|our|these|those|this|that)\b)[a-z][\w-]*[ \t]+){0,2}?"
                      r"(?P<head>[a-z][a-z-]{2,}))" + _PHRASE_END)
