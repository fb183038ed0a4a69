"""What a figure measures, and whether a hedge scopes it.

The words come from the predicate ``span_ruler`` (``patterns/triggers.jsonl``,
the pattern id is the measure, so synonyms are one measure: "budget",
"budgetary outlay" and "total outlay" are all ``outlay``); how to choose among
them from ``patterns/measures.json``. A percentage prefers the specific
measures it can have (vote share, turnout, stake, rates) over the generic
growth / share; money never takes a percentage's measure. ``mentions`` stays
only where no measure word is in the figure's clause. A note's or coin's face
value ("Rs 500 notes") is ``FACE_VALUE``, set where the figure is found
(``amounts``), never chosen here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from .patterns import load_table, word_alternation
from .records import Subject

# "Rs 7,000 crore of the mission's budget": a whole after "of the / its / X's", not the figure's
# measure; "$4.1m of aid" (a bare noun) is what the figure is.
_PART_OF = re.compile(r"\s+(?:of|out\s+of|from)\s+(?:the\s+|its\s+|their\s+|[\w-]+(?:'s|’s)\s+)(?:[\w-]+(?:'s|’s)\s+)?"
                      r"(?:total\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A measure word found by the predicate ruler, with the attributes of its Span that the rules
    read, read once: every figure of a sentence asks for them, and each ``Span.start_char`` or
    ``end_char`` builds a Token."""

    start_char: int
    end_char: int
    id_: str
    text: str


@dataclass(frozen=True)
class MeasureRules:
    percent: tuple[str, ...]
    generic_percent: frozenset[str]
    specific_bonus: int
    percent_only: frozenset[str]
    weak: frozenset[str]
    clause_penalty: int
    far_words: int
    of_gdp: re.Pattern[str]
    of_gdp_not: frozenset[str]
    by_growth: re.Pattern[str]
    level_not_by_growth: re.Pattern[str]
    share_shape: re.Pattern[str]
    attributive_predicate: str
    attributive_gap: int
    hedge_clause: re.Pattern[str]
    hedge_before: re.Pattern[str]
    hedge_opener: re.Pattern[str]
    hedge_words: int
    after_penalty: int
    level_after_change: re.Pattern[str]
    percent_default: re.Pattern[str]
    bracketed: re.Pattern[str]
    by_owner: dict[str, dict[str, str]]
    by_owner_percent: dict[str, dict[str, str]]
    tax_owner: re.Pattern[str]
    tax_owner_from: frozenset[str]
    tax_owner_measure: str
    of_people: re.Pattern[str]
    of_people_keep: frozenset[str]
    of_people_verbs: frozenset[str]
    thing_heads: dict[str, str]
    percent_from_money: dict[str, str]
    percent_of_money: dict[str, str]
    level_after_change_pct: re.Pattern[str]
    shares_word: re.Pattern[str]
    share_verb_level: re.Pattern[str]
    share_price: str
    own_noun_gap: int
    market_share_after: re.Pattern[str]
    market_share_of: re.Pattern[str]
    market_share_own: re.Pattern[str]
    market_before: re.Pattern[str]
    market_customers_of: re.Pattern[str]
    market_customers_verb: re.Pattern[str]
    compound_heads: frozenset[str]
    unit_price_after: re.Pattern[str]
    change_after: re.Pattern[str]
    change_before: re.Pattern[str]
    commodity: re.Pattern[str]
    own_noun_except: frozenset[str]
    in_yields_to: frozenset[str]
    exchange_after: re.Pattern[str]
    exchange_before: re.Pattern[str]
    exchange_subject: re.Pattern[str]
    exchange_moved: re.Pattern[str]
    exchange_rate: str
    exchange_subject_before: re.Pattern[str]
    exchange_subject_chars: int
    price_cut: re.Pattern[str]
    up_down: frozenset[str]
    stake_before: re.Pattern[str]
    of_only: frozenset[str]
    cues: tuple[Cue, ...]
    by_period: dict[str, str]
    by_period_cue: re.Pattern[str]
    film_took: re.Pattern[str]
    film_earned_from: frozenset[str]
    film_club_after: re.Pattern[str]
    film_club_from: frozenset[str]
    market_cap_after: re.Pattern[str]
    threshold_before: re.Pattern[str]
    stake_after: re.Pattern[str]
    stake_of: str
    stake_of_shares: re.Pattern[str]
    stake_holder_after: re.Pattern[str]
    up_down_before: re.Pattern[str]
    price_cut_measure: str
    stake_words: frozenset[str]
    stake_sale_from: frozenset[str]
    stake_sale: str
    verb_before: dict[str, re.Pattern[str]]
    not_a_measure: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]
    unit_cost_before: re.Pattern[str]
    unit_cost_not_after: re.Pattern[str]
    unit_cost: str
    unit_cost_of_doing: re.Pattern[str]
    unit_purchase_from: frozenset[str]
    unit_purchase_before: re.Pattern[str]
    unit_purchase: str
    unit_purchase_indian_scale: re.Pattern[str]
    unit_purchase_company: re.Pattern[str]
    joined_by_of: frozenset[str]
    share_of_whole: re.Pattern[str]
    owner_percent_context: re.Pattern[str]
    by_owner_not_in_sentence: dict[str, re.Pattern[str]]
    budget_as_cost_from: frozenset[str]
    budget_as_cost_cue: re.Pattern[str]
    budget_as_cost: str
    threshold_after: re.Pattern[str]
    threshold_after_from: frozenset[str]
    threshold: str
    raised_before: re.Pattern[str]
    raised_from: frozenset[str]
    raised: str
    film_takings_sentence: re.Pattern[str]
    film_takings_before: re.Pattern[str]
    film_takings_not_before: re.Pattern[str]
    film_takings_from: frozenset[str]
    film_takings: str
    pay_payout_words: frozenset[str]
    pay_payout_from: frozenset[str]
    pay_payout_context: re.Pattern[str]
    pay_payout_not: re.Pattern[str]
    pay_payout_before: int
    pay_payout: str
    trade_gap_words: frozenset[str]
    trade_gap_from: frozenset[str]
    trade_gap_not_before: re.Pattern[str]
    trade_gap_context: re.Pattern[str]
    trade_gap_before: int
    trade_gap: str
    apposed_share: re.Pattern[str]
    referred_back: re.Pattern[str]
    referred_back_sentences: int
    compared_back: re.Pattern[str]
    compared_back_chars: int
    ranked_group: re.Pattern[str]
    ranked_group_measure: str
    percent_money_nouns: frozenset[str]
    percent_money_over: frozenset[str]
    exam_before: re.Pattern[str]
    exam_after: re.Pattern[str]
    exam_sentence: re.Pattern[str]
    exam_cutoff_before: re.Pattern[str]
    exam_score: str
    exam_cutoff: str
    goods_worth_before: re.Pattern[str]
    goods_worth_not_subject: re.Pattern[str]
    goods_worth_from: frozenset[str]
    goods_worth: str
    recast: tuple["Recast", ...]
    rate_head: re.Pattern[str]
    percent_fallback_growth: re.Pattern[str]
    percent_fallback_before: int
    percent_fallback_not: frozenset[float]
    percent_fallback_not_after: re.Pattern[str]
    percent_fallback: str
    percent_fallback_to_growth: str
    stake_interest_after: re.Pattern[str]
    stake_holder_before: re.Pattern[str]
    changed_by: re.Pattern[str]
    changed_by_keep: frozenset[str]
    percent_money_relieved: re.Pattern[str]

    @cached_property
    def recast_from(self) -> dict[tuple[str, str], tuple[Recast, ...]]:
        """The ``recast`` rules of each (kind, measure) they recast, in the table's order: grouped
        once, as each figure asks only those of its own (it passed over all 116 rules)."""
        found: dict[tuple[str, str], list[Recast]] = {}
        for r in self.recast:
            for measure in r.from_:
                found.setdefault((r.kind, measure), []).append(r)
        return {key: tuple(rules) for key, rules in found.items()}


class Recast(NamedTuple):
    """A measure the words right around a figure recast (``recast`` in ``measures.json``): for a
    figure of ``kind`` whose measure is one of ``from``, ``before`` found in the sentence's
    ``before_chars`` before it or ``after`` matched right after it, ``not_in_sentence`` nowhere
    in the sentence and ``in_sentence`` (a rule's setting: an arrest, a haul) somewhere in it; with
    ``both``, ``before`` and ``after`` must both match."""
    kind: str
    from_: frozenset[str]
    before: re.Pattern[str] | None
    before_chars: int
    after: re.Pattern[str] | None
    not_in_sentence: re.Pattern[str] | None
    measure: str
    in_sentence: re.Pattern[str] | None = None
    unscaled: bool = False  # only a sum with no scale word ("fell $2.86 to $41.32 a barrel")
    both: bool = False  # "before" and "after" must both match ("earned Rs 95 lakh from motorists")
    # also for money written before the thing it is of ("at the $125,000 ATP Astana Challenger"),
    # whose measure the owner rules give with the thing (``thing_measure``)
    things: bool = False


class Cue(NamedTuple):
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    measure: str
    over: frozenset[str] = frozenset()  # strong measures the cue also beats
    # only for a sum with no scale word: what a thing or a service costs ("paying £350 for the print")
    # comes unscaled, while "paid 260bn roubles for Yugansk" is a deal and "pay £27m for a striker" a fee
    unscaled: bool = False


# How far before a figure a cue's words are looked for.
CUE_BEFORE = 100
# The measure of a banknote's or coin's face value (``AmountMatch.face_value``): named by the
# figure's shape, not by a trigger word, so it is in the vocabulary with no words.
FACE_VALUE = "denomination"


@lru_cache(maxsize=1)
def measure_rules() -> MeasureRules:
    data: dict[str, Any] = load_table("measures.json")
    hedges = data["hedges"]
    return MeasureRules(
        percent=tuple(data["percent"]),
        generic_percent=frozenset(data["generic_percent"]),
        specific_bonus=data["specific_bonus"],
        percent_only=frozenset(data["percent_only"]),
        weak=frozenset(data["weak"]),
        clause_penalty=data["clause_penalty"],
        far_words=data["far_words"],
        of_gdp=re.compile(data["of_gdp"]["after"]),
        of_gdp_not=frozenset(data["of_gdp"]["not"]),
        by_growth=re.compile(data["by_growth"], re.I),
        level_not_by_growth=re.compile(data["level_not_by_growth"]["before"], re.I),
        share_shape=re.compile(data["share_shape"], re.I),
        attributive_predicate=data["attributive_predicate"],
        attributive_gap=data["attributive_gap"],
        hedge_clause=re.compile(rf"\b(?:{word_alternation(hedges['clause'])})\b", re.I),
        hedge_opener=re.compile(rf"[\s\"“‘'*•-]*(?P<hedge>{word_alternation(hedges['clause'])}),", re.I),
        # not inside a hyphenated comparative: "a larger-than-forecast 8.8%" is no hedge
        hedge_before=re.compile(rf"(?<![\w-])(?P<hedge>{word_alternation(hedges['before'])})(?![\w-])", re.I),
        hedge_words=hedges["before_words"],
        after_penalty=data["after_penalty"],
        level_after_change=re.compile(data["level_after_change"], re.I),
        percent_default=re.compile(data["percent_default"]["regex"]),
        bracketed=re.compile(data["percent_default"]["bracketed"]),
        by_owner={k: v for k, v in data["by_owner"].items() if not k.startswith("_") and k != "not_in_sentence"},
        by_owner_not_in_sentence={k: re.compile(v, re.I) for k, v in data["by_owner"]["not_in_sentence"].items()
                                  if not k.startswith("_")},
        by_owner_percent={k: v for k, v in data["by_owner_percent"].items() if isinstance(v, dict)},
        tax_owner=re.compile(data["tax_owner_rate"]["owner"]),
        tax_owner_from=frozenset(data["tax_owner_rate"]["from"]),
        tax_owner_measure=data["tax_owner_rate"]["measure"],
        of_people=re.compile(data["share_of_people"]["after"]),
        of_people_keep=frozenset(data["share_of_people"]["keep"]),
        of_people_verbs=frozenset(data["share_of_people"]["keep_after"]),
        thing_heads={noun: label for label, nouns in data["thing_heads"].items() if not label.startswith("_")
                     for noun in nouns},
        percent_from_money={k: v for k, v in data["percent_from_money"].items()
                            if not k.startswith("_") and isinstance(v, str)},
        percent_of_money=dict(data["percent_from_money"]["of_whole"]),
        level_after_change_pct=re.compile(data["share_price_level"]["after_change"], re.I),
        shares_word=re.compile(data["share_price_level"]["shares"], re.I),
        share_verb_level=re.compile(data["share_price_level"]["verb_level"], re.I),
        share_price=data["share_price_level"]["measure"],
        own_noun_gap=data["own_noun"]["max_gap_chars"],
        market_share_after=re.compile(data["market_share_after"]["regex"], re.I),
        market_share_of=re.compile(data["market_share_after"]["of_market"], re.I),
        market_share_own=re.compile(data["market_share_after"]["own_share"], re.I),
        market_before=re.compile(data["market_share_after"]["market_before"], re.I),
        market_customers_of=re.compile(data["market_share_after"]["of_customers"], re.I),
        market_customers_verb=re.compile(data["market_share_after"]["customers_verb_before"], re.I),
        compound_heads=frozenset(data["compound_heads"]["heads"]),
        unit_price_after=re.compile(data["unit_price"]["after"], re.I),
        change_after=re.compile(data["change_after"]["regex"], re.I),
        change_before=re.compile(data["change_before"]["regex"], re.I),
        commodity=re.compile(data["unit_price"]["commodities"], re.I),
        own_noun_except=frozenset(data["own_noun"]["except"]),
        in_yields_to=frozenset(data["own_noun"]["in_yields_to"]),
        exchange_after=re.compile(data["exchange_rate"]["after"], re.I),
        exchange_before=re.compile(data["exchange_rate"]["before"], re.I),
        exchange_subject=re.compile(data["exchange_rate"]["subject"], re.I),
        exchange_moved=re.compile(data["exchange_rate"]["moved"], re.I),
        exchange_rate=data["exchange_rate"]["measure"],
        exchange_subject_before=re.compile(data["exchange_rate"]["subject_before"], re.I),
        exchange_subject_chars=data["exchange_rate"]["subject_before_chars"],
        price_cut=re.compile(data["price_cut"]["regex"], re.I),
        up_down=frozenset(data["up_down"]["words"]),
        stake_before=re.compile(data["stake_of"]["before"], re.I),
        of_only=frozenset(data["of_only"]["measures"]),
        cues=tuple(Cue(re.compile(c["before"], re.I) if "before" in c else None,
                       re.compile(c["after"], re.I) if "after" in c else None, c["measure"],
                       frozenset(c.get("over", ())), bool(c.get("unscaled", False)))
                   for c in data["cues"]["rules"]),
        by_period=dict(data["by_period"]["money"]),
        by_period_cue=re.compile(data["by_period"]["cue"], re.I),
        film_took=re.compile(data["by_period"]["took_before"], re.I),
        film_earned_from=frozenset(data["by_period"]["earned_from"]),
        film_club_after=re.compile(data["by_period"]["club_after"], re.I),
        film_club_from=frozenset(data["by_period"]["club_from"]),
        market_cap_after=re.compile(data["market_cap_after"]["regex"], re.I),
        threshold_before=re.compile(data["threshold_before"]["regex"], re.I),
        stake_after=re.compile(data["stake_of"]["after"]),
        stake_of=data["stake_of"]["measure"],
        stake_of_shares=re.compile(data["stake_of"]["of_shares"], re.I),
        stake_holder_after=re.compile(data["stake_of"]["holder_after"], re.I),
        up_down_before=re.compile(data["up_down"]["before"], re.I),
        price_cut_measure=data["price_cut"]["measure"],
        stake_words=frozenset(data["stake_sale"]["words"]),
        stake_sale_from=frozenset(data["stake_sale"]["from"]),
        stake_sale=data["stake_sale"]["measure"],
        verb_before={k: re.compile(v, re.I) for k, v in data["verb_before"].items() if not k.startswith("_")},
        not_a_measure={w["word"]: (re.compile(w["before"], re.I) if "before" in w else None,
                                   re.compile(w["after"], re.I) if "after" in w else None)
                       for w in data["not_a_measure"]["words"]},
        unit_cost_before=re.compile(data["unit_cost"]["before"], re.I),
        unit_cost_not_after=re.compile(data["unit_cost"]["not_after"], re.I),
        unit_cost=data["unit_cost"]["measure"],
        unit_cost_of_doing=re.compile(data["unit_cost"]["not_of_doing"], re.I),
        unit_purchase_from=frozenset(data["unit_purchase"]["from"]),
        unit_purchase_before=re.compile(data["unit_purchase"]["before"], re.I),
        unit_purchase=data["unit_purchase"]["measure"],
        unit_purchase_indian_scale=re.compile(data["unit_purchase"]["indian_scale"]),
        unit_purchase_company=re.compile(data["unit_purchase"]["company_object"]),
        joined_by_of=frozenset(data["joined_by_of"]["measures"]),
        share_of_whole=re.compile(data["by_owner_percent"]["share_of"], re.I),
        owner_percent_context=re.compile(data["by_owner_percent"]["context"], re.I),
        budget_as_cost_from=frozenset(data["budget_as_cost"]["from"]),
        budget_as_cost_cue=re.compile(data["budget_as_cost"]["sentence"], re.I),
        budget_as_cost=data["budget_as_cost"]["measure"],
        threshold_after=re.compile(data["threshold_after"]["regex"], re.I),
        threshold_after_from=frozenset(data["threshold_after"]["from"]),
        threshold=data["threshold_after"]["measure"],
        raised_before=re.compile(data["raised_directly"]["before"], re.I),
        raised_from=frozenset(data["raised_directly"]["from"]),
        raised=data["raised_directly"]["measure"],
        film_takings_sentence=re.compile(data["film_takings"]["sentence"], re.I),
        film_takings_before=re.compile(data["film_takings"]["before"], re.I),
        film_takings_not_before=re.compile(data["film_takings"]["not_before"], re.I),
        film_takings_from=frozenset(data["film_takings"]["from"]),
        film_takings=data["film_takings"]["measure"],
        pay_payout_words=frozenset(data["payout_as_pay"]["words"]),
        pay_payout_from=frozenset(data["payout_as_pay"]["from"]),
        pay_payout_context=re.compile(data["payout_as_pay"]["context"], re.I),
        pay_payout_not=re.compile(data["payout_as_pay"]["not_in_sentence"], re.I),
        pay_payout_before=data["payout_as_pay"]["context_before_chars"],
        pay_payout=data["payout_as_pay"]["measure"],
        trade_gap_words=frozenset(data["trade_gap"]["words"]),
        trade_gap_from=frozenset(data["trade_gap"]["from"]),
        trade_gap_not_before=re.compile(data["trade_gap"]["not_before"], re.I),
        trade_gap_context=re.compile(data["trade_gap"]["context"], re.I),
        trade_gap_before=data["trade_gap"]["context_before_chars"],
        trade_gap=data["trade_gap"]["measure"],
        apposed_share=re.compile(data["apposed_share"]["before"], re.I),
        referred_back=re.compile(data["figure_referred_back"]["before"], re.I),
        referred_back_sentences=data["figure_referred_back"]["sentences_back"],
        compared_back=re.compile(data["compared_back"]["before"], re.I),
        compared_back_chars=data["compared_back"]["before_chars"],
        ranked_group=re.compile(data["ranked_group"]["before"], re.I),
        ranked_group_measure=data["ranked_group"]["measure"],
        percent_money_nouns=frozenset(data["percent_money_noun"]["measures"]),
        percent_money_over=frozenset(data["percent_money_noun"]["over"]),
        exam_before=re.compile(data["exam_score"]["before"], re.I),
        exam_after=re.compile(data["exam_score"]["after"], re.I),
        exam_sentence=re.compile(data["exam_score"]["sentence"], re.I),
        exam_cutoff_before=re.compile(data["exam_score"]["cutoff_before"], re.I),
        exam_score=data["exam_score"]["measure"],
        exam_cutoff=data["exam_score"]["cutoff"],
        goods_worth_before=re.compile(data["goods_worth"]["before"].replace(
            "{heads}", word_alternation(data["goods_worth"]["heads"])), re.I),
        goods_worth_not_subject=re.compile(data["goods_worth"]["not_subject"], re.I),
        goods_worth_from=frozenset(data["goods_worth"]["from"]),
        goods_worth=data["goods_worth"]["measure"],
        recast=tuple(Recast(r["kind"], frozenset(r["from"]),
                            re.compile(_goods(r["before"], data), re.I) if "before" in r else None,
                            r.get("before_chars", 80),
                            re.compile(_goods(r["after"], data), re.I) if "after" in r else None,
                            re.compile(r["not_in_sentence"], re.I) if "not_in_sentence" in r else None,
                            r["measure"], re.compile(r["in_sentence"], re.I) if "in_sentence" in r else None,
                            bool(r.get("unscaled", False)), bool(r.get("both", False)),
                            bool(r.get("things", False)))
                     for r in data["recast"]["rules"]),
        rate_head=re.compile(data["rate_head"]["before"], re.I),
        percent_fallback_growth=re.compile(data["percent_fallback"]["growth_sentence"], re.I),
        percent_fallback_before=data["percent_fallback"]["growth_before_chars"],
        percent_fallback_not=frozenset(float(x) for x in data["percent_fallback"]["whole_or_none"]),
        percent_fallback_not_after=re.compile(data["percent_fallback"]["not_after"], re.I),
        percent_fallback=data["percent_fallback"]["measure"],
        percent_fallback_to_growth=data["percent_fallback"]["growth"],
        stake_interest_after=re.compile(data["stake_of"]["interest_after"], re.I),
        stake_holder_before=re.compile(data["stake_of"]["holder_before"], re.I),
        changed_by=re.compile(data["changed_by"]["between"], re.I),
        changed_by_keep=frozenset(data["changed_by"]["keep"]),
        percent_money_relieved=re.compile(data["percent_from_money"]["relieved"], re.I),
    )


def _goods(pattern: str, data: dict) -> str:
    """A recast pattern with ``{goods}`` standing for the goods nouns of ``goods_worth`` (a car, a
    phone, a flat ...), so rules about what a good is worth or costs share one list, and
    ``{cost_heads}`` / ``{phrase_enders}`` for the nouns of things built, held or produced and
    the words that end a noun phrase of the owner rules' ``attributive_thing`` (owners.json), so
    the measure read without a determiner ("inaugurated Rs 350 crore cheese plant") and the owner
    read with one ("the $100m movie") take the same things for costs."""
    if "{cost_heads}" in pattern or "{phrase_enders}" in pattern:
        thing = load_table("owners.json")["attributive_thing"]
        pattern = pattern.replace("{cost_heads}", word_alternation(thing["cost_heads"])).replace(
            "{phrase_enders}", word_alternation(thing["phrase_enders"]))
    return pattern.replace("{goods}", word_alternation(data["goods_worth"]["heads"]))


def _gap_words(text: str, t: Trigger, start: int, end: int, penalty: int, after_penalty: int = 0) -> int:
    gap = text[t.end_char:start] if t.end_char <= start else text[end:t.start_char]
    # A word in another clause ("Within the outlay, Rs 7,000 crore is set apart") is a weaker claim;
    # so is one after the figure ("profits rose to £801m ... and investment").
    return len(gap.split()) + (penalty if any(c in gap for c in ",;:") else 0) + (
        after_penalty if t.start_char >= end else 0)


# One word between a figure and its noun that only modifies the noun ("Rs 400 crore property tax").
# Or "in" or "as" before it: "contributed 1.7bn euros in net income", "$2bn in sales", "paid Rs 2
# crore as premium".
_MODIFIER = re.compile(r"[ \t]+(?:(?:in|as)[ \t]+(?!(?:the|a|an|its|their|his|her|this|that)\b)"
                       r"(?:[a-z][a-z-]+[ \t]+)?|(?!(?:in|on|at|of|for|from|to|by|with|as|and|or|but|than|this|that|"
                       r"the|a|an|last|next|per|each|every|a|was|is|were|are|has|had|have|will|would|could)\b)"
                       r"[a-z][a-z-]+[ \t]+)")
# "£20bn worth of savings": what the figure is worth of is its noun, a word between that modifies it
# (not a participle: "worth of imported duty free gold" is no duty).
_WORTH_OF = re.compile(r"\s*(?:\([^)]*\)\s*)?worth[ \t]+of[ \t]+(?:(?![a-z]+ed\b)[a-z][a-z-]+[ \t]+)?")
# "2.4bn euros as sales rose 8%": "as" opening a clause, not naming what the figure is.
_AS_CONJUNCTION = re.compile(r"[ \t]+as\b")
_VERB_NEXT = re.compile(r"[ \t]+(?:rose|fell|grew|jumped|dropped|declined|climbed|slipped|surged|were|was|are|is|have|has|had|"
                        r"increased|decreased|doubled|soared|slumped|[a-z]+ed)\b")
_AT_A_RATE = re.compile(r"\bat[ \t]+(?:an?[ \t]+)?(?:[a-z-]+[ \t]+)?rate[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+)?$", re.I)
_IN_AFTER = re.compile(r"[ \t]+in[ \t]")
_RELATIVE_AFTER = re.compile(r"\b(?:(?:for|in|of|on|by|with|from|under)\s+)?(?:which|whom)\b|\b(?:but|whereas)\b"
                             # a semicolon closes the clause: "settled on Rs 8 crore; on the damage to the river, ..."
                             r"|;"
                             # another sum added to the figure: "take $20m, plus a slice of the ticket revenue", "will
                             # cost $80 with additional fees for boots" (the revenue, the fees are not the figure's)
                             r"|\b(?:in\s+addition\s+to|(?<!-)plus|besides|apart\s+from|along\s+with|over\s+and\s+above"
                             r"|with\s+(?:an?\s+)?(?:additional|extra|further))\b"
                             # a cause: "profits rose 5%, driven by higher sales" (the sales are not the figure's)
                             r"|\b(?:helped|driven|boosted|hit|fuelled|fueled|led|dragged|weighed)\s+(?:down\s+)?by\b"
                             r"|\b(?:thanks\s+to|due\s+to(?!\s+be\b)|because\s+of|on\s+the\s+back\s+of)\b"
                             # "a 475m euro hit in costs stemming from a defects scandal": the scandal is the cause
                             r"|\b(?:stemming|arising|resulting)\s+from\b"
                             # "69% of those questioned said they used it because it was cheaper"
                             r"|\b(?:because|as\s+a\s+result)\b(?!\s+of\b)"
                             # a clause with a subject of its own: "receives Rs 400 a month and the dues have not
                             # been cleared", "withdrew Rs 49,999 after she gave the details" (the dues, the giving
                             # are not the figure's)
                             r"|\band\s+(?:the|his|her|their|its|he|she|they|it|we)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do)\b"
                             r"|\b(?:after|before|when|while|if|unless|until|once|though|although)\s+"
                             r"(?:he|she|they|we|i|you)\b", re.I)


def choose_measure(text: str, kind: str, triggers: list[Trigger], lo: int, hi: int, start: int, end: int,
                   attributive: bool = False) -> str:
    """The measure of the figure at ``start``-``end`` whose clause is ``lo``-``hi``; a percentage
    whose own noun is a money measure's takes it over a generic one (``_percent_money_noun``)."""
    rules = measure_rules()
    relative = _RELATIVE_AFTER.search(text, end, hi)
    if relative is not None:
        # "a Lamborghini worth Rs 5 crore, for which he took a loan", "cost $10m to make but brought
        # in $110m", "rose 5%, driven by sales": another clause
        hi = relative.start()
    near = [t for t in triggers if t.start_char >= lo and t.end_char <= hi
            and not (t.start_char < end and t.end_char > start) and not _no_measure_here(text, t, rules)]
    measure = _clause_measure(text, kind, near, lo, hi, start, end, attributive, rules)
    if kind == "percent" and _share_of_people(text, near, end, hi, measure, rules):
        return "share"
    if kind == "percent" and measure in rules.percent_money_over:
        # "a rebate of 12 per cent", "an 18 per cent cap", "60 per cent losses"
        return _percent_money_noun(text, near, start, end, rules) or measure
    return measure


def _share_of_people(text: str, near: list[Trigger], end: int, hi: int, measure: str, rules: MeasureRules) -> bool:
    """Whether a percentage "of" a group of people is a share of them (``share_of_people``): "35% of
    all savers pay tax rates of 40%", "30% of the respondents said they got a discount" (the other
    words are what the people do). Their approval or turnout only where the people's own verb
    names it, after the figure ("82% of the passengers liked the cards"), not a word before it ("a
    weak approval rating, and 65% of voters do not want ...")."""
    if measure in rules.of_people_keep and not (
            measure in rules.of_people_verbs and not any(t.id_ == measure and t.start_char >= end for t in near)):
        return False
    return rules.of_people.match(text, end, hi) is not None


def _clause_measure(text: str, kind: str, near: list[Trigger], lo: int, hi: int, start: int, end: int,
                    attributive: bool, rules: MeasureRules) -> str:
    """The measure of the figure at ``start``-``end`` read off the measure words ``near`` it in its
    clause ``lo``-``hi``."""
    if kind == "percent" and (rules.market_share_after.match(text, end, hi)
                              or rules.market_share_after.search(text, lo, start)
                              or rules.market_share_of.match(text, end, hi)
                              or rules.market_share_own.match(text, end, hi)
                              and rules.market_before.search(text, lo, start)
                              or rules.market_customers_of.match(text, end, hi)
                              and rules.market_customers_verb.search(text, max(lo, start - 60), start)):
        # "a 36% share of the broadband market - down from 39%", "45% of the market", "leads the chipset
        # market with 37 per cent share", "the carrier flies about 40% of all travellers to the island"
        return "market_share"
    if kind == "percent":
        exam = _exam_score(text, lo, hi, start, end, rules)
        if exam is not None:
            return exam  # "scored 94 per cent in the board examinations"
    if kind == "percent" and rules.ranked_group.search(text, max(lo, start - 30), start):
        return rules.ranked_group_measure  # "the wealth owned by the world's poorest 50%"
    if kind == "percent" and rules.price_cut.search(text, lo, start):
        return rules.price_cut_measure  # "cutting domestic fares by as much as 50%"
    if kind == "percent" and rules.stake_after.match(text, end) and \
            rules.stake_before.search(text, max(lo, start - 50), start):
        return rules.stake_of  # "selling 31% of Virgin Atlantic"
    if kind == "percent" and rules.stake_of_shares.match(text, end):
        return rules.stake_of  # "the owners of at least 75% of the club's shares"
    if kind == "percent" and rules.stake_holder_after.match(text, end):
        return rules.stake_of  # "a 30% shareholder in Mitsubishi Motors", "IPC is 46%-owned by Reliance"
    if kind == "percent" and _owned_interest(text, lo, start, end, rules):
        return rules.stake_of  # "retains a 20% interest", "the largest shareholder in it with 49%"
    whole = rules.of_gdp.match(text, end, hi) if kind == "percent" else None
    if whole is not None:
        # (a noun names the money, not a verb: "provided for deviations up to 0.5% of GDP"; nor the
        # whole itself: "national income")
        money = [t for t in near if t.id_ not in rules.percent and t.id_ not in rules.of_gdp_not
                 and t.id_ not in rules.percent_only and not t.text.endswith("ed")
                 and not start < t.start_char < whole.end()]
        if money:
            # "household debt ... reached around 50 percent of gross domestic product": the debt's ratio
            return min(money, key=lambda t: _gap_words(text, t, start, end, rules.clause_penalty)).id_
    if kind == "percent":
        return _percent_measure(text, _outermost([t for t in near if _percent_word(t, rules)]), start, end, hi, rules)
    if priced_currency(text, lo, hi, start, end) is not None:
        return rules.exchange_rate  # "$1.8832 to the pound", "one euro worth $1.3218"
    if rules.market_cap_after.match(text, end):
        return "market_cap"  # "lost Rs 3,315 crore from its market valuation"
    if rules.threshold_before.search(text, max(lo, start - 40), start):
        return "threshold"  # "tax for those earning more than £100,000"
    measure = _money_measure(text, near, lo, start, end, attributive, rules)
    if measure in rules.threshold_after_from and rules.threshold_after.match(text, end):
        return rules.threshold  # "cash deposits of Rs 10 lakh or more"
    if measure in rules.stake_sale_from and any(t.text.lower() in rules.stake_words for t in near):
        return rules.stake_sale  # "sold a 4% stake in the company for £73m"
    return measure


def _owned_interest(text: str, lo: int, start: int, end: int, rules: MeasureRules) -> bool:
    """Whether a percentage is a holding named by "interest" after a verb of owning ("retains a 20%
    interest", "sold its 15% economic interest"; not "pay 18 per cent interest", a rate), or one a
    shareholder holds "with" ("the largest shareholder in the airline with 49%"): no stake word is
    the figure's own noun, so the generic share would take it."""
    return rules.stake_interest_after.match(text, end) is not None and \
        rules.stake_before.search(text, max(lo, start - 50), start) is not None or \
        rules.stake_holder_before.search(text, max(lo, start - 90), start) is not None


def _percent_money_noun(text: str, near: list[Trigger], start: int, end: int, rules: MeasureRules) -> str | None:
    """The money measure a percentage is a rate of when that measure's noun is the figure's own:
    right after it ("an 18 per cent cap", "60 per cent losses") or joined to it by "of" right
    before it ("a rebate of 12 per cent", "a fine of around 25% of the value"). A rebate, a cap,
    a fine, a subsidy or a loss can be a percentage; the generic share or growth a percentage
    otherwise falls back on (or a rate word elsewhere in the clause) would lose what it is. Only
    over those (``over``): a quota's ceiling stays a quota."""
    for t in near:
        if t.id_ not in rules.percent_money_nouns or t.text.lower().endswith("ed"):
            continue
        if t.start_char >= end and text[end:t.start_char].isspace():
            return t.id_
        if t.end_char <= start and _JOINED_BY_OF.fullmatch(text, t.end_char, start):
            return t.id_
    return None


def _exam_score(text: str, lo: int, hi: int, start: int, end: int, rules: MeasureRules) -> str | None:
    """The measure of a percentage a student scores (``exam_score``), or the lowest one asked for,
    the cut-off: a score verb right before it or "marks" or an exam right after it, in a clause
    that speaks of exams or students; not a share "of" a whole ("scored 40% of the votes")."""
    if text.startswith(" of", end) or not (rules.exam_before.search(text, max(lo, start - 40), start)
                                           or rules.exam_after.match(text, end, hi)):
        return None
    if rules.exam_sentence.search(text, lo, hi) is None:
        return None
    if rules.exam_cutoff_before.search(text, max(lo, start - 40), start) is not None:
        return rules.exam_cutoff
    return rules.exam_score


def _no_measure_here(text: str, t: Trigger, rules: MeasureRules) -> bool:
    """Whether the words around a measure word say it names no measure ("in order to")."""
    context = rules.not_a_measure.get(t.text.lower())
    if context is None:
        return False
    before, after = context
    return (before is None or before.search(text, max(0, t.start_char - 20), t.start_char) is not None) and (
        after is None or after.match(text[t.end_char:t.end_char + 30]) is not None)


def _money_measure(text: str, near: list[Trigger], lo: int, start: int, end: int, attributive: bool,
                   rules: MeasureRules) -> str:
    near = _outermost([t for t in near if (t.id_ or "") not in rules.percent_only])
    if attributive:
        # "a Rs 1,500 crore incentive scheme": only a word between the figure and its noun counts.
        between = [t for t in near if t.start_char >= end and t.start_char - end <= rules.attributive_gap]
        return between[0].id_ if between else rules.attributive_predicate
    # "Rs 7,000 crore of the mission's budget": the noun after "of" is the whole, not the measure.
    near = [t for t in near if not (t.start_char >= end and _PART_OF.match(text, end, t.start_char))]
    if not near:
        return "mentions"
    near = _heads_over_participles(text, near)
    # (a participle after the figure is a verb, not its noun: "Rs 387 crore netted last year")
    own = [t for t in near if t.id_ not in rules.own_noun_except and not t.text.endswith("ed") and (
        0 <= t.start_char - end <= rules.own_noun_gap or t.start_char > end and (
            _MODIFIER.fullmatch(text, end, t.start_char) or _WORTH_OF.fullmatch(text, end, t.start_char))
        and not (_AS_CONJUNCTION.match(text, end) and _VERB_NEXT.match(text, t.end_char)))]
    if own:
        if _IN_AFTER.match(text, end):
            verb = [t for t in near if t.id_ in rules.in_yields_to and t.end_char <= start
                    and len(text[t.end_char:start].split()) <= 3]
            if verb:
                return verb[-1].id_  # "may lose 30bn baht in earnings from tourism"
        return own[0].id_  # "their Rs 50 crore cost", "over Rs 400 crore property tax"
    # "at a cost of Rs 13 lakh": a weak measure word joined to the figure by "of" is the figure's noun
    # and beats a stronger word elsewhere in the clause ("setting up")
    joined = [t for t in near if t.id_ in rules.joined_by_of and t.end_char <= start
              and _JOINED_BY_OF.fullmatch(text, t.end_char, start)]
    strong = [t for t in near if t.id_ not in rules.weak]
    pool = strong or near
    chosen = joined[-1] if joined else min(
        pool, key=lambda t: _gap_words(text, t, start, end, rules.clause_penalty, rules.after_penalty))
    if chosen.id_ in rules.compound_heads:
        # "box office earnings": the word before the generic head says which measure
        modifier = [t for t in near if 0 <= chosen.start_char - t.end_char <= 1 and t.id_ != chosen.id_]
        if modifier:
            return modifier[-1].id_
    return chosen.id_ or "mentions"


# Measures a participle names by what was done: kept after a measure noun.
_DEEDS = frozenset({"seizure", "fraud", "damage"})


def _heads_over_participles(text: str, near: list[Trigger]) -> list[Trigger]:
    """Without a participle that follows a measure noun: the noun is the head and names the
    measure, the participle only says what was done to it ("SUBSIDY PROVIDED 2014-15: ...
    Rs 4.5 crore" is a subsidy, not an allocation; "bonuses awarded in 2003 totalling $8.6m" are
    pay, not a grant); not a seizure, a fraud or a damage, which the deed names ("the assets
    attached ... worth Rs 16 crore" were seized)."""
    heads = {t.end_char for t in near if not t.text.endswith("ed")}
    return [t for t in near if not (t.text.lower().endswith("ed") and t.id_ not in _DEEDS and any(
        h <= t.start_char and text[h:t.start_char].isspace() and len(text[h:t.start_char]) <= 2 for h in heads))] or near


_OF_AFTER = re.compile(r"\s+of\b")
_HEDGE_WORDS = re.compile(r"\b(?:about|around|nearly|almost|already|roughly|approximately|some|just|only|still|now|currently)\b", re.I)
# (also with whom the cost falls on between: "a cost to the global economy of around $105bn", "the
# cost to taxpayers of £5bn")
_JOINED_BY_OF = re.compile(r"(?:\s+(?:to|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)?"
                           r"\s+of\s+(?:(?:about|around|over|nearly|almost|some|up\s*to|more\s+than|less\s+than|at\s+least|"
                           r"just|only|roughly|approximately|an\s+estimated)\s+)?[?₹]?\s*")
_CHANGE_TO_FIGURE = re.compile(r"(?:\s+(?:by|of|to|at|about|around|nearly|almost|some|up|as|much|over|just|only|a|an|the|"
                               r"more|than|less|roughly|approximately))*\s*")


def _percent_word(t: Trigger, rules: MeasureRules) -> bool:
    return t.id_ in rules.percent or t.id_ in rules.percent_from_money


def _outermost(triggers: list[Trigger]) -> list[Trigger]:
    """"market cap" is one measure, not "cap" inside it; "make up 5%" is a share, not "up".
    Two words of the same span with different ids both stay ("price" is a cost and a price word)."""
    if all(a.end_char <= b.start_char for a, b in zip(triggers, triggers[1:])):
        return triggers  # in text order and apart: the common case, read once
    return [t for t in triggers if not any(
        o.start_char <= t.start_char and t.end_char <= o.end_char
        and o.end_char - o.start_char > t.end_char - t.start_char for o in triggers)]


def _percent_measure(text: str, near: list[Trigger], start: int, end: int, hi: int, rules: MeasureRules) -> str:
    allowed = set(rules.percent)
    scored = []
    for t in near:
        measure = rules.percent_from_money.get(t.id_, t.id_)
        if measure not in allowed and t.id_ not in rules.percent_from_money:
            continue
        if t.id_ == "growth" and t.end_char <= start and rules.level_after_change.match(text[t.end_char:start]):
            continue  # "fell to 4%", "down from 12.3%": a level the rate moved to or from, not the change
        if measure in rules.of_only and not _OF_AFTER.match(text, end):
            continue  # "production fell 0.5%" is a change; "produces 90% of" a share
        verb = rules.verb_before.get(measure)
        if verb is not None and verb.search(text, max(0, t.start_char - 30), t.start_char):
            continue  # "70% said they would be certain to vote": a verb, not the figure's noun
        distance = _gap_words(text, t, start, end, rules.clause_penalty)
        if t.id_ in rules.percent_from_money:
            of_whole = t.start_char >= end and _OF_AFTER.match(text, end, t.start_char) is not None
            # (a hedge between them is no distance: "the public debt is already about 140% of GDP")
            hedges = 0 if of_whole or t.end_char > start else len(_HEDGE_WORDS.findall(text, t.end_char, start))
            if distance - hedges > (5 if of_whole else 2):
                continue  # "a 50% tax", "debt at 140% of GDP", "13% of the country's total exports"
            if of_whole:
                distance -= rules.specific_bonus  # the whole the percentage is of names it
                # "write off 100% of the debts": a part of a debt, not a debt's size
                measure = rules.percent_of_money.get(t.id_, measure)
            elif t.start_char >= end and rules.percent_money_relieved.match(text, t.end_char):
                measure = rules.percent_of_money.get(t.id_, measure)  # "100% debt relief": the part relieved
        elif measure not in rules.generic_percent:
            distance -= rules.specific_bonus
        scored.append((distance, rules.percent.index(measure) if measure in allowed else len(allowed), measure))
    after = text[end:hi]
    if rules.by_growth.match(after) and any(s[2] == "growth" for s in scored) and not rules.share_shape.match(after) \
            and rules.level_not_by_growth.search(text, max(0, start - 40), start) is None:
        # "rose by 5%", "up 3% on last year": a change, whatever rate it is of; not a level a change
        # moved something to, "from" the old one ("inflation rose in November to 7.1% from 7%")
        return "growth"
    if scored:
        best = min(scored)[2]
        if best == "growth" and rules.share_shape.match(after) and not any(
                t.id_ == "growth" and t.end_char <= start and _CHANGE_TO_FIGURE.fullmatch(text, t.end_char, start)
                for t in near):
            # "76% of ministers face charges, higher than ...", "the cuts will affect 9% of staff": a part of
            # a whole; a change names the figure only right before it ("cut by 5% of", "rose to 4% of GDP")
            return "share"
        if best == "rate" and any(s[2] == "growth" for s in scored) and (
                _AT_A_RATE.search(text, max(0, start - 40), start)
                or rules.change_before.search(text, max(0, start - 60), start) and not rules.share_shape.match(after)):
            # "expanding at an annual rate of 3.8%": the rate of a change; "increased its generating
            # capacity by 12.6%", "cut the crime rate by 31%": what a change moved something by
            return "growth"
        if _changed_by(text, near, start, end, best, rules):
            return "growth"  # "increased its dividend payment by 25%", "its share of the audience soared by 20%"
        specific = [s for s in scored if s[2] not in rules.generic_percent]
        if best == "rate" and specific and rules.rate_head.search(text, max(0, start - 40), start):
            return min(specific)[2]  # "Inflation ... hitting an annual rate of 1.6%": the rate is inflation's
        return best
    if rules.change_after.match(after):
        return "growth"  # "up to 30% more people"
    if rules.change_before.search(text[max(0, start - 60):start]) and not rules.share_shape.match(after):
        # "push up prices by over 50%": a change, whatever verb names it; not "used by 95% of surfers"
        return "growth"
    return "share" if rules.percent_default.match(after) else "mentions"


def _changed_by(text: str, near: list[Trigger], start: int, end: int, best: str, rules: MeasureRules) -> bool:
    """Whether a percentage is what a change word a few words before moved something "by"
    (``changed_by``): the change names the figure, whatever specific measure its clause holds (a
    dividend, an audience share); not a price cut or a rate moved by points (``keep``), nor a
    part "of" a whole ("cut by 5% of GDP")."""
    if best == "growth" or best in rules.changed_by_keep or rules.share_shape.match(text, end):
        return False
    return any(t.id_ == "growth" and t.end_char <= start and rules.changed_by.fullmatch(text, t.end_char, start)
               for t in near)


def _bracketed_share(text: str, start: int, end: int, rules: MeasureRules) -> bool:
    """A percentage alone in brackets after a count or a name ("15,004 failed (25 per cent)",
    "Malaysia (67 per cent)") is a share. (A figure's group may end after its bracket.)"""
    return _OPENS_BRACKET.search(text, max(0, start - 3), start) is not None and (
        text[end - 1] == ")" or rules.bracketed.match(text, end) is not None)


_OPENS_BRACKET = re.compile(r"\(\s*$")


def figure_measure(text: str, kind: str, clause: list[Trigger], earlier: list[Trigger], sentence: tuple[int, int],
                   window: tuple[int, int], figure: tuple[int, int], attributive: bool,
                   previous: str | None) -> str:
    """The measure of a figure in prose (``_prose_measure``); a debt or profit named by a bare
    deficit or surplus where the text speaks of trade is a trade balance, also for the level a
    change moved it to ("The deficit with China, up 30.5% at $162bn"); what a good is worth its price;
    money a ranking gives a place to what the ranking ranks (``ranked_measure``), and money a
    threshold word before it sets the level of the threshold (``threshold_named_measure``)."""
    measure = _prose_measure(text, kind, clause, earlier, sentence, window, figure, attributive, previous)
    if kind == "money":
        measure = ranked_measure(text, sentence[0], figure[0], measure)
        measure = threshold_named_measure(text, clause, figure[0], measure)
    rules = measure_rules()
    if kind == "money" and measure in rules.trade_gap_from and _trade_gap(text, clause + earlier, sentence, rules):
        return rules.trade_gap
    if kind == "money" and measure in rules.goods_worth_from and _goods_worth(text, sentence, figure[0], rules):
        return rules.goods_worth  # "husband Ravi has a Lamborghini worth over Rs 5 crore", "ordered a phone worth Rs 26,000"
    for r in rules.recast_from.get((kind, measure), ()):
        if _recast(text, sentence, figure, r):
            return r.measure  # "the ED attached assets worth Rs 9,600 crore": a seizure, not wealth
    return measure


class RankedWith(NamedTuple):
    """The ``ranked_with`` table: the words of a place in a ranking right before money, and what
    each kind of ranking (its article's cue) ranks."""

    before: re.Pattern[str]
    before_chars: int
    from_: frozenset[str]
    charts: tuple[tuple[re.Pattern[str], str], ...]


@lru_cache(maxsize=1)
def ranked_with() -> RankedWith:
    data = load_table("measures.json")["ranked_with"]
    return RankedWith(re.compile(data["before"], re.I), data["before_chars"], frozenset(data["from"]),
                      tuple((re.compile(c["cue"], re.I), c["measure"]) for c in data["charts"]))


def ranked_measure(text: str, sentence_start: int, start: int, measure: str) -> str:
    """The measure of money a ranking gives a place to ("came third with $7.6m", "is second on the
    list with £800m"): what the ranking ranks, a film chart's box office or a rich list's wealth,
    told by what the article (``text``) speaks of, when the figure's clause names no measure of its
    own (``ranked_with``). A chart names its places by what each took, so the place is the cue, not
    a verb elsewhere in the clause ("to provide competition to X, which finished second with $14.7m")."""
    rules = ranked_with()
    if measure not in rules.from_:
        return measure
    stop = _words_end(text, start)
    if rules.before.search(text, max(sentence_start, stop - rules.before_chars), stop) is None:
        return measure
    return next((chart for cue, chart in rules.charts if cue.search(text)), measure)


class ThresholdNamed(NamedTuple):
    """The ``threshold_named`` table: the threshold measure, the measures it overrides, how far
    before the figure its word may stand and the words between that lead to its level."""

    word: str
    from_: frozenset[str]
    max_words: int
    between: re.Pattern[str]


@lru_cache(maxsize=1)
def threshold_named() -> ThresholdNamed:
    data = load_table("measures.json")["threshold_named"]
    return ThresholdNamed(data["word"], frozenset(data["from"]), data["max_words"],
                          re.compile(data["between"], re.I))


def threshold_named_measure(text: str, clause: list[Trigger], start: int, measure: str) -> str:
    """The measure of money a threshold word before it in its clause sets the level of: the
    threshold, not the income, turnover or pay it is a threshold of ("raise the threshold limit
    for audit of ... presumptive income scheme from Rs 1 crore to Rs 2 crore"), though that word is
    nearer the figure (``threshold_named``); a word between must lead to the level ("from", "to"),
    not a clause of its own ("firms above the threshold made profits of £2bn")."""
    rules = threshold_named()
    if measure not in rules.from_:
        return measure
    named = any(t.id_ == rules.word and t.end_char <= start and len(text[t.end_char:start].split()) <= rules.max_words
                and rules.between.search(text, t.end_char, start) is not None for t in clause)
    return rules.word if named else measure


def referred_back_measure(text: str, sentence_start: int, start: int, measure: str,
                          earlier: tuple[int, str] | None, sentence_index: int) -> str:
    """A figure with no measure that "the figure", "this amount" or "the number" introduces ("In
    2003 the figure was 29%") restates the last figure of its kind a sentence or two before, so it
    measures what that one did (``earlier``: its sentence's index and its measure)."""
    if measure != "mentions" or earlier is None or earlier[1] == "mentions":
        return measure
    rules = measure_rules()
    if not 0 < sentence_index - earlier[0] <= rules.referred_back_sentences:
        return measure
    if rules.referred_back.search(text, max(sentence_start, start - CUE_BEFORE), start) is None:
        return measure
    return earlier[1]


def thing_measure(text: str, sentence: tuple[int, int], figure: tuple[int, int], measure: str) -> str:
    """The measure of money written before the thing it is of, given by the owner rules with the
    thing (its price or its cost), unless a recast that reads things says what the thing's money
    is: a tournament is named by its purse, a prize ("the $125,000 ATP Astana Challenger")."""
    for r in measure_rules().recast_from.get(("money", measure), ()):
        if r.things and _recast(text, sentence, figure, r):
            return r.measure
    return measure


def _words_end(text: str, start: int) -> int:
    """Where the words before money end: a '?' right before it is a rupee sign the text lost
    ("had earlier seized ?142 crore undisclosed assets"), which the words' patterns need not
    spell out (those that do take it as optional)."""
    return start - 1 if text[start - 1:start] == "?" else start


def _recast(text: str, sentence: tuple[int, int], figure: tuple[int, int], r: Recast) -> bool:
    """Whether the words right around a figure recast its measure (``Recast``)."""
    start, end = figure
    if r.unscaled and _scaled(text, start, end):
        return False
    # The anchored ``after`` first: the words before are searched only when they still decide
    # (``after`` matched where both must, or failed where either will do).
    after = r.after is not None and r.after.match(text, end, sentence[1]) is not None
    if r.both and not after:
        return False
    if r.both or not after:
        stop = _words_end(text, start)
        if r.before is None or r.before.search(text, max(sentence[0], stop - r.before_chars), stop) is None:
            return False
    if r.in_sentence is not None and r.in_sentence.search(text, sentence[0], sentence[1]) is None:
        return False
    return r.not_in_sentence is None or r.not_in_sentence.search(text, sentence[0], sentence[1]) is None


def _goods_worth(text: str, sentence: tuple[int, int], start: int, rules: MeasureRules) -> bool:
    """Whether the figure is what a good, a vehicle, jewellery or a home is "worth" (``goods_worth``):
    the worth phrase governs the figure, so it names its measure, a price, over a valuation (a
    company's worth) or a deal word elsewhere in the clause ("ordered a phone worth Rs 26,000")."""
    found = rules.goods_worth_before.search(text, max(sentence[0], start - 80), start)
    # "the drugs found in the house were estimated to be worth £700,000": the house is no subject
    return found is not None and (found.group("be") is None or rules.goods_worth_not_subject.search(
        text, max(sentence[0], found.start() - 40), found.start()) is None)


def _prose_measure(text: str, kind: str, clause: list[Trigger], earlier: list[Trigger], sentence: tuple[int, int],
                   window: tuple[int, int], figure: tuple[int, int], attributive: bool,
                   previous: str | None) -> str:
    """The measure of a figure in prose: its clause's words (``clause``), else the measure of the
    sentence's previous figure of its kind ("a loss of $5m in 2003 and $7m in 2004"), else for money
    a word earlier in the sentence ("pre-tax profit rose 12% to £1.6bn"; a strong one also beats a
    weak "worth": "seized ... Rs 2000 notes worth Rs 6.96 lakh"), else a share price level."""
    (lo, hi), (start, end) = window, figure
    measure = choose_measure(text, kind, clause, lo, hi, start, end, attributive)
    if measure == "mentions" and previous is not None:
        measure = previous
    rules = measure_rules()
    if previous is not None and previous != measure and previous != "mentions" \
            and _compared_back(text, clause, sentence[0], figure, rules):
        return previous  # "Rs 500 crore in property tax as against the Rs 387 crore collected last fiscal"
    if measure == "mentions" and kind == "percent" and (
            _bracketed_share(text, start, end, rules)
            or rules.apposed_share.search(text, max(sentence[0], start - CUE_BEFORE), start) is not None):
        return "share"  # "15,004 failed (25 per cent)", "A small number, 17%, said"
    # "Profits at X rose by 5% to £801m, hit by investment costs": the level a change moved a
    # measure to is that measure, named before the change, whatever the rest of the clause says.
    level = rules.level_after_change_pct.search(text, max(sentence[0], start - 60), start) is not None
    if level and kind == "percent" and previous is not None and previous not in rules.generic_percent:
        return previous  # "market share has dropped 5% since May to 88.9%"
    if level and kind == "money":
        moved = share_price_level(text, sentence[0], sentence[1], start) \
            or choose_measure(text, kind, earlier, sentence[0], lo, start, end)
        if (moved == "mentions" or is_weak(moved)) and (measure == "mentions" or is_weak(measure)):
            moved = share_price_level(text, sentence[0], sentence[1], start, end) or moved
        if moved != "mentions" and not is_weak(moved):
            return moved
    if kind == "money" and (measure == "mentions" or is_weak(measure)):
        before = choose_measure(text, kind, earlier, sentence[0], lo, start, end)
        if measure == "mentions" or before != "mentions" and not is_weak(before):
            measure = before
        if measure == "mentions":
            measure = share_price_level(text, sentence[0], sentence[1], start, end) or measure
        if measure == "mentions" or is_weak(measure):
            # "paid £5.05 an hour"; a cue also beats a weak word ("His staff, paid up to £500,000 a year,
            # ... all-expenses paid trips" is pay, not a cost)
            measure = _cued(text, sentence[0], start, end, rules) or measure
        if measure == "mentions" and unit_price(text, lo, start, end, hi):
            measure = "price"  # "$41.32 a barrel", "oil above $50"
    elif kind == "money":
        # a cue that names what happened to the money beats some strong words too ("assets worth Rs 15,000
        # crore were seized", "the first film to earn Rs 100 crore")
        measure = _cued(text, sentence[0], start, end, rules, None if _far_word(
            text, clause, measure, figure, rules) else measure) or measure
    if kind == "money" and measure in rules.pay_payout_from and _payout_is_pay(text, clause + earlier, sentence, rules):
        return rules.pay_payout  # "WPP's chief executive ... was awarded a payout of over $62 million"
    if kind == "money" and measure in rules.film_takings_from and _film_takings(text, sentence, start, rules):
        return rules.film_takings  # "the starrer has earned Rs 10.43 crore on its opening day"
    if kind == "money" and measure in rules.raised_from \
            and rules.raised_before.search(text, max(sentence[0], start - 60), start):
        return rules.raised  # "will raise $330 million (over Rs 2,115 crore) through share sale"
    if kind == "money" and measure in rules.budget_as_cost_from \
            and rules.budget_as_cost_cue.search(text, sentence[0], sentence[1]):
        return rules.budget_as_cost  # "the film is made on a lavish budget of Rs 400 crore": its cost
    if kind == "money" and measure == "cost" and not _scaled(text, start, end):
        verb = rules.unit_cost_before.search(text, max(lo, start - 60), start)
        if verb is not None and not rules.unit_cost_not_after.match(text, end) \
                and not rules.unit_cost_of_doing.search(text, max(lo, verb.start() - 40), verb.start()):
            return rules.unit_cost  # "the gadget, which costs $250": its price
    if kind == "money" and measure in rules.unit_purchase_from:
        bought = rules.unit_purchase_before.search(text, max(sentence[0], start - 80), start)
        if bought is not None and (not _scaled(text, start, end) or _priced_in_lakh_or_crore(
                text, bought.start(), start, end, rules)):
            return rules.unit_purchase  # "bought the works for £32,500": what it was bought for
    return measure


def _far_word(text: str, clause: list[Trigger], measure: str, figure: tuple[int, int], rules: MeasureRules) -> bool:
    """Whether the figure's own clause names ``measure`` (not the figure before it, nor a change it
    moved by), and every word of it that does is far from the figure: more than
    ``far_words`` words away or parted from it by a comma, semicolon or colon. The words right around
    the figure (a cue) then govern it, whatever the measure ("is suing the airline after paying
    nearly $1,000 for his seat" is what the seat cost, not the compensation sued for)."""
    start, end = figure
    words = [t for t in clause if t.id_ == measure]
    return bool(words) and all(_gap_words(text, t, start, end, rules.clause_penalty) > rules.far_words for t in words)


def _compared_back(text: str, clause: list[Trigger], sentence_start: int, figure: tuple[int, int],
                   rules: MeasureRules) -> bool:
    """Whether "as against", "compared with" or "versus" right before a figure sets it against the
    sentence's previous figure of its kind (``compared_back``), so it measures what that one does,
    and no measure word of its own follows it ("against a $375m profit"; a participle is a verb:
    "the Rs 387 crore collected last fiscal")."""
    start, end = figure
    if rules.compared_back.search(text, max(sentence_start, start - rules.compared_back_chars), start) is None:
        return False
    return not any(0 <= t.start_char - end <= rules.own_noun_gap and not t.text.endswith("ed") for t in clause)


def _payout_is_pay(text: str, words: list[Trigger], sentence: tuple[int, int], rules: MeasureRules) -> bool:
    """Whether a payout is a chief executive's pay (``payout_as_pay``), not a settlement or a claim
    paid out: its clause or the sentence before it (``words``) says "payout" ("The payout was 32% less than the
    $91 million he received in 2015"), the sentence or the text just before it speaks of chief
    executives, bonuses or remuneration, and the sentence of no lawsuit, settlement or claim."""
    return any(t.text.lower() in rules.pay_payout_words for t in words) \
        and rules.pay_payout_context.search(text, max(0, sentence[0] - rules.pay_payout_before), sentence[1]) is not None \
        and rules.pay_payout_not.search(text, sentence[0], sentence[1]) is None


def _trade_gap(text: str, clause: list[Trigger], sentence: tuple[int, int], rules: MeasureRules) -> bool:
    """Whether a bare deficit or surplus is a trade balance (``trade_gap``), not a debt or a
    profit: its clause says "deficit" or "surplus" with no budget or fiscal word before it, and the
    sentence or the text just before it speaks of trade, exports or imports ("The deficit with
    China was $162bn" after a paragraph on imports; "Japan's surplus grew to 1.14 trillion yen
    thanks to exports")."""
    return any(t.text.lower() in rules.trade_gap_words
               and rules.trade_gap_not_before.search(text, max(sentence[0], t.start_char - 40), t.start_char) is None
               for t in clause) \
        and rules.trade_gap_context.search(text, max(0, sentence[0] - rules.trade_gap_before), sentence[1]) is not None


def _film_takings(text: str, sentence: tuple[int, int], start: int, rules: MeasureRules) -> bool:
    """Whether money is what a film made, earned or crossed (``film_takings``), not what a person
    or a studio earned from it."""
    verb = rules.film_takings_before.search(text, max(sentence[0], start - 60), start)
    return verb is not None and rules.film_takings_sentence.search(text, sentence[0], sentence[1]) is not None \
        and rules.film_takings_not_before.search(text, max(sentence[0], verb.start() - 40), verb.start()) is None


def _cued(text: str, sentence_start: int, start: int, end: int, rules: MeasureRules,
          strong: str | None = None) -> str | None:
    """The measure the words around money name when its clause has no measure word (``cues`` in
    ``patterns/measures.json``): "paid at least £5.05 an hour", "signed Luc Arnaud for £52m". With
    ``strong``, only a cue that beats that measure word ("over")."""
    for cue in rules.cues:
        if strong is not None and strong not in cue.over:
            continue
        if cue.unscaled and _scaled(text, start, end):
            continue
        if cue.after is not None and cue.after.match(text, end) is None:
            continue
        stop = _words_end(text, start)
        if cue.before is not None and cue.before.search(text, max(sentence_start, stop - CUE_BEFORE), stop) is None:
            continue
        return cue.measure
    return None


def names_a_change(text: str, start: int, end: int, word: str) -> bool:
    """Whether a change word found by the ruler names one here: "up 3%", not "giving up"."""
    rules = measure_rules()
    return word.lower() not in rules.up_down or rules.up_down_before.match(text, end) is not None


def priced_currency(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """Where the currency is named that money at ``start``-``end`` prices ("$1.8832 to the pound",
    "one euro worth $1.3218"): the figure is that currency's exchange rate, and the currency owns it."""
    rules = measure_rules()
    # The currency that opens the clause and trades or moves at the sum is the one a reader names,
    # ahead of "against the euro" after it ("The dollar was trading at $1.2944 against the euro");
    # an exchange rate is never written with a scale word.
    if not _scaled(text, start, end):
        # (read past the window's start, which may be an earlier figure of the same clause: "the
        # dollar had fallen by 1.3% against the yen to trade at 104.16 yen"; the pattern finds
        # where the clause opens, and "^" is the text's start, so a window cut inside a sentence
        # opens with a blank)
        a = max(0, start - 160)
        subject = rules.exchange_subject.search(("" if a == 0 else " ") + text[a:start])
        if subject is not None:
            shift = a - (a != 0)
            return subject.start("cur") + shift, subject.end("cur") + shift
    # (the words before may hold the priced unit as a figure of its own: "one euro" worth $1.32)
    found = rules.exchange_after.match(text, end, hi) or rules.exchange_before.search(text, max(0, start - 40), start)
    if found is None and not _scaled(text, start, end):
        # "the dollar had edged higher to 1.3040 euros", "a euro that buys $1.30": a currency named
        # before the sum moved to it or buys it, when the sum is in another currency
        found = rules.exchange_subject_before.search(text, max(0, start - rules.exchange_subject_chars), start)
        if found is not None and found.group("cur").lower() in _currencies_of(text[start:end]):
            found = None  # "against the yen, it was trading at 105.28 yen": which one is priced is not said
    return found.span("cur") if found is not None else None


# The currency words a sum's own symbol or word stands for.
_CURRENCY_SIGNS = {"$": ("dollar", "greenback"), "£": ("pound", "sterling"), "€": ("euro",), "¥": ("yen", "yuan"),
                   "₹": ("rupee",), "rs": ("rupee",), "yen": ("yen",), "euro": ("euro",), "pound": ("pound", "sterling"),
                   "dollar": ("dollar", "greenback"), "yuan": ("yuan",), "rupee": ("rupee",), "franc": ("franc",),
                   "rouble": ("rouble",), "sterling": ("sterling", "pound")}


def _currencies_of(figure: str) -> set[str]:
    low = figure.lower()
    return {name for sign, names in _CURRENCY_SIGNS.items() if sign in low for name in names}


def moved_currency(text: str, start: int) -> tuple[int, int] | None:
    """Where the currency is named that opens the clause of a percentage it moved by ("the euro was
    up 0.9%", "the rupee shed 0.1% against the dollar"): the currency owns the move."""
    a = max(0, start - 120)
    # ("^" is the text's start: a window cut inside a sentence opens with a blank, as in priced_currency)
    found = measure_rules().exchange_moved.search(("" if a == 0 else " ") + text[a:start])
    if found is None:
        return None
    shift = a - (a != 0)
    return found.start("cur") + shift, found.end("cur") + shift


def unit_price(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """A price per unit of a good, or a commodity's price: "$41.32 a barrel", "oil above $50"."""
    rules = measure_rules()
    return bool(rules.unit_price_after.match(text[end:min(hi, end + 40)])
                or rules.commodity.search(text, lo, start))


def share_price_level(text: str, sent_start: int, sent_end: int, start: int, end: int | None = None) -> str | None:
    """"Shares in X dropped 23% to 2.05 euros": the price a change moved the shares to. So is a
    sum with no scale word a percentage change moved something to ("Corus fell 2.2% to 55.57
    pence", "Nippon Steel lost 2.5% to 270 yen"): a company's totals come in millions, a price
    per share or per barrel does not. With no change before it, a sum with no scale word that the
    shares' own verb says they hit, touched or closed at is their price too ("the shares touched 17.70
    euros", "shares have since collapsed below £3"): the level, not a bare mention."""
    rules = measure_rules()
    if rules.level_after_change_pct.search(text, max(sent_start, start - 60), start) and (
            rules.shares_word.search(text, sent_start, sent_end)
            or end is not None and not _scaled(text, start, end)):
        return rules.share_price
    if end is not None and not _scaled(text, start, end) \
            and rules.share_verb_level.search(text, max(sent_start, start - 80), start):
        return rules.share_price
    return None


_SCALED = re.compile(r"\d\s*-?\s*(?:k|m|bn|tn|mn|cr|l|lakhs?|crores?|thousand|million|billion|trillion)\b", re.I)


def _scaled(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` is written with a scale word. Only the figure as first
    written counts, not the writer's conversion in brackets that its group may end with: "bought the
    works for £32,500 (?27 lakh)" is an unscaled sum, whatever the rupees take."""
    bracket = _BRACKET.search(text, start, end)
    return _SCALED.search(text, start, end if bracket is None else bracket.start()) is not None


_BRACKET = re.compile(r"[(\[]")


def _priced_in_lakh_or_crore(text: str, verb: int, start: int, end: int, rules: MeasureRules) -> bool:
    """Whether a sum something was bought for is in lakh or crore, the ordinary units of a price in
    Indian writing ("purchased the bungalow for Rs 5 crore"), and what was bought no named thing or
    company ("bought Corus for Rs 50,000 crore" is a deal): the verb's first letter is skipped, as
    a sentence may open with it."""
    bracket = _BRACKET.search(text, start, end)
    return rules.unit_purchase_indian_scale.search(text, start, end if bracket is None else bracket.start()) \
        is not None and rules.unit_purchase_company.search(text, verb + 1, start) is None


def percent_fallback(text: str, start: int, end: int, sentence_end: int, amount: float) -> str:
    """The measure of a percentage at ``start``-``end`` that nothing else gave one
    (``percent_fallback``): a share, or growth where the text from a little before it to its
    sentence's end speaks of growing, slowing or GDP. A reader names a measure for every figure;
    "mentions" only says the tool found none. One a comparison or a change follows ("40% over the
    support price") keeps "mentions", and so does a bare 100% or 0%: mostly a figure of speech
    ("I've felt 100%")."""
    rules = measure_rules()
    if amount in rules.percent_fallback_not or rules.percent_fallback_not_after.match(text, end, sentence_end):
        return "mentions"
    if rules.percent_fallback_growth.search(text, max(0, start - rules.percent_fallback_before), sentence_end):
        return rules.percent_fallback_to_growth
    return rules.percent_fallback


def is_weak(measure: str) -> bool:
    """A measure word that says little about the figure ("worth", "cost") and yields to a strong one."""
    return measure in measure_rules().weak


def refine_for_films(measure: str, period: str | None, kind: str, text: str, start: int,
                     end: int | None = None) -> str:
    """Money with no measure word in an article that speaks of films (``text``) is box office when
    it is reported for a film chart's period ("taking $9m" in a chart week, "$12.2m at the
    weekend") or a film "took" it (``by_period``). So is money a film earned or made in such a
    period ("'Kaabil' earns Rs 10.43 crore on opening day": a studio reports profits by quarter,
    not by weekend), and the mark of a film club ("entered the Rs 100 crore club"), whatever the
    clause's words (``by_period``: ``earned_from``, ``club_after``, ``club_from``)."""
    if kind != "money":
        return measure
    rules = measure_rules()
    if measure in rules.film_earned_from and period is not None and period in rules.by_period \
            and rules.by_period_cue.search(text):
        return rules.by_period[period]
    if measure in rules.film_club_from and end is not None and rules.film_club_after.match(text, end) \
            and rules.by_period_cue.search(text):
        return rules.by_period.get("took", "box_office")
    if measure != "mentions":
        return measure
    charted = period is not None and period in rules.by_period
    if not (charted or rules.film_took.search(text, max(0, start - 40), start)):
        return measure
    refined = rules.by_period[period] if charted else rules.by_period.get("took", "box_office")
    return refined if rules.by_period_cue.search(text) else measure


def refine_for_owner(measure: str, owner: Subject | None, kind: str = "money", after: str = "",
                     sentence: str | None = None) -> str:
    """What a person earns is pay, what a film makes is its box office (``by_owner``), unless the
    sentence speaks of a firm's profits, sales or revenue (``not_in_sentence``): money a
    film is given with no measure word ("was second with $24m") is what it took; a party's
    percentage is its vote share (``by_owner_percent``), where its ``sentence`` speaks of votes,
    polls, seats or an election; the rate a tax is owner of is a tax rate (``tax_owner_rate``: "three
    VAT bands of 6, 14 and 22 per cent", "a top rate of 26 per cent" in a sentence on the GST, where
    the rate word names no tax and the tax is read as the owner). An owner named only by a common
    noun ("the film had taken $500m", where the film's title is not typed) counts by that noun."""
    rules = measure_rules()
    if kind == "percent" and measure in rules.tax_owner_from and owner is not None \
            and rules.tax_owner.search(owner.name) is not None:
        return rules.tax_owner_measure  # a tax's rate (or "stake", which no tax holds)
    if kind == "percent" and rules.share_of_whole.match(after):
        return measure  # "40% of the party's candidates": a share of those, whoever owns it
    if kind == "percent" and sentence is not None and rules.owner_percent_context.search(sentence) is None:
        return measure  # "the BJP government has not invested even one per cent on ...": no vote share
    table = rules.by_owner if kind == "money" else rules.by_owner_percent if kind == "percent" else {}
    label = owner.label if owner is not None else ""
    if label == "THING":
        label = rules.thing_heads.get(owner.name.rsplit(" ", 1)[-1], label)
    unless = rules.by_owner_not_in_sentence.get(label) if kind == "money" else None
    if unless is not None and sentence is not None and unless.search(sentence) is not None:
        return measure  # "The firm said its profits were 40m rupees": a firm's profit, whoever was named
    return table.get(label, {}).get(measure, measure)


# A comma and one of these opens another clause, with its own hedges.
_CLAUSE_OPENER = re.compile(r",\s+(?:with|while|whereas|after|which|who|but)\b", re.I)


def hedge_of(text: str, lo: int, hi: int, start: int, sent_start: int | None = None) -> str | None:
    """The hedge that scopes the figure at ``start`` in the clause ``lo``-``hi``, if any; a hedge
    that opens the sentence ("Reportedly, the fund rose from Rs 2 crore to Rs 2.5 crore") scopes
    all its figures."""
    rules = measure_rules()
    opener = rules.hedge_opener.match(text, sent_start, start) if sent_start is not None else None
    if opener is not None:
        return opener.group("hedge").lower()
    # "X have reportedly been hit, with hackers demanding Rs 24 lakh": the adverb is the other clause's.
    for brk in _CLAUSE_OPENER.finditer(text, lo, start):
        lo = brk.end()
    cut = _CLAUSE_OPENER.search(text, start, hi)
    hi = cut.start() if cut else hi
    m = rules.hedge_clause.search(text, lo, hi)
    if m:
        return m.group(0).lower()
    before = text[lo:start]
    words = before.split()
    window_start = start - len(" ".join(words[-rules.hedge_words:])) - 1 if words else start
    for m in rules.hedge_before.finditer(text, max(lo, window_start), start):
        if m.group("hedge") == "May" and m.start() > lo and text[lo:m.start()].strip():
            continue  # "dropped 5% since May to 88.9%": the month, not the modal
        if not re.search(r"[,;:]", text[m.end():start]):
            return m.group("hedge").lower()
    return None
