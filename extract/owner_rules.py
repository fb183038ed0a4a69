"""The data owner choice reads, loaded once from ``patterns/owners.json``.

Names, roles, discourse and generic owners all read these words and weights; keeping them in one
frozen record (built once per process) means every rule is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from .errors import PatternError
from .patterns import load_table, packaged_patterns_dir
from .patterns import word_alternation as _alternation


@dataclass(frozen=True)
class OwnerRules:
    connectors: frozenset[str]
    glued_units: frozenset[str]
    not_names: frozenset[str]
    adjectives: frozenset[str]
    adjective_prefixes: frozenset[str]
    title_words: frozenset[str]
    role_phrases: frozenset[tuple[str, ...]]
    trailing_connectors: frozenset[str]
    not_alone: frozenset[str]
    modifier_acronyms: frozenset[str]
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
    passive_forecast: re.Pattern[str]
    anaphor: re.Pattern[str]
    place_noun_after: re.Pattern[str]
    measure_names: frozenset[str]
    platforms: frozenset[str]
    platform_before: re.Pattern[str]
    measure_name_modifiers: frozenset[str]
    work_after: re.Pattern[str]
    legal_provisions: frozenset[str]
    anaphors: dict[str, str]
    anaphor_kinds: dict[str, frozenset[str]]
    anaphor_primary: dict[str, str]
    anaphor_other: frozenset[str]
    role_weight: dict[str, int]
    label_weight: dict[str, int]
    after_penalty: int
    max_distance: int
    chunk: re.Pattern[str]
    worth_head: re.Pattern[str]
    compound_head: re.Pattern[str]
    measure_of: re.Pattern[str]
    measure_of_change: re.Pattern[str]
    subject_np: re.Pattern[str]
    not_heads: frozenset[str]
    person_noun: re.Pattern[str]
    ly_nouns: frozenset[str]
    place_heads: frozenset[str]
    place_head_after: re.Pattern[str]
    anaphor_types: dict[str, str]
    worth_not_for: frozenset[str]
    worth_not_goods: frozenset[str]
    measure_nouns: frozenset[str]
    topic: dict[str, Any]
    common_nouns: frozenset[str]
    object_verbs: dict[str, re.Pattern[str]]
    lowercase_words: frozenset[str]
    opener_words: frozenset[str]  # words only where they open a sentence and are not named elsewhere
    work_before: re.Pattern[str]
    company_before: re.Pattern[str]
    company_after: re.Pattern[str]
    person_roles: frozenset[str]
    title_before: re.Pattern[str]
    person_after: re.Pattern[str]
    title_modifiers: frozenset[str]
    recipient_measures: frozenset[str]
    on_measures: frozenset[str]
    recipient_after_measures: frozenset[str]
    recipient_stops: frozenset[str]
    recipient_roles: frozenset[str]
    present_verb: re.Pattern[str]
    winner_verb: re.Pattern[str]
    bounty_head: re.Pattern[str]
    relative_verb: re.Pattern[str]
    relative_reporting: frozenset[str]
    relative_estimating: frozenset[str]
    relative_listed: frozenset[str]
    recipient_window_ends: re.Pattern[str]
    per_head: re.Pattern[str]
    per_head_not: frozenset[str]
    agent_measures: frozenset[str]
    agent_plural: re.Pattern[str]
    thing_determiner: re.Pattern[str]
    thing_possessive: re.Pattern[str]
    phrase_enders: frozenset[str]
    goods_auxiliary: re.Pattern[str]
    not_things: frozenset[str]
    cost_heads: frozenset[str]
    attributive_not_things: frozenset[str]
    thing_measures: tuple[str, str]
    clause_opener: re.Pattern[str]
    share_wholes: frozenset[str]
    source_phrase: re.Pattern[str]
    subject_verb: re.Pattern[str]
    name_worth: re.Pattern[str]
    survey_lead: re.Pattern[str]
    survey_verb: re.Pattern[str]
    survey_owner: str
    person_acronyms: frozenset[str]
    person_place_before: re.Pattern[str]
    antecedent_examples: re.Pattern[str]
    trade_partner: re.Pattern[str]
    creditor: re.Pattern[str]
    clause_it: re.Pattern[str]
    clause_it_opener: re.Pattern[str]
    named_head_nouns: frozenset[str]
    named_head_distinct: frozenset[str]
    bare_bodies: frozenset[str]
    market_place_before: re.Pattern[str]
    dateline_agency: re.Pattern[str]
    dateline_place: re.Pattern[str]
    plural_anaphors: frozenset[str]
    plural_subjects: frozenset[str]
    demonstrative_subject: re.Pattern[str]
    demonstrative_not_heads: frozenset[str]
    plural_report_verbs: frozenset[str]
    common_possessor: re.Pattern[str]
    not_possessors: frozenset[str]
    possessor_gap: int
    participle_aside: re.Pattern[str]
    opening_participle: re.Pattern[str]
    opening_phrase: re.Pattern[str]
    opening_reported: re.Pattern[str]
    title_aside: re.Pattern[str]
    group_share: re.Pattern[str]
    plural_not_before: frozenset[str]
    plural_not_nouns: frozenset[str]
    subject_share: re.Pattern[str]
    reported_share: re.Pattern[str]
    share_participles: frozenset[str]
    share_adverbs: frozenset[str]
    kin_subject: re.Pattern[str]
    kin_words: frozenset[str]
    person_nouns: frozenset[str]
    after_owner: re.Pattern[str]
    bid_before: re.Pattern[str]
    recovery_before: re.Pattern[str]
    list_gap: re.Pattern[str]
    after_agent: re.Pattern[str]
    agent_not_measures: frozenset[str]
    sufferer_gap: re.Pattern[str]
    sufferer_measures: frozenset[str]
    first_person: re.Pattern[str]
    first_person_objects: frozenset[str]
    first_person_possessives: frozenset[str]
    quote_close: re.Pattern[str]
    quote_verb_after: re.Pattern[str]
    first_person_opinion: re.Pattern[str]
    listed_figure: re.Pattern[str]
    previous_phrase: re.Pattern[str]
    signed_measures: frozenset[str]
    signed_verb: re.Pattern[str]
    signed_for: re.Pattern[str]
    asker_verb: re.Pattern[str]
    asker_aux: re.Pattern[str]
    asker_gap: re.Pattern[str]
    teaser_marker: re.Pattern[str]
    teaser_end: re.Pattern[str]

    # Joined once: every name chunk's first words are tried against them.
    @cached_property
    def role_words(self) -> frozenset[str]:
        """The words a leading role is made of ("Managing Director", "Producer")."""
        return self.title_modifiers | self.person_roles

    @cached_property
    def role_phrase_firsts(self) -> frozenset[str]:
        """The first words of the role phrases: a word that opens none is passed over at once."""
        return frozenset(p[0] for p in self.role_phrases)


# Anaphor kinds that stand for a name ("the film", "the group", "the organisation"), not a pronoun or a place.
NAME_STANDINS = frozenset({"company", "work", "party", "org", "body"})


def anaphor_kind(rules: "OwnerRules", match: re.Match[str]) -> str:
    """The kind of an anaphor found by ``rules.anaphor`` ("the non-profit organisation" is "the
    organisation")."""
    noun = match.group("noun")
    return rules.anaphors["the " + noun.lower() if noun else match.group(0).lower()]


def _described_anaphor(data: dict[str, Any]) -> str:
    """"the non-profit organisation", "the 35-year-old airline", "the US firm": an anaphor's noun
    after up to two describing words, which are not ones that point at another thing ("the parent
    company", "the other firm")."""
    nouns = [k[4:] for k in data["anaphors"] if k.lower().startswith("the ") and " " not in k[4:]]
    others = _alternation(data["anaphor_other"]["words"])
    # A nationality describes too: "the Japanese firm", "the German-US carmaker".
    nationality = _alternation([w.capitalize() for w in [*data["adjectives"], *data["adjective_prefixes"]["words"]]])
    # (case-sensitive: "the Supreme Court" is a name, not "the court" described)
    # ("the US-based firm", "the Mumbai-headquartered lender": a name made an adjective describes too)
    return rf"(?-i:[Tt]he[ \t]+(?:(?!(?:{others})\b)[a-z0-9][\w-]*[ \t]+|[A-Z]{{2,3}}[ \t]+|[A-Z][\w]*-[a-z][\w-]*[ \t]+" \
           rf"|(?:{nationality})(?:-(?:{nationality}|[A-Z]{{2,3}}))*[ \t]+){{1,2}}(?P<noun>{_alternation(nouns)}))"


def _dummy_it(data: dict[str, Any]) -> str:
    """What after "it" makes it point at nothing, beyond ``not_anaphor``: "It is suspected that the
    parcel held Rs 10 crore", "It was decided to provide Rs 8 crore", "it is also a fact that", "it
    looks like the $40 level" (``dummy_it``). A passive of finding only before "that" ("It was found
    to have overcharged" is the firm that was); one of deciding before "that" or "to"."""
    d = data["dummy_it"]
    be = "|".join(rf"[ \t]+{_alternation([w])}" if w[0].isalpha() else _alternation([w]) for w in d["be"])
    judged = rf"(?:{_alternation(d['judgements'])})\b"
    passive = rf"(?:{_alternation(d['passives'])})[ \t]+that\b"
    decided = rf"(?:{_alternation(d['decisions'])})[ \t]+(?:that|to)\b"
    adverbs = rf"(?:(?:{_alternation(d['adverbs'])})[ \t]+){{0,2}}"
    return rf"(?:{be})[ \t]+{adverbs}(?:{judged}|{passive}|{decided})" \
           rf"|[ \t]+(?:{_alternation(d['seem'])})[ \t]+(?:{_alternation(d['seem_after'])})\b"


def _title_words(data: dict) -> str:
    """The words that open a title's apposition (titles, appositive titles, title asides), as one
    alternation."""
    return _alternation([*data["titles"], *data["appositive_titles"]["words"], *data["title_asides"]["words"]])


@lru_cache(maxsize=1)
def owner_rules() -> OwnerRules:
    data: dict[str, Any] = load_table("owners.json")
    connectors = [c for c in data["connectors"] if c not in ("&",)]
    # A name word: capitalised, all capitals/digits with a letter ("AT&T", "3M", "S&P", "McDonald's"),
    # or a brand with a lower-case lead ("eBay", "iPod"; "kWh" and "mRNA" are too short or all capitals).
    word = r"(?:[A-Z][\w'’.&-]*[\w&]|[A-Z]|\d+[A-Z][\w]*|[a-z][A-Z][a-z]{2,}[\w'’.&-]*[\w&]?)"
    inside = rf"(?:{_alternation(data['generic']['np_not_inside'])})"
    joiner = rf"(?:[ \t]+(?:{_alternation(connectors)})[ \t]+(?:the[ \t]+)?|[ \t]*&[ \t]*|[ \t]+)"
    relative = data["reduced_relative"]
    return OwnerRules(
        connectors=frozenset(data["connectors"]),
        not_names=frozenset(data["not_names"]),
        glued_units=frozenset(data["glued_units"]),
        adjectives=frozenset(data["adjectives"]),
        adjective_prefixes=frozenset(data["adjective_prefixes"]["words"]),
        title_words=frozenset(t.lower() for t in data["titles"]),
        role_phrases=frozenset(tuple(p.split()) for p in data["role_phrases"]["phrases"]),
        trailing_connectors=frozenset(data["connectors"]) | {"the"},
        not_alone=frozenset(data["not_names"]) | frozenset(data["adjectives"]),
        modifier_acronyms=frozenset(data["modifier_acronyms"]["words"]),
        company_words=frozenset(data["company_words"]),
        body_words=frozenset(data["body_words"]),
        party_words=frozenset(data["party_words"]),
        work_cue=re.compile(rf"\b(?:{_alternation(data['work_cues'])}),?[ \t]+[\"“‘']?$", re.I),
        descriptor=re.compile(rf"\b(?:{_alternation(data['descriptors'])})[ \t]+$", re.I),
        markets=frozenset(data["markets"]),
        places=frozenset(data["places"]),
        source_before=re.compile(rf"\b(?:{_alternation(data['source_before'])})[ \t]+(?:the[ \t]+)?$", re.I),
        source_after=re.compile(rf"(?:[’']s)?,?[ \t]+(?:(?:(?:has|have|had|is|are|was|were|also|now|then|previously)[ \t]+)?"
                                rf"(?:{_alternation(data['source_after'])})"
                                rf"|(?:also[ \t]+)?(?:{_alternation(data['source_after_active'])}))\b", re.I),
        place_before=re.compile(rf"\b(?:{_alternation(data['place_before'])})[ \t]+(?:the[ \t]+)?$", re.I),
        macro_measures=frozenset(data["macro_measures"]),
        # "Growth in Brazil is expected to slow": a place the passive follows is what is forecast, not who
        passive_forecast=re.compile(rf"[ \t]+(?:is|are|was|were)[ \t]+(?:also[ \t]+|now[ \t]+)?"
                                    rf"(?:{_alternation([w for w in data['forecast_verbs'] if not w.endswith(('s', 'ing'))])})\b", re.I),
        forecast=re.compile(rf"(?:[’']s)?,?[ \t]+(?:(?:has|have|had|is|are|was|were|also|now)[ \t]+)?"
                            rf"(?:{_alternation(data['forecast_verbs'])})\b", re.I),
        # "It is estimated that ...": a dummy "it" points at nothing.
        # (checked only after a match that ends in "it", so the scan costs what it did before)
        anaphor=re.compile(rf"(?<![\w-])(?:{_described_anaphor(data)}|{_alternation(list(data['anaphors']))})(?![\w-])"
                           rf"(?!(?<=\bit){data['not_anaphor']})(?!(?<=\bit)(?:{_dummy_it(data)}))"
                           rf"(?!(?<=\bboth)(?![ \t]+(?:{_alternation(data['pronoun_both']['words'])})\b))", re.I),
        anaphors={k.lower(): v for k, v in data["anaphors"].items()},
        work_after=re.compile(rf"[’']?,?[ \t]+(?:{_alternation(data['work_after']['words'])})\b"),
        legal_provisions=frozenset(data["legal_provisions"]["words"]),
        place_noun_after=re.compile(rf"[ \t]+(?:{_alternation(data['place_nouns']['words'])})\b"),
        measure_names=frozenset(data["measure_names"]["names"]),
        platforms=frozenset(data["platforms"]["names"]),
        platform_before=re.compile(rf"\b(?:{_alternation(data['platforms']['before'])})[ \t]+"
                                   rf"(?:(?:his|her|its|their|the)[ \t]+)?(?:official[ \t]+)?$", re.I),
        measure_name_modifiers=frozenset(data["measure_names"]["modifiers"]),
        anaphor_kinds={k: frozenset(v) for k, v in data["anaphor_kinds"].items()},
        anaphor_primary={k: v for k, v in data["anaphor_primary"].items() if not k.startswith("_")},
        anaphor_other=frozenset(data["anaphor_other"]["words"]),
        role_weight={k: v for k, v in data["role_weight"].items() if not k.startswith("_")},
        label_weight=data["label_weight"],
        after_penalty=data["after_penalty"],
        max_distance=data["max_distance"],
        # (a straight quote opens a name unless a word runs into it: "the film 'Kaabil'", not "O'Neill")
        chunk=re.compile(rf"(?<![\w’-])(?<!\w'){word}(?:{joiner}{word})*"),
        worth_head=re.compile(rf"(?<![\w-])(?P<head>[a-z][a-z-]+|(?<![^\n])[A-Z][a-z-]+)[ \t]+(?:(?:is|are|was|were)[ \t]+)?"
                              rf"(?:{_alternation(data['generic']['worth'])})[ \t]+"
                              rf"(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?\??$"),  # "worth ?20 lakh": a lost rupee sign
        # ("the per km cost for the elevated corridor is", "the annual expenditure on such reimbursements
        # was": 'for' and 'on' link a measure to what it is of, and a modifier or two may come before the head)
        measure_of=re.compile(rf"[ \t]+(?:of|for|on)[ \t]+(?:(?:a|an|the|each|every|such)[ \t]+)?"
                              rf"(?P<phrase>(?:[a-z][a-z-]+[ \t]+){{0,2}}?(?P<head>[a-z][a-z-]{{2,}}))"
                              rf"(?=[ \t]+(?:{_alternation(data['generic']['np_closers'])})\b|[ \t]*,)"),
        # "raise the prices of feature phones by over 30%", "cut the price of cooking gas by Rs 11": the
        # phrase the measure is of, when "by" or "to" and the figure end it (measure_of_change in owners.json)
        measure_of_change=re.compile(rf"[ \t]+of[ \t]+(?:(?:a|an|the|each|every|such)[ \t]+)?"
                                     rf"(?!(?:{_alternation(data['measure_of_change']['not_first'])})\b)"
                                     rf"(?P<phrase>(?:[a-z][a-z-]+[ \t]+){{0,2}}?(?P<head>[a-z][a-z-]{{2,}}))"
                                     # ("payment amounting to Rs 59 lakh": a participle's "to" is no change's)
                                     rf"(?:(?<!ing)(?=[ \t]+to[ \t])|(?=[ \t]+by[ \t]))"
                                     rf"(?=[ \t]+(?:by|to)[ \t]+(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)*$)"),
        compound_head=re.compile(r"(?<![\w'’-])(?P<head>[a-z][a-z-]{2,})[ \t]+$"),
        subject_np=re.compile(rf"[\s\"“‘'*•-]*(?:(?i:{_alternation(data['generic']['np_openers'])})[ \t]+)?"
                              # "2.85 lakh companies have shown", "Nearly 2,000 farmers received": a count
                              rf"(?:(?:(?i:{_alternation(data['generic']['approx'])})[ \t]+)?\d[\d,.]*[ \t]+"
                              rf"(?:(?:{_alternation(data['generic']['np_counts'])})[ \t]+)?"
                              rf"(?!(?:{_alternation(data['generic']['np_count_not'])})\b))?"
                              # (a name of two words may modify the head: "Tamil Nadu farmers")
                              # (no auxiliary before the head: "The site has so far received" is the site's)
                              rf"(?:[A-Z][\w-]*[ \t]+(?=[A-Z]))?(?:(?!{inside}\b)[\w][\w-]*[ \t]+)?"
                              rf"(?:(?!{inside}\b)[a-z][\w-]*[ \t]+){{0,2}}?"
                              rf"(?P<head>(?![a-z]+ly\b)(?!{inside}\b)[a-z][a-z-]{{2,}})"
                              # "A cheesemaker from England is offering": where the subject is from
                              rf"(?:[ \t]+(?:from|in)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,2}}(?=[ \t]+[a-z]))?"
                              # "The cop initially demanded", "A 17th-century pub, holding...": a verb,
                              # an adverb or an aside ends the noun phrase, and so does the day of
                              # a news story ("Tamil Nadu farmers on Monday ran ...").
                              rf"(?:[ \t]+(?:(?:{_alternation(data['generic']['np_closers'])})\b|[a-z]{{2,}}ly\b|[a-z]{{3,}}ed\b"
                              rf"|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|[ \t]*,)"),
        not_heads=frozenset(data["generic"]["not_heads"]) | frozenset(data["not_names"])
        | frozenset(data["generic"]["np_closers"]),
        ly_nouns=frozenset(data["generic"]["ly_nouns"]),
        # "a 60-year-old man", "the flight lieutenant": a person no name tells, for "he" or "him"
        person_noun=re.compile(rf"(?<![\w'’-])(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
                               rf"(?P<head>(?:{_alternation(data['person_nouns']['words'])}))(?![\w'’-])", re.I),
        measure_nouns=frozenset(data["generic"]["measure_nouns"]),
        place_heads=frozenset(data["generic"]["place_heads"]),
        place_head_after=re.compile(rf"[ \t]+(?:{_alternation(data['generic']['place_heads'])})\b", re.I),
        anaphor_types={k: v for k, v in data["anaphor_types"].items() if not k.startswith("_")},
        worth_not_for=frozenset(data["generic"]["worth_not_for"]),
        worth_not_goods=frozenset(data["generic"]["worth_not_goods"]),
        topic=data["topic"],
        # The nouns our own lists hold: sentence-opening words that are words, not names.
        common_nouns=frozenset(w for w in [*data["company_words"], *data["body_words"], *data["descriptors"],
                                           *data["work_cues"], *data["titles"], *data["generic"]["not_heads"],
                                           *(a.split()[-1] for a in data["anaphors"])] if " " not in w),
        object_verbs={m: re.compile(rf"\b(?:{_alternation(v)})[ \t]+(?:the[ \t]+)?$", re.I)
                      for m, v in data["object_owner"]["verbs"].items()},
        lowercase_words=_lowercase_words(),
        opener_words=_lowercase_words("opener_words.txt"),
        title_modifiers=frozenset(data["title_modifiers"]["words"]),
        # "Hale, who joined the court", "Smith, 45, said": what follows a name says it is a person's.
        # ("Nanik Rupani, president of the chamber", "Marc Ostwald, a strategist at Orvex": an apposition's title)
        person_after=re.compile(rf",[ \t]+(?:who\b|\d{{1,2}},|(?:(?:a|an|the)[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,2}}?"
                                rf"(?:{_alternation([*data['titles'], *data['appositive_titles']['words']])})[ \t]+(?:of|at|for|with)\b"
                                rf"|(?:a|an)[ \t]+(?:[A-Za-z][\w-]*[ \t]+){{0,3}}?"
                                rf"(?:{_alternation([*data['titles'], *data['appositive_titles']['words']])})[ \t]+who\b"
                                # "Jamie Dimon, the bank's boss", "Ravi Dhar, its chief executive"
                                rf"|(?:the[ \t]+[\w-]+[’'?]s|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?"
                                rf"(?:{_alternation([*data['titles'], *data['appositive_titles']['words']])})\b)"),
        person_roles=frozenset(t.lower() for t in [*data["titles"], *data["appositive_titles"]["words"],
                                                    *data["possessed_roles"]["words"]]),
        # "Sibneft, a Russian oil company that ...": an apposition's company word
        # ("Capita, one of the UK's largest outsourcing companies": one of a plural of them)
        # (not "Jamie Dimon, the bank's boss": a possessive company word is whose the title is)
        company_after=re.compile(rf",[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?(?:{_alternation(data['company_cues']['words'])})(?![’'?]s\b)"
                                 rf"|one[ \t]+of[ \t]+(?:the|its|their)[ \t]+(?:[\w’'?-]+[ \t]+){{0,3}}?"
                                 rf"(?:{_alternation([_plural(w) for w in data['company_cues']['words']])}))\b"),
        recipient_measures=frozenset(data["recipient_owner"]["measures"]),
        on_measures=frozenset(data["object_owner"]["on_after"]),
        recipient_after_measures=frozenset(data["recipient_owner"]["after_only"]),
        recipient_stops=frozenset(data["recipient_owner"]["stops"]),
        recipient_roles=frozenset(data["recipient_owner"]["roles"]),
        # "... ministers hope", "... he has earmarked", "... ITV had to pay": a relative clause's verb after its subject
        relative_verb=re.compile(
            rf"(?:[ \t]+(?:{_alternation(relative['auxiliaries'])})(?![\w'’-]))*[ \t]+"
            rf"(?P<verb>(?:{_alternation([*relative['verbs'], *relative['reporting'], *relative['estimating']])})(?![\w'’-])"
            rf"|[a-z]{{3,}}(?:ed|ing)(?![\w'’-]))"),
        relative_reporting=frozenset(relative["reporting"]),
        relative_estimating=frozenset(relative["estimating"]),
        relative_listed=frozenset([*relative["verbs"], *relative["reporting"]]),
        # "Edison Police presented a cheque of USD 1000 to": a verb of presenting, then up to six words to the figure
        present_verb=re.compile(rf"\b(?:{_alternation(data['recipient_owner']['present_verbs'])})"
                                rf"(?:[ \t]+[\w’'-]+){{0,6}}?[ \t]*[?₹]?$", re.I),
        # "AIIMS wins Rs 5-crore award", "has won the first prize, and a cash reward of": a verb of winning,
        # then up to eight words to the figure, none of them another verb's ("if anyone gets martyred, my
        # government will give a compensation of": the giver's clause)
        winner_verb=re.compile(rf"\b(?:{_alternation(data['recipient_owner']['winner_verbs'])})"
                               rf"(?:[ \t]*,?[ \t]+(?!(?:{_alternation(data['recipient_owner']['winner_gap_stops'])})(?![\w’'-]))"
                               rf"[\w’'-]+){{0,8}}?[ \t]*[?₹]?$", re.I),
        # "a bounty of Rs 10 lakh on his head", "on Hafiz Saeed's head": up to four words after the figure,
        # then "on"/"for", a possessor and its head
        bounty_head=re.compile(rf"(?:[ \t]+[\w’'()$£€₹?.,-]+){{0,4}}?[ \t]+(?:on|for)[ \t]+"
                               rf"(?P<possessor>his|her|their|[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,3}}[’']s)[ \t]+"
                               rf"(?:{_alternation(data['recipient_owner']['head_nouns'])})(?![\w’'-])"),
        recipient_window_ends=re.compile(data["recipient_owner"]["window_ends"], re.I),
        # "Rs 15 lakh each to the support staff", "give Rs 900 to every teacher": a sum given per head
        per_head=re.compile(data["recipient_owner"]["per_head"]),
        per_head_not=frozenset(data["recipient_owner"]["per_head_not"]),
        agent_measures=frozenset(data["recipient_owner"]["agent_measures"]),
        agent_plural=re.compile(data["recipient_owner"]["agent_plural"]),
        thing_determiner=re.compile(
            rf"(?:(?<![\w'’])(?:{_alternation(data['attributive_thing']['determiners'])})[ \t]+"
            rf"(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?|[’']s[ \t]+)[?₹]?$", re.I),
        thing_possessive=re.compile(
            rf"(?:(?<![\w'’])(?:{_alternation(data['attributive_thing']['possessive_determiners'])})[ \t]+"
            rf"(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?|[’']s[ \t]+)[?₹]?$", re.I),
        phrase_enders=frozenset(data["attributive_thing"]["phrase_enders"]),
        # "The £200 handheld computers can be used": an auxiliary after two words of goods
        goods_auxiliary=re.compile(rf"[ \t]+(?:{_alternation(data['attributive_thing']['goods_auxiliaries'])})\b"),
        not_things=frozenset(data["attributive_thing"]["not_things"]) | frozenset(data["generic"]["not_heads"]),
        cost_heads=frozenset(data["attributive_thing"]["cost_heads"]),
        # A thing built or held for the sum is a thing after the figure even where the generic
        # heads rule it out elsewhere ("the ?100 plan", "a ?2,254-crore exhibition centre").
        attributive_not_things=(frozenset(data["attributive_thing"]["not_things"])
                                | frozenset(data["generic"]["not_heads"]) - frozenset(data["attributive_thing"]["cost_heads"])),
        thing_measures=(data["attributive_thing"]["default_measure"], data["attributive_thing"]["cost_measure"]),
        share_wholes=frozenset(data["generic"]["share_wholes"]),
        # "In 2006, the district administration had paid", "On the other hand, Assam received": up to
        # two short opening phrases (six words at most) before the subject, each ending in a comma.
        # A time phrase opens one without a comma too: "Last year UK shoppers spent £5.3bn".
        clause_opener=re.compile(rf"(?:[\s\"“‘'*•-]*(?i:{_alternation(data['clause_openers']['words'])})\b"
                                 rf"(?:[ \t]+[^\s,;:]+){{0,5}}[ \t]*,[ \t]*"
                                 rf"|[\s\"“‘'*•-]*(?i:{_alternation(data['clause_openers']['time_phrases'])}|in[ \t]+(?:19|20)\d\d)[ \t]+"
                                 rf"(?=[A-Za-z])){{1,2}}"),
        # "According to Ben Roy from firm Vexa, ...", "..., according to analysts at Orvex.": a source's phrase.
        source_phrase=re.compile(rf"(?<![\w-])(?i:{_alternation(data['clause_openers']['source'])})[ \t][^,;\n]{{1,120}}?"
                                 rf"(?=[,;]|[.!?]?[\"”’']?\s*$|\.\s)"),
        # What follows a clause's subject: a verb, maybe after a relative clause or aside between commas
        # ("Manipur accounted for", "Assam, which accounted for a third, received").
        subject_verb=re.compile(rf"(?:[ \t]*,[^,;]{{1,150}},)?[ \t]+(?:(?:{_alternation(data['generic']['np_closers'])})\b"
                                rf"|[a-z]{{3,}}ed\b)"),
        # "a Lamborghini worth over Rs 5 crore", "Korvo Cabs, valued at $6bn,": between a name and the figure
        name_worth=re.compile(rf"[ \t]*,?[ \t]+(?:(?:is|are|was|were|now)[ \t]+)?(?:{_alternation(data['generic']['worth'])})"
                              rf"[ \t]+(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?\??"),
        # "Only 22% said", "while another 9% wanted": the words between a clause's start and a bare share
        survey_lead=re.compile(rf"(?:(?<![\w-])(?i:{_alternation(data['survey_share']['lead'])})[ \t]+)*$"),
        survey_verb=re.compile(rf"[ \t]+(?:(?:also|still|now|even)[ \t]+)?(?:{_alternation(data['survey_share']['verbs'])})\b"),
        survey_owner=data["survey_share"]["owner"],
        person_acronyms=frozenset(data["person_pronouns"]["acronyms"]) | frozenset(t.lower() for t in data["titles"]),
        # "arrested at Kashmere Gate", "the city of Wuhan": a name there is a place, not a person
        person_place_before=re.compile(rf"(?<![\w-])(?i:{_alternation(data['person_pronouns']['place_before'])})[ \t]+(?:the[ \t]+)?$"),
        # "treasures like Raphael's Madonna", "schools such as Orvex Academy, Kestrel Valley and ...": examples
        antecedent_examples=re.compile(
            rf"(?<![\w-])(?:{_alternation(data['antecedent_examples']['words'])})[ \t]+{_EXAMPLE}(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?"
            rf"|[ \t]+(?:and|or)[ \t]+){_EXAMPLE})*"),
        # "the deficit with China", "its surplus with the EU": the partner, before the name
        creditor=re.compile(rf"(?<![\w-])(?i:{_alternation(data['creditor']['words'])})[ \t]+(?:the[ \t]+)?"
                            r"(?:(?!(?:to|by|from|for|of|in|on|at|with)\b)[A-Za-z][\w-]*[ \t]+){0,2}$"),
        trade_partner=re.compile(rf"(?<![\w-])(?i:{_alternation(data['trade_partner']['words'])})[ \t]+with[ \t]+(?:the[ \t]+)?$"),
        named_head_nouns=frozenset(data["anaphor_named_head"]["nouns"]),
        named_head_distinct=frozenset(data["anaphor_named_head"]["distinct"]),
        # "..., but it is still 40% higher": an "it" that opens a later clause of the sentence
        clause_it=re.compile(rf"(?:{'|'.join(re.escape(b) for b in data['clause_it']['breaks'])})[ \t]+$"),
        clause_it_opener=re.compile(rf"[\s\"“‘'*•-]*(?:(?i:{_alternation(data['clause_it']['openers'])})[ \t]+)?"),
        bare_bodies=frozenset(data["bare_bodies"]["words"]),
        dateline_agency=re.compile(rf"\((?:{_alternation(data['dateline']['agencies'])})\)"),
        dateline_place=re.compile(data["dateline"]["place"]),
        plural_anaphors=frozenset(data["plural_antecedent"]["anaphors"]),
        plural_subjects=frozenset(data["plural_antecedent"]["subjects"]),
        demonstrative_subject=re.compile(r"(?:these|those)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<head>[a-z][a-z-]{2,}(?<![su])s)(?![\w'’-])"
                                         r"(?![ \t]+(?:of|who|which|that)\b)", re.I),
        demonstrative_not_heads=frozenset(data["plural_antecedent"]["demonstrative_not_heads"]),
        plural_report_verbs=frozenset(data["plural_antecedent"]["report_verbs"]),
        # "the farmers' loans", "the property's (previous) reserve price": a possessive before a measure word
        common_possessor=re.compile(rf"(?<![\w'’-])(?P<head>[a-z][a-z-]{{1,}}?)(?:(?<=s)['’]|['’]s)[ \t]+"
                                    rf"(?:[a-z][\w-]*[ \t]+){{0,{data['common_possessor']['span']}}}$"),
        not_possessors=frozenset(data["common_possessor"]["not_possessors"]),
        possessor_gap=data["common_possessor"]["gap"],
        # "Kerry Stokes, owner of the host broadcaster Seven West Media, had invested A$1m": an apposition
        # a title opens, between commas or dashes, is an aside (see title_asides in owners.json)
        title_aside=re.compile(rf",[ \t]*(?:{_title_words(data)})[ \t]+(?:of|at|for|with)[ \t][^,;]{{0,80}},"
                               rf"|[ \t][-–—][ \t]+(?:(?:the|a|an)[ \t]+)?(?:{_title_words(data)})[ \t]+(?:of|at|for|with)[ \t]"
                               rf"[^-–—,;\n]{{0,80}}[ \t][-–—][ \t]"),
        # ("The concert, carried by all four US networks, raised $150m": any past participle and its preposition)
        participle_aside=re.compile(rf",[ \t]*(?:(?:{_alternation(data['participle_asides']['words'])})"
                                    rf"|(?:[a-z]+ly[ \t]+)?[a-z]{{3,}}(?:ed|en)[ \t]+"
                                    rf"(?:{_alternation(data['participle_asides']['past_prepositions'])})(?=[ \t][^,;\d?₹$£€]{{0,80}},))"
                                    rf"[ \t][^,;]{{0,80}},"),
        # "Speaking on German TV, Bert Ruerup said": a participle's phrase that opens the sentence, up to its comma
        opening_participle=re.compile(rf"[\s\"“‘'*•-]*(?:[A-Z][a-z]+ly[ \t]+)?"
                                      rf"(?!(?:{_alternation(data['opening_participle']['not_words'])})\b)"
                                      rf"(?P<word>[A-Z][a-z]{{2,}}ing)[ \t]+"
                                      rf"(?:{_alternation(data['opening_participle']['next_words'])})[ \t][^,;]{{0,120}},"),
        # "After collecting a cheque for $2m, Tom Hale", "At a mere £15, the game": a phrase that opens the
        # sentence with no subject of its own (its participle is not a preposition's: "According to")
        opening_phrase=re.compile(rf"[\s\"“‘'*•-]*(?:(?i:{_alternation(data['opening_phrase']['lead'])})[ \t]+)*"
                                  rf"(?!(?:{_alternation(data['opening_participle']['not_words'])})\b)"
                                  rf"(?i:{'|'.join(data['opening_phrase']['openers'])})[ \t]+(?=[a-z\d$£€₹?])"),
        opening_reported=re.compile(data["opening_phrase"]["reported"]),
        # "of the 4,000 nurses", "of the 2.5 million adult users", "of those polled", "of those aged 30-39"
        group_share=re.compile(
            # "of over-55s", "of 18 to 24 year olds", "of 18 to 30-year-olds": an age group, read first ("olds" is no head)
            rf"[ \t]+of[ \t]+(?:(?:the|all)[ \t]+)?(?P<age>(?:{_alternation(data['group_share']['age_bounds'])})-\d+s"
            rf"|\d+(?:[ \t]+to[ \t]+|-)\d+(?:[ \t]+|-)year(?:[ \t]+|-)olds|\d+-\d+s)(?![\w'’-])"
            rf"|[ \t]+of[ \t]+(?:(?:the[ \t]+)?(?P<lead>(?:{_alternation(data['group_share']['count_leads'])})[ \t]+)?"
            rf"\d[\d,.]*(?:[ \t]+(?:{_alternation(data['group_share']['count_words'])}))?[ \t]+"
            rf"(?P<np>(?:\w[\w-]*[ \t]+){{0,3}}?(?P<head>(?P<irregular>{_alternation(data['group_share']['irregular_plurals'])})"
            rf"|[a-z][a-z-]{{2,}}(?<![su])s))(?![\w'’-])"
            rf"|(?P<those>those[ \t]+(?:(?:{_alternation(data['group_share']['those_words'])})[ \t]+\d[\d-]*"
            rf"|[a-z]{{3,}}ed"
            # "those who voted for them are", "those who don't": the relative clause picks out the group
            rf"|who[ \t]+(?!(?:{_alternation(data['group_share']['those_who_elided'])})[ \t]*(?:[,.;:!?)]|$))"
            rf"[a-z][\w'’-]*(?:[ \t]+(?!(?:{_alternation(data['group_share']['those_who_ends'])})(?![\w'’-]))"
            rf"[a-z][\w'’-]*){{0,3}}?(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:{_alternation(data['group_share']['those_who_ends'])})"
            rf"(?![\w'’-])))(?![\w'’-])))"),
        # "30% of tuberculosis cases occur", "95% of all mobiles sold there": a share of a plural that a
        # word no function word follows (a verb or participle we need not know)
        subject_share=re.compile(
            rf"[ \t]+of[ \t]+(?:(?:the|all|these)[ \t]+)?(?P<np>(?:(?!(?:{_alternation([*data['subject_share']['not_after'], *data['subject_share']['adverbs']])})\b)"
            rf"[a-z][\w-]*[ \t]+){{0,3}}?(?P<head>{_alternation(data['group_share']['irregular_plurals'])}"
            rf"|[a-z][a-z-]{{2,}}(?<![su])s))[ \t]+(?!(?:{_alternation(data['subject_share']['not_after'])})\b)(?=[a-z]{{2,}}\b)"),
        reported_share=re.compile(rf"(?<![\w-])(?:{_alternation(data['subject_share']['reporting'])})(?:[ \t]+that)?[ \t]+$", re.I),
        share_participles=frozenset(data["subject_share"]["participles"]),
        share_adverbs=frozenset(data["subject_share"]["adverbs"]),
        # "Their daughter scored", "His elder brother took": a possessive pronoun and a relative open the clause
        person_nouns=frozenset(data["person_subject"]["words"]),
        kin_words=frozenset(data["kin_subject"]["words"]),
        kin_subject=re.compile(rf"[\s\"“‘'*•-]*(?P<pronoun>(?i:its|their|his|her))[ \t]+(?:[a-z][\w-]*[ \t]+)?"
                               rf"(?P<head>{_alternation(data['kin_subject']['words'])})\b(?![’'-])"),
        # "a £1.3bn takeover offer from Orvex", "Rs 900 crore worth of properties belonging to Vikram Rao",
        # "25% owned by Orvex", "Rs 4,000 crore has been spent on cleaning of the Yamuna": the gap between a
        # figure and the name after it that owns it (see after_owner in owners.json)
        after_owner=_after_owner(data["after_owner"]),
        # "ordered recovery of Rs 97 crore from", "to recover Rs 4 crore from": the debtor follows "from"
        recovery_before=re.compile(rf"(?<![\w-])(?:{_alternation(data['after_owner']['recovery_nouns'])})[ \t]+"
                                   rf"(?:of[ \t]+)?(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?"
                                   r"(?:Rs\.?|Re\.?|INR|USD|US)?[ \t]*[?₹$£€]?[ \t]*$", re.I),
        # "a takeover offer worth", "an offer of an additional": a bid noun just before the figure
        bid_before=re.compile(rf"(?<![\w-])(?:{_alternation(data['after_owner']['bid_nouns'])})[ \t]+"
                              rf"(?:{_alternation(data['after_owner']['bid_before'])})[ \t]+(?:(?:{_alternation(data['generic']['approx'])})[ \t]+)?"
                              r"(?:Rs\.?|Re\.?|INR|USD|US)?[ \t]*[?₹$£€]?[ \t]*$", re.I),
        # "a bribe of Rs 2 crore had been paid by Rekha Nair", "the Rs 9 crore that was demanded by coach Arun Kale"
        after_agent=re.compile(rf"(?:[^()\n]{{0,30}}\))?[ \t]*,?(?:[ \t]+(?:{_alternation(data['after_owner']['agent_auxiliaries'])})){{0,6}}"
                               rf"[ \t]+(?:{_alternation(data['after_owner']['agent_verbs'])})[ \t]+by[ \t]+{_described(data['after_owner'])}"),
        agent_not_measures=frozenset(data["after_owner"]["agent_not_measures"]),
        # "caused a loss of Rs 12 crore to the Delhi Government": whom a loss hurt
        sufferer_gap=re.compile(rf"(?:[^()\n]{{0,30}}\))?[ \t]+to[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,3}}?(?:of[ \t]+)?"
                                rf"{_described(data['after_owner'])}"),
        sufferer_measures=frozenset(data["after_owner"]["sufferer_measures"]),
        # "21% for the OBCs, 16% for the Scheduled Castes": the gap to a listed name, and a figure's end before one
        # (up to three words of its verb between: "Rs 10 crore will be allocated for Orvex Park and Rs 4 crore for ...")
        list_gap=re.compile(rf"\)?(?:[ \t]+[a-z][a-z-]*){{0,3}}[ \t]+(?:{_alternation(data['after_owner']['list_prepositions'])})"
                            r"[ \t]+(?:the[ \t]+)?"),
        listed_figure=re.compile(rf"\d(?:[ \t]*(?:{_alternation(_scale_words())})\b|[ \t]*(?:%|per[ \t]?cent\b|percent\b))?\)?"
                                 rf"(?:[ \t]+[a-z][a-z-]*){{0,3}}[ \t]+(?:{_alternation(data['after_owner']['list_prepositions'])})[ \t]+"),
        # "Rs 5 lakh-plus per appearance in the Supreme Court and": a figure's end, then a phrase of it that ends
        # in a preposition of place, right before a name (a list's figure qualified, not the next one's owner)
        previous_phrase=re.compile(rf"(?:\d|%|\b(?:per[ \t]?cent|percent|{_alternation(_scale_words())}|euros?|pounds|yen|yuan|rupees|dollars))"
                                   rf"(?:-plus)?\)?(?:[ \t]+[a-z][\w-]*){{0,3}}?[ \t]+(?:in|at|on|from)[ \t]+(?:the[ \t]+)?$"),
        # "has signed Monaco's Benjamin Mendy for £52 million": the player signed owns the fee (signed_player)
        signed_measures=frozenset(data["signed_player"]["measures"]),
        signed_verb=re.compile(rf"(?<![\w-])(?:{_alternation(data['signed_player']['verbs'])})\b[^,;.]*$"),
        signed_for=re.compile(r"[ \t]+for[ \t]+(?:(?:a|an|about|around|over|nearly|record|reported|fee|of)[ \t]+)*"
                              r"(?:Rs\.?|Re\.?|INR|USD|US)?[ \t]*[?₹$£€]?[ \t]*"),
        # '"... fined me £120," Kanchanmala said': first-person pronouns and the speaker after a closing quote
        # "Anil Kumble had asked for an amount ... about Rs 9 crore": a verb of asking, the auxiliaries
        # before it, and a gap to the figure with no other verb's clause in it (see asker in owners.json)
        asker_verb=re.compile(rf"(?<![\w'’-])(?:{_alternation(data['asker']['verbs'])})(?![\w'’-])", re.I),
        asker_aux=re.compile(rf"(?:[ \t]+(?:{_alternation(data['asker']['auxiliaries'])}))*[ \t]+$", re.I),
        asker_gap=re.compile(rf"(?:[ \t]*,?[ \t]+(?!(?:{_alternation(data['asker']['gap_stops'])})\b)[^\s\d;:.!\"“”()]+)"
                             rf"{{0,{int(data['asker']['max_gap_words'])}}}[ \t]*,?[ \t]*(?:up[ \t]+to[ \t]+)?"
                             rf"(?:Rs\.?|Re\.?|INR|USD|US\$?|Rupees|[?₹$£€])?[ \t]*",  # ("seek up to $1,000")
                             re.I),
        first_person=re.compile(rf"(?<![\w'’-])(?:{_alternation(data['quoted_speaker']['pronouns'])})(?![\w'’-])"),
        first_person_objects=frozenset(data["quoted_speaker"]["objects"]),
        first_person_possessives=frozenset(data["quoted_speaker"]["possessives"]),
        quote_close=re.compile(rf"[\"”](?:[ \t]*,)?[ \t]*(?:(?P<verb>{_alternation(data['quoted_speaker']['verbs'])})[ \t]+)?"
                               rf"(?:(?:{_alternation(data['quoted_speaker']['titles'])})\.?[ \t]+)?(?=[A-Z])"),
        first_person_opinion=re.compile(rf"(?:[ \t]*(?:{_alternation(data['quoted_speaker']['opinion_auxiliaries'])})){{0,2}}[ \t]+"
                                        rf"(?:{_alternation(data['quoted_speaker']['opinion_verbs'])})\b"),
        quote_verb_after=re.compile(rf"[ \t]+(?:{_alternation(data['quoted_speaker']['verbs'])})\b"),
        plural_not_before=frozenset(data["plural_antecedent"]["not_before"]),
        plural_not_nouns=frozenset(data["plural_antecedent"]["not_nouns"]),
        market_place_before=re.compile(rf"\b(?:{_alternation(data['market_place_before']['words'])})[ \t]+(?:the[ \t]+)?$",
                                       re.I),
        # "the comedy Hitch", "Mr Michael Howard": a cue before a name types it wherever it appears.
        work_before=re.compile(rf"(?<![\w-])(?i:{_alternation(data['work_cues'])}),?[ \t]+[\"“‘']?$"),
        # "communications firm Softbank", "the insurance company Swiss Re": a cue types the name wherever it appears.
        company_before=re.compile(rf"(?<![\w-])(?:{_alternation(data['company_cues']['words'])})[ \t]+$"),
        title_before=re.compile(rf"(?<![\w-])(?i:{_alternation([t for t in data['titles'] if ' ' not in t] + data['person_cues']['words'])})\.?"
                                rf"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){{0,3}}$"),
        # "Also read: ...", "ALSO READ | ...": a pasted link to another story
        teaser_marker=re.compile(rf"(?<![\w-])(?i:{_alternation(data['teaser']['markers'])})[ \t]*[:|-]?", re.I),
        # where a glued teaser ends: "saleNithila", "economyIn", "trick' The bill"
        teaser_end=re.compile(rf"(?<=[a-z]{{2}})(?=[A-Z][a-z])|(?<=[\w'’\"”?)])[ \t]{{1,2}}(?=(?:{_alternation(data['teaser']['openers'])})[ \t])"),
    )


def _described(data: dict[str, Any]) -> str:
    """Up to three describing words before a name: "telecoms giant", "US tycoon", "larger e-commerce rival"."""
    return rf"(?:the[ \t]+)?(?:(?!(?:{_alternation(data['not_descriptors'])})\b)(?:[a-z][\w'’-]*|[A-Z]{{2,4}})[ \t]+){{0,3}}"


def _after_owner(data: dict[str, Any]) -> re.Pattern[str]:
    """The gap from a figure to a name after it that owns it: a bid's bidder, a holding's holder, what
    money was spent on. The group ``bid`` is set when the gap holds a bid noun; a bidder's preposition
    alone (``bidder``) needs one before the figure."""
    # the rest of a bracket the figure opens: "$6.75bn (£3.6bn) buyout", "A$7.4bn ($5.8bn; £3bn) bid"
    bracket = r"(?:[ \t]*\([^()\n]{0,30}\)|[^()\n]{0,30}\))?"
    described = _described(data)
    words = r"(?:[a-z][\w-]*[ \t]+){0,3}?"
    return re.compile(
        rf"{bracket}[ \t]*(?:"
        rf"(?P<bid>[ \t]*(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{_alternation(data['bid_nouns'])})[ \t]+)?"
        rf"(?P<bidder>{_alternation(data['bidder_prepositions'])})[ \t]+"
        rf"|-?(?:worth[ \t]+)?(?:of[ \t]+)?{words}(?:{_alternation(data['holder_links'])})[ \t]+"
        # "a 0.2% slip in High Street sales", "a 13% fall in Halden's shares": what changed
        rf"|(?:[a-z][\w-]*[ \t]+)?(?:{_alternation(load_table('news_verbs.json')['change_nouns'])})[ \t]+in[ \t]+"
        rf"|(?:{_alternation(data['use_auxiliaries'])})[ \t]+(?:{_alternation(data['use_links'])})[ \t]+{words}"
        rf"(?:of[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+)?)?"
        rf"){described}")


def _scale_words() -> list[str]:
    """The scale words of amounts ("crore", "bn"), from scales.json."""
    return [w for scale in load_table("scales.json")["scales"] for w in scale["words"]]
# One example a list gives: a capitalised name, maybe possessive or with "of the" inside ("Raphael's
# Madonna of the Pinks"), or one a noun ends before the list goes on ("the 1993 Starfox game,").
_EXAMPLE = r"(?:the[ \t]+)?[A-Z0-9][\w'’&-]*(?:[ \t]+(?:(?:of|de|du|la)[ \t]+(?:the[ \t]+)?)?[A-Z0-9][\w'’&-]*)*(?:[ \t]+[a-z]+(?=[ \t]*[,;.]))?"


def _plural(word: str) -> str:
    """A cue noun's plural ('company' -> 'companies', 'firm' -> 'firms')."""
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _lowercase_words(name: str = "lowercase_words.txt") -> frozenset[str]:
    """English words written far more often in lower case, or (``opener_words.txt``) more often in
    lower case at all (``scripts/build_lowercase_words.py``)."""
    path = packaged_patterns_dir() / name
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError as exc:
        raise PatternError(path, f"cannot read: {exc}") from None
