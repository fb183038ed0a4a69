"""The subject of the verb that governs a figure ("house prices rose 3%"), and of a sentence.

With no parser, a clause's subject is read back from the verb of change or having before the
figure, over auxiliaries, adverbs and the words between ("UK house prices fell 3%" is the houses',
"an average cricketer still gets a match fee of" the cricketer's). A common noun that opens the
sentence is also what "it" or "his" may stand for ("the US stock market"), and the previous
sentence's subject what an opening "It" continues. Verb lists are in ``news_verbs.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import anaphors_in
from .names import Candidate
from .owner_clauses import _news_verbs, _opens_relative_verb
from .owner_payers import _directing_payment
from .owner_rules import OwnerRules
from .owner_words import (
    _APOSTROPHE_WORD, _OF_THEN_NAME, _PERCENT_END, _PLACE_KINDS, _POSSESSED_BEFORE, _PREPOSITIONS, _WORD_BACK,
    _common_name, _noun_head, _thing,
)
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from .facts import _DocContext
    from .measures import Trigger


# Prepositions a subject's qualifying phrase opens with ("the number of gadgets in the shops rose").
_PP_HEADS = frozenset({"in", "with", "at", "on", "from", "across", "among"})
# A present participle that opens a phrase qualifying the subject, as a preposition does ("the number of
# trucks entering the capital declined by 20%": the trucks'), after a word of the subject's phrase.
_PARTICIPLE_TAIL = re.compile(r"[a-z]{3,}ing")


_NP_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*|\d+-[a-z]+(?:-[a-z]+)*")
# "A similar TV benefit raised $150m", "LED bulbs cost Rs 70": a short acronym inside the phrase, before its noun
_ACRONYM_MODIFIER = re.compile(r"[A-Z]{2,3}|\d[A-Z]|[A-Z]\d")
_NOT_NP_WORDS = frozenset({"and", "or", "nor", "not", "never", "far", "cannot", "mind", "although", "though", "if",
                           "unless", "whether", "did", "does", "do", "what", "how", "why", "so", "too", "very",
                           "more", "less", "most"})
_DEFINITE = re.compile(r"(?:the|this|that|these|those)\s", re.I)
_DETERMINERS_AT_END = re.compile(r"(?:[ \t]+(?:average|overall|total|annual|monthly))+$", re.I)
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_IN_PLACE_BACK = re.compile(r"(?<![\w-])(?:in|across)[ \t]+(?:the[ \t]+)?$")
_IN_YEAR_BACK = re.compile(r"(?<![\w-])in[ \t]+(?:19|20)\d\d[ \t]*$")
_TOKEN_BACK = re.compile(r"(?<!\S)(\S+)[ \t]*$")
_FIGURE_WORD = re.compile(r"[?₹$£€]?\d[\d.,]*(?:%|bn|m|k)?|Rs\.?|Re|per|cent|crore|lakh|million|billion", re.I)


@lru_cache(maxsize=1)
def _compared_be() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(forms of "be", words before the figure, a comparative after it): ``compared_be`` in news_verbs.json."""
    data = load_table("news_verbs.json")["compared_be"]
    return (frozenset(data["be"]), frozenset(data["before"]),
            re.compile(rf"[ \t]+(?:{'|'.join(data['after'])})\b"))


def _compared_be_verb(text: str, word: str, seen: list[str], fig_end: int) -> bool:
    """A form of "be" that governs a figure that is a difference ("were down 40%", "are Rs 10 higher
    than"), so its subject is what changed, as a verb of change's is; "was 3% of GDP" is no change."""
    be, before, after = _compared_be()
    return word in be and (any(w in before for w in seen) or after.match(text, fig_end) is not None)


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


def _change_after(text: str, fig_end: int) -> bool:
    """A change noun right after the figure ("registered a 142% growth")."""
    return _change_noun().match(text, fig_end) is not None


def _verb_subject(ctx: _DocContext, clause_start: int, fig_start: int, fig_end: int, cands: list[Candidate],
                  triggers: list[Trigger], rules: OwnerRules,
                  sourced: list[tuple[int, int]], before_phrase: int | None = None,
                  phrases: int = 0) -> tuple[int, Subject] | None:
    """The common noun phrase right before the verb that governs the figure: "UK house prices fell
    3%" (the houses'), "light crude oil futures have lost $4" (the oil's), "the price of diesel rose
    to Rs 70". None when a name is in the phrase ("Tesco's sales rose 5%": the name owns it), when the
    phrase follows a preposition (no subject), or when its head is a measure word ("profits rose")."""
    verbs, gap, aux, of_heads, openers, determiners, transitive, approx, company_heads, of_owners = _news_verbs()
    approx_words = frozenset(w for phrase in approx for w in phrase.split())
    text = ctx.text
    held = _share_verb(text, clause_start, fig_start, fig_end) if _PERCENT_END.search(text, fig_start, fig_end) else None
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
        if _compared_be_verb(text, word.lower(), seen, fig_end):
            pos = m.start()  # "asylum applications were down 40%", "the fares are Rs 10 higher"
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
        if _directing_payment().search(text, max(clause_start, fig_start - 120), fig_start) is not None:
            return None  # a headline's "Firm told interns to pay Rs 2 lakh": the one told pays (``_directed_payer``)
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
                                                         for c in cands)
                        or words and _ACRONYM_MODIFIER.fullmatch(word)
                        and not any(c.start <= m.start(1) < c.end for c in cands)) \
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
        if phrases < 2 and (m.group(1).lower() in _PP_HEADS or _PARTICIPLE_TAIL.fullmatch(m.group(1))
                            and _WORD_BACK.search(stripped[:m.start()].rstrip()) is not None):
            # "The number of gadgets in the shops is predicted to grow by 11%": a phrase that
            # qualifies the subject before it; that one is the subject (past two such phrases: "Farmers
            # from the village in the hill district will get Rs 2 crore")
            return _verb_subject(ctx, clause_start, fig_start, fig_end, cands, triggers, rules, sourced,
                                 max(clause_start, pos - 40) + m.start(1), phrases + 1)
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
            and not _PEOPLE_PLURAL.fullmatch(head) \
            or not _noun_head(head, rules) \
            or head.lower() in rules.measure_nouns \
            or any(t.start_char < end and t.end_char > start for t in triggers):
        return None
    if verb in transitive and head.endswith("ing"):
        return None  # "the Harbour Board said dredging cost Rs 40 crore": who pays for the work owns it
    phrase = text[start:end]
    return start, Subject(text=phrase, name=_common_name(phrase), acronym=None, label="THING")


# A capitalised plural that names a people, not a firm: "Americans spent $5bn", "Hindus were almost 90%"
# (the endings of demonyms, as ``owner_groups`` reads them after a share, and the faiths' plurals).
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ans|ons|is)|Hindus|Muslims|Sikhs|Jews|Dalits|Buddhists|Parsis")


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


def _share_verb(text: str, clause_start: int, fig_start: int, fig_end: int) -> tuple[int, str] | None:
    """(start, verb) of the verb that makes a percentage a share of its subject ("tourism accounts for about
    6% of the country's GDP"): the phrase before the verb owns it, not the whole after "of". A plural
    "are" or "were" does so only before "of" ("Hindus were almost 90% of the population")."""
    m = _share_verb_back().search(text, max(clause_start, fig_start - 40), fig_start)
    if m is None and _OF_AFTER.match(text, fig_end):
        m = _share_be_back().search(text, max(clause_start, fig_start - 40), fig_start)
    return (m.start("verb"), m.group("verb").split()[0].lower()) if m is not None else None


_OF_AFTER = re.compile(r"[ \t]+of[ \t]")


@lru_cache(maxsize=1)
def _share_be_back() -> re.Pattern[str]:
    """``share_be_verbs`` right before a percentage, an approximation between."""
    verbs = "|".join(load_table("news_verbs.json")["share_be_verbs"])
    return re.compile(rf"(?<![\w'’-])(?P<verb>{verbs})[ \t]+(?:(?:about|around|nearly|almost|over|just|only|some|"
                      r"roughly|at[ \t]+least|more[ \t]+than|less[ \t]+than)[ \t]+)?$")


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


@lru_cache(maxsize=1)
def _indefinite_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an indefinite subject of a condition, one a relative clause that opens the sentence describes),
    from ``indefinite_subject`` in owners.json. The phrase is the determiner, up to two words and the
    head; a verb follows a condition's subject, "who" the relative's."""
    data = load_table("owners.json")["indefinite_subject"]
    openers = "|".join(data["openers"])
    determiners = "|".join(data["determiners"])
    verbs = "|".join(data["verbs_after"])
    condition = re.compile(
        rf"(?<![\w-])(?i:{openers})[ \t]+(?:{determiners})[ \t]+"
        rf"(?P<np>(?:[a-z][\w-]*[ \t]+){{0,2}}?(?P<head>[a-z][\w-]{{2,}}))"
        rf"(?=[ \t]+(?:(?:{verbs})|[a-z]{{2,}}(?<!s)s|[a-z]{{2,}}ed)\b)")
    relative = re.compile(
        r"[\s\"“‘'*•-]*(?:A|An|One)[ \t]+(?P<np>(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][\w-]{2,}))"
        r"(?=[ \t]+who[ \t])")
    return condition, relative


# A clause mark between the subject and the figure: the figure is in another clause.
_CLAUSE_MARK_BETWEEN = re.compile(r"[,;:!?()\"“”]|[ \t]-[ \t]")


def _indefinite_subject(ctx: _DocContext, sent_start: int, fig_start: int,
                        rules: OwnerRules) -> tuple[int, Subject] | None:
    """The indefinite subject of the figure's clause, with where it starts: of a condition ("if a punter
    had staked Rs 500 on Orvex": the punter's stake, not the team's) or the antecedent of a relative
    clause that opens the sentence ("An investor who had put Rs 5,000 into the issue": the investor's), when
    no clause mark stands between it and the figure. No one in particular is named, so the kind of one
    owns the figure, as a reader names "a punter" or "an investor who had put in"."""
    text = ctx.text
    condition, relative = _indefinite_rules()
    found = None
    for m in condition.finditer(text, sent_start, fig_start):
        found = m
    if found is None:
        found = relative.match(text, ctx.after_dateline(sent_start, fig_start), fig_start)
    if found is None or _CLAUSE_MARK_BETWEEN.search(text, found.end("head"), fig_start) \
            or not _noun_head(found.group("head"), rules) or found.group("head").lower() in rules.measure_nouns \
            or any(found.start("np") <= c.start < found.end("head") for c in ctx.candidates_between(sent_start, fig_start)):
        return None
    # (the head and a noun before it, as a verb's subject: "If a small club can pay £2m" is a club's, "if a
    # football team can afford" a football team's)
    return found.start("head"), _thing(text, *found.span("head"))


# The rest of a condition up to the comma that ends it, and the pronoun that opens the main clause.
_CONDITION_REST = re.compile(r"[^,;:.!?\"“”]{0,120},[ \t]*(?:then[ \t]+)?$")


def _conditional_antecedent(ctx: _DocContext, sent_start: int, pronoun_start: int) -> Subject | None:
    """What a pronoun that opens the main clause after a condition stands for: the condition's indefinite
    subject ("If a household spends over Rs 8 lakh on a wedding, it must give 5%": the household; "if an
    unruly flyer delays a plane, he will pay Rs 3 lakh": the flyer), not a name read before."""
    text = ctx.text
    condition, _ = _indefinite_rules()
    found = None
    for m in condition.finditer(text, sent_start, pronoun_start):
        found = m
    if found is None or not _CONDITION_REST.fullmatch(text, found.end("head"), pronoun_start):
        return None
    return _thing(text, *found.span("head"))
