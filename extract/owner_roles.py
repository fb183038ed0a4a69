"""What a name candidate is to the figure: its role, read from the words around it.

A blank pipeline has no parser, so ``_role`` reads a candidate's role from the words before and
after it (data in ``patterns/owners.json``): a source ("X said", "according to X") or a place
("in the UK") is a qualifier, not an owner; a possessor ("Tesco's profit"), the "of X" after a
measure or the head after a descriptor ("foods giant Kraft") owns the figure; a country used as an
adjective ("US foods giant Kraft") gives way to the name. The tests that change a role in the
choice (the one fined or paid, the player signed for a fee, a name after the figure tied to it as
bidder or holder, a place that opens a list of shares) and the weight a role gives (``_score``)
live here too, so a name's role is read in one module and weighed in ``owners.choose_owner``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import Candidate
from .owner_rules import OwnerRules, owner_rules
from .owner_words import _APOSTROPHE_WORD, _PLACE_KINDS, _POSSESSED_BEFORE, _VERB_AFTER
from .patterns import load_table

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext


# "By Jane Doe and John Roe New Delhi, Apr 30 (PTI)": the writers of the story, not its subject.
_BYLINE = re.compile(r"(?:^|\n)[ \t]*[Bb]y[ \t]+(?:[A-Z][\w.'’-]*[ \t]+(?:and[ \t]+)?)*$")
# Between a country and the name it qualifies: "'s", or up to three words that are no preposition.
_ADJECTIVE_GAP = re.compile(r"(?:[’']s)?[ \t]+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or|the|a|an)\b)[a-z][\w-]*[ \t]+){0,3}")
_POSSESSED_NAME = re.compile(r"[’'?]s[ \t]+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or)\b)[a-z][\w-]*[ \t]+){0,2}")
_BRACKETED = re.compile(r"[ \t]*\([ \t]*(?:Rs\.?|Re\.?|INR|USD|US\$|[?₹$£€])?[ \t]*")
_DESCRIBED_GAP = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}")
_OF_THE = re.compile(r"[ \t]+(?:of|in|from)[ \t]+(?:the[ \t]+)?")
_APOSTROPHE_SPACE = re.compile(r"[’']s?\s")
_CLAUSE_MARK = re.compile(r"[,;:]")
_OF_BEFORE = re.compile(r"(?:^|[ \t])of[ \t]+(?:the[ \t]+)?$")
_AFTER_PREPOSITION = re.compile(r"\b(?:with|to|from|by|for|of|on|at|against|into|between)[ \t]+(?:the[ \t]+)?$", re.I)
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

# "Allied Domecq shares in London": the city is where the shares trade
_SHARES_IN = re.compile(r"\b(?:shares|stocks?)[ \t]+in[ \t]+$", re.I)


def _role(ctx: _DocContext, cands: list[Candidate], i: int, fig_start: int, fig_end: int,
          sent_start: int, macro: bool, trigger_ends: list[tuple[int, int]], place_measure: bool) -> str:
    """What candidate ``i`` is to the figure: an owner role, or 'source', 'place', 'modifier'."""
    rules = owner_rules()
    text = ctx.text
    c = cands[i]
    before = text[max(sent_start, c.start - 40):c.start]
    if ctx.is_trading_place(c):
        return "place"  # "On the NSE, it fell 3%": where the shares trade, not whose they are
    if ctx.is_platform_place(c):
        return "place"  # "he used Twitter to claim that 40%": where it was said, not whose the figure is
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
            and text[c.end] == " " and not _POSSESSED_BEFORE.search(text, max(sent_start, c.start - 12), c.start) \
            and not _SHARES_IN.search(before):
        # "forecasting UK growth at 3%": the economy the measure is of; "its US sales" are in a market;
        # "Allied Domecq shares in London rose 4%": where the shares trade, not whose they are
        return "possessor"
    if c.end <= fig_start and rules.source_before.search(before) and _reported_subject(text, c, rules):
        return "reported_subject"  # "A Kestrel spokesman said Orvex had spent £10m": Orvex spent it
    if ctx.cached(("source", c.start), lambda: bool(
            rules.source_before.search(before) and not _reported_subject(text, c, rules)
            or rules.source_after.match(text, c.end, c.end + 40)
            and not (c.kind in _PLACE_KINDS and rules.passive_forecast.match(text, c.end, c.end + 40))
            or _BYLINE.search(text, max(sent_start, c.start - 40), c.start)
            or _source_aside(text, cands, i, sent_start))):
        # "X said its profits rose": the source still owns through its pronoun (resolved later).
        return "source"
    if c.end <= fig_start and _ends_in_title(text[c.start:c.end], rules) \
            and any(o.start == _TITLE_GAP.match(text, c.end).end() and o.kind in ("PERSON", "NAME") and o.end <= fig_start
                    for o in cands):
        # "Bharti Airtel Managing Director and CEO (India and South Asia) Gopal Vittal earned": the office
        return "modifier"
    if i > 0 and _ends_in_title(text[cands[i - 1].start:cands[i - 1].end], rules) \
            and (bracket := _TITLE_GAP.match(text, cands[i - 1].end)).group(0).strip().startswith("(") \
            and cands[i - 1].end < c.start and c.end < bracket.end():
        return "modifier"  # ("CEO (India and South Asia) Gopal Vittal": the bracket says where the office is)
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
        if c.kind == "PARTY" and _party_plan(text, c.end, fig_start):
            return "possessor"  # "underlined Tory promises to cut tax by £4bn": the Tories' promises
    return "mention"


def _reported_subject(text: str, c: Candidate, rules: OwnerRules) -> bool:
    """Whether a name after "said" opens the reported clause as its subject ("A Kestrel spokesman said
    Labour and the Conservatives had spent £10m"): a verb follows it, so it is no inverted source
    ("..., said Kestrel"), the speaker before "said" is. Not an anaphor ("said the State registered"):
    what it stands for is resolved with the pronouns; nor a place ("He said the UK was trying to limit EU
    budgets to 1%"), which stays a qualifier whose clause goes on to other owners."""
    return _VERB_AFTER.match(text, c.end) is not None and "the " + c.subject.name.lower() not in rules.anaphors \
        and c.kind not in _PLACE_KINDS


@lru_cache(maxsize=1)
def _party_plans() -> tuple[re.Pattern[str], int]:
    data = load_table("owners.json")["party_plans"]
    return re.compile(rf"[ \t]+(?:{'|'.join(data['nouns'])})\b"), data["max_words"]


def _party_plan(text: str, end: int, fig_start: int) -> bool:
    """Whether a party name ending at ``end`` stands before a plan noun that holds the figure ("Tory
    promises to cut tax by £4bn", "Lib Dem plans for a 50% tax rate", "his party's plan to impose a 50%
    rate"): the party's plan, so the party possesses it (party_plans in owners.json)."""
    nouns, max_words = _party_plans()
    gap = text[end:fig_start]
    if gap[:1] in "'’" and gap[1:2] == "s":
        gap = gap[2:]
    return nouns.match(gap) is not None and len(gap.split()) <= max_words and not _CLAUSE_MARK.search(gap)


def _possessive_before(text: str, c: Candidate, fig_start: int) -> bool:
    """Whether ``c`` possesses the noun phrase the figure stands in ("Tesco's annual profit of £2bn";
    also a name whose apostrophe a scrape lost: "raise Indias medium-term GDP growth to 8%"). A name
    whose "'s" no noun follows possesses nothing: it is the name of a shop or a firm ("bought the
    Savoy, Claridge's and the Connaught for £750m", "owner of Macy's and Bloomingdale's - will")."""
    gap = text[c.end:fig_start]
    period, max_words = _possessor_gap()
    return bool(_APOSTROPHE_WORD.match(gap) or _APOSTROPHE_SPACE.match(text, c.end) or c.possessive) \
        and len(period.sub(" ", gap).split()) <= max_words and not _CLAUSE_MARK.search(gap, 2) \
        and not _NOTHING_POSSESSED.match(gap)


@lru_cache(maxsize=1)
def _possessor_gap() -> tuple[re.Pattern[str], int]:
    """A phrase of time in a possessed noun phrase ("India's GDP growth forecast for FY 2016-17 to 7%"), whose
    words do not count toward how far a possessive reaches (possessor_gap in owners.json)."""
    data = load_table("owners.json")["possessor_gap"]
    return re.compile(data["period_phrase"]), data["max_words"]


# "Claridge's and the Connaught", "Bloomingdale's - will": an apostrophe-s before a determiner, a preposition
# or a dash, which no possessed noun can follow
_NOTHING_POSSESSED = re.compile(r"[’']s[ \t]+(?:[-–—][ \t]|(?:and|or)[ \t]+(?:the|a|an)\b|(?:the|a|an|for|from|with|into|at)\b)")


# "Rs 5 lakh per appearance in the Supreme Court and Rs 8 lakh", "13% in New York, 16% in Chicago": a figure,
# a phrase of it that ends in a place or a body, then the list's "and" or comma and the next figure
_LIST_NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                        r"(?:(?:to|about|around|nearly|over|just|only|a|an)[ \t]+)?(?:Rs\.?|Re\.?|INR|USD|US)?[ \t]*[?₹$£€]?[ \t]*\d")


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


def _source_phrases(ctx: _DocContext, sent: Span) -> list[tuple[int, int]]:
    """The spans of a sentence's "according to ..." phrases: every name in one is a source."""
    return ctx.cached(("source_phrases", sent.start_char), lambda: [
        m.span() for m in owner_rules().source_phrase.finditer(ctx.text, sent.start_char, sent.end_char)])


@lru_cache(maxsize=1)
def _source_aside_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an aside after a name, the rest of an aside after a name inside it, an aside's opening up to a
    name inside it, the verb of saying after the aside): ``source_aside`` in owners.json."""
    data = load_table("owners.json")["source_aside"]
    return re.compile(data["aside"]), re.compile(data["inside"]), re.compile(data["opened"]), re.compile(data["verb"])


def _source_aside(text: str, cands: list[Candidate], i: int, sent_start: int) -> bool:
    """Whether a name is a source through an aside before the verb of saying: the name the aside
    describes ("Tom Hale, Kestrel Air's chief executive, said fuel costs rose": Tom Hale is the source,
    as in "Tom Hale said", not the clause's subject) or a name inside that aside ("Kestrel Air"), which
    only says who the source is. Without this the aside hides the verb, and the source outranks the
    reported clause's own owner ("said most drivers will not want to pay Rs 40")."""
    aside, inside, opened, verb = _source_aside_rules()
    c = cands[i]
    if (m := aside.match(text, c.end)) is not None and verb.match(text, m.end()):
        return True
    if i == 0 or (rest := inside.match(text, c.end)) is None or not verb.match(text, rest.end()):
        return False
    # inside: the aside opens right after the name it describes, with no comma up to this name
    head = cands[i - 1]
    return head.end >= sent_start and opened.fullmatch(text, head.end, c.start) is not None


def _in_compound(text: str, c: Candidate) -> bool:
    return text[c.start - 1:c.start] == "-" or text[c.end:c.end + 1] == "-"


# between a title and the person it introduces: a space, a comma, or a bracket that qualifies the title
# ("Bharti Airtel Managing Director and CEO (India and South Asia) Gopal Vittal", "Scottish Finance Minister, Tom McCabe")
_TITLE_GAP = re.compile(r"[ \t]*(?:,[ \t]*|\([^()\n]{0,40}\)[ \t]*)?")


def _ends_in_title(name: str, rules: OwnerRules) -> bool:
    """Whether a name chunk ends in a title ("Scottish Finance Minister", "Bharti Airtel Managing Director and
    CEO"): the chunk names an office, so the person after it is who holds it, and owns what it does."""
    words = name.lower().split()
    return bool(words) and (words[-1] in rules.title_words or " ".join(words[-2:]) in rules.title_words)


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
                                 or rules.bid_before.search(text, max(sent_start, fig_start - 60), fig_start) is not None
                                 or _recovered_from(text, sent_start, fig_start, link, rules))


def _recovered_from(text: str, sent_start: int, fig_start: int, link: re.Match[str], rules: OwnerRules) -> bool:
    """Whether the name after the figure is whom it is recovered from ("ordered recovery of Rs 97
    crore from the Kestrel Party"): the debtor owns what is recovered, as a bidder owns its bid; only
    after "from", since "recovery of Rs 5 crore by the tax office" names who recovers."""
    return link.group("bidder") == "from" \
        and rules.recovery_before.search(text, max(sent_start, fig_start - 40), fig_start) is not None


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


def _is_object(rules: OwnerRules, text: str, measure: str, c: Candidate, sent_start: int, fig_start: int) -> bool:
    verbs = rules.object_verbs.get(measure)
    if not verbs or len(text[c.end:fig_start].split()) > 2:
        return False
    return bool(verbs.search(text, max(sent_start, c.start - 20), c.start))
