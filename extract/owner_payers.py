"""Who money goes to, who pays it and who asks for it.

A compensation, prize or fine belongs to whom it goes to or is laid on ("Rs 2 lakh to a murder
convict", "a fine of Rs 5,000 on Abid Khan"), a bounty to whose head it is on, a sum asked for to
the one who asks ("Anil Kumble had asked for ... about Rs 9 crore"), and a sum someone is told to
pay to the one told ("asked railways to pay ?50 crore"), a sum a passive verb gives or fines to its
subject ("the directors were fined ?10 lakh"), and a fine a rule sets to whoever breaks it ("Anyone
found guilty faces a fine of Rs 50,000"), not to the nearest name. These read the
verb and preposition that govern the figure, so they are kept together, apart from the roles of
names (``owner_roles``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import anaphors_in, resolve_anaphor
from .names import Candidate
from .owner_clauses import _opens
from .owner_rules import OwnerRules, owner_rules
from .owner_words import (
    _PERCENT_END, _PLACE_KINDS, _POSSESSED_BEFORE, _POSSESSIVE_PRONOUNS, _PREPOSITIONS, _WORD_BACK, _as_anaphor,
    _common_name, _noun_head, _thing, _words_between,
)
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext


_RECIPIENT_DETERMINER = re.compile(r"[ \t]*(?:the|a|an|his|her|its|their|each|every)[ \t]+", re.I)
# What follows a verb, not a noun: an object's determiner or a figure.
_VERB_OBJECT = re.compile(r"[ \t]*(?:(?:the|a|an|its|their|his|her|this|that|these|those)\b|[?₹$£€\d]|Rs\b|rs\b)")


_TO_FOR = re.compile(r"\b(?:to|for)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?")
# "5% reservation for the Gujjars": "to"/"for" read only right after the figure and its noun
_TO_FOR_AFTER = re.compile(r"(?<![\w-])(?:to|for)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?")
_ON = re.compile(r"\b(?:on|upon)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+|these[ \t]+|those[ \t]+)?")
_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "it"})
_RECIPIENT_WORD = re.compile(r"[ \t]*(\w[\w-]*)")
# "a Dubai-bound passenger", "a Delhi-based trader": a name made an adjective qualifies the noun after it
_PLACE_ADJECTIVE = re.compile(r"[A-Z][\w]*-[a-z][a-z-]*")
# "... for the injured and Rs 1 lakh for ...", "... and ?75,000 each": a figure opens the list's next item
_LIST_FIGURE_NEXT = re.compile(r"[ \t]*(?:(?:Rs\.?|Re\.?|INR|USD|US\$)(?![\w])|[?₹$£€\d])")


# the words of a title before a name: "CM", "Union Minister", "former skipper"
_TITLE_WORD = re.compile(r"[ \t]*([A-Za-z][\w.-]*)")
_SPACES = re.compile(r"[ \t]*")


def _titled_name_at(text: str, pos: int, hi: int, cands: list[Candidate], rules: OwnerRules) -> Candidate | None:
    """The person a title introduces right where a recipient stands ("a fine of ?10,000 on CM Arvind
    Kejriwal", "Rs 5 lakh to Delhi CM Arvind Kejriwal"): the title's words (after the place whose
    title it is; an acronym the text spelled out, "CM", among them) are no owner of their own, so the
    person after them is whom the sum goes to or is laid on. None when no title word stands there, or
    no person's name follows the title ("for former Shell boss": the firm is not the one paid)."""
    place = next((c for c in cands if c.start == pos and c.kind in _PLACE_KINDS), None)
    if place is not None:
        pos = place.end  # "Delhi CM Arvind Kejriwal": the place whose minister it is
    titled = False
    while (word := _TITLE_WORD.match(text, pos, hi)) is not None and _title_word(word, cands, rules) is not None:
        titled, pos = titled or _title_word(word, cands, rules), word.end()
    if not titled:
        return None
    pos = _SPACES.match(text, pos).end()
    return next((c for c in cands if c.start == pos and c.kind in ("PERSON", "NAME")), None)


def _title_word(word: re.Match[str], cands: list[Candidate], rules: OwnerRules) -> bool | None:
    """Whether a word is a title (True), a title's modifier ("former", False), or neither (None); a
    name chunk that starts there is no title unless it is that one word ("CM", read as an acronym)."""
    if any(c.start == word.start(1) and c.end != word.end(1) for c in cands):
        return None
    low = word.group(1).lower().rstrip(".")
    return True if low in rules.title_words else False if low in rules.title_modifiers else None


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
        if (titled := _titled_name_at(text, m.end(), hi, cands, rules)) is not None:
            return titled.start, titled.subject
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
            if w is None or w.group(1).lower() in rules.recipient_stops \
                    or w.group(1)[0].isupper() and not _PLACE_ADJECTIVE.fullmatch(w.group(1)) \
                    or m.end() <= fig_start <= w.start(1):
                break  # (the figure ends a phrase before it: "ordered to pay 200,000 dollars" is paid to no "pay 200")
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


def _per_head_recipient(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_start: int, fig_end: int,
                        cands: list[Candidate]) -> tuple[int, Subject] | None:
    """Whom a sum given per head goes to ("Rs 15 lakh each to the support staff", "give Rs 900 to
    every teacher"): "each" or "every" says the sum is each recipient's share, so the recipients own
    it whatever the measure, as they own a compensation; the giver named before does not. Money
    only: "Airtel and Idea contribute 2 per cent each to the traffic" is their own share."""
    if _PERCENT_END.search(ctx.text, fig_start, fig_end):
        return None
    m = owner_rules().per_head.match(ctx.text, fig_end, hi)
    if m is None:
        return None
    return _recipient(ctx, sent, lo, hi, m.start("prep"), cands, _TO_FOR_AFTER)


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
# ("to Srikanth's coach, Pullela Gopichand": the name may stand in apposition after a comma)
_DESCRIBED_RECIPIENT = re.compile(r"(?:[’']s)?(?:[ \t]+[\w’'-]+){0,3}?[ \t]+(?P<role>[a-z][a-z-]+),?[ \t]+(?=[A-Z])")


def _described_recipient(text: str, start: int, hi: int, cands: list[Candidate], rules: OwnerRules) -> Candidate | None:
    """The person a title or role word introduces right after a recipient's preposition: "a reward for
    cricketer Harmanpreet Kaur", "presented Rs 15 lakh to Srikanth's coach Pullela Gopichand", also in
    apposition after a comma ("to Srikanth's coach, Pullela Gopichand")."""
    gap = _DESCRIBED_RECIPIENT.match(text, start - 1 if text[start - 1:start] == " " else start, hi)
    if gap is None or gap.group("role").lower() not in rules.person_roles | rules.recipient_roles:
        return None
    for c in cands:
        if c.start == gap.end():
            return c if c.kind in ("PERSON", "NAME") else None
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
    return _subject_before(ctx, sent_start, pos, verb_end, fig_start, distance, cands, rules)


def _subject_before(ctx: _DocContext, sent_start: int, pos: int, verb_end: int, fig_start: int, distance: int,
                    cands: list[Candidate], rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """The subject that ends at ``pos``, before a verb that governs the figure (ending at ``verb_end``):
    what an anaphor there stands for, a name, the noun a "who" clause describes, or a plain noun; with
    ``distance`` and the subject's start. None for anything else."""
    text = ctx.text
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
def _passive_giving() -> re.Pattern[str]:
    """A form of "be", a verb of giving, fining or taking from in its passive (after another participle
    and "and"), goods "worth" and an approximation, up to the figure (``passive_recipient`` in owners.json):
    "were fined ?60,000", "has been awarded up to $5,000", "was robbed of jewellery worth ?10 lakh", "were
    booked and issued notices worth ?70 lakh"."""
    data = load_table("owners.json")["passive_recipient"]
    return re.compile(rf"(?<![\w'’-])(?:{_words(data['be'])})[ \t]+(?:(?:{_words(data['adverbs'])})[ \t]+)?"
                      rf"(?:[a-z]+ed[ \t]+and[ \t]+(?:(?:{_words(data['be'])})[ \t]+)?)?(?:{_words(data['verbs'])})[ \t]+(?:(?:[a-z][\w-]*[ \t]+){{1,3}}?worth[ \t]+)?"
                      rf"(?:(?:{_words(data['approx'])})[ \t]+)?"
                      r"(?:Rs\.?[ \t]*|Re\.?[ \t]*|INR[ \t]*|USD[ \t]*|[?₹$£€])?$", re.I)


def _words(words: list[str]) -> str:
    return "|".join(w.replace(" ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


# Words before a passive verb that are no subject of it.
_NOT_SUBJECT_WORDS = _PREPOSITIONS | frozenset({"to", "of", "and", "or", "but", "not", "never", "being", "having",
                                                "who", "which", "that", "when", "if", "after", "before"})


def _passive_recipient(ctx: _DocContext, sent_start: int, fig_start: int, cands: list[Candidate],
                       rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """Who a passive verb of giving or fining has as its subject: "the directors were fined ?10 lakh",
    "journalists were paid ?50 crore" (theirs, not the court's named before), "Beti Bachao has been given
    Rs 200 crore". The subject is the one given or fined, as the object of the active verb is ("fined
    CBS $550,000"). None when no such verb governs the figure or its subject is no noun or name."""
    text = ctx.text
    if _PERCENT_END.search(text, fig_start, fig_start + 12):
        return None  # ("would be charged only 25% income tax": a rate, not a sum given)
    m = _passive_giving().search(text, max(sent_start, fig_start - 60), fig_start)
    if m is None:
        return None
    aux = rules.asker_aux.search(text, max(sent_start, m.start() - 40), m.start())
    pos = aux.start() if aux is not None else m.start()
    before = _WORD_BACK.search(text, max(sent_start, pos - 30), pos)
    if pos <= sent_start or before is None or before.group(1).lower() in _NOT_SUBJECT_WORDS \
            or _POSSESSED_BEFORE.search(text, max(sent_start, pos - 12), pos):
        return None  # ("after being fined £150", "were to be paid": no subject right before)
    if any(not text[end:pos].strip() for _, _, _, end in anaphors_in(ctx, max(sent_start, pos - 40), pos)):
        return None  # "they were only paid Rs 5,465": the anaphor rules read what a pronoun stands for
    found = _subject_before(ctx, sent_start, pos, m.end(), fig_start, 0, cands, rules)
    if found is None or any(c.start == found[1] and c.kind in _PLACE_KINDS for c in cands):
        return None  # "a KLM employee working in Paris is charged ?10": the place is no subject
    phrase_start = text.rfind(found[2].text, max(sent_start, found[1] - 60), found[1] + len(found[2].text))
    phrase_start = phrase_start if phrase_start >= 0 else found[1]
    lead = _WORD_LEAD.search(text, max(sent_start, phrase_start - 30), phrase_start)
    joined = _AND_LEAD.search(text, max(sent_start, phrase_start - 60), phrase_start)
    if lead is not None and lead.group("word").lower() in _LEAD_PREPOSITIONS \
            or joined is not None and any(c.end == joined.start() for c in cands):
        # "in the end was granted £349m", "in an air rage could be fined": a preposition's object;
        # "Vivendi and its chief executive Messier were each fined": one of the subjects only
        return None
    return found


# The word before a subject phrase, past its determiner; "and" a few words before it.
_LEAD_PREPOSITIONS = _PREPOSITIONS | frozenset({"in", "on", "at", "of", "for", "from", "with", "by", "to", "into",
                                               "under", "over", "about", "like"})
_WORD_LEAD = re.compile(r"(?<![\w'’-])(?P<word>[A-Za-z]+)[ \t]+(?:(?:the|a|an|its|their|his|her|this|that)[ \t]+)?$")
_AND_LEAD = re.compile(r"[ \t]+and[ \t]+(?:[\w'’-]+[ \t]+){0,4}$")


@lru_cache(maxsize=1)
def _directing_payment() -> re.Pattern[str]:
    """A directing verb, its object, then "to" and a paying verb with up to four words to the figure
    ("ordered Orvex Motors to pay a fine of", "asked railways to pay", "instructed him to pay back")."""
    data = load_table("news_verbs.json")
    verbs = "|".join(sorted(data["directing_verbs"], key=len, reverse=True))
    paying = "|".join(sorted((v.replace(" ", r"[ \t]+") for v in data["paying_verbs"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?i:{verbs})[ \t]+(?P<obj>[^,;.:!?\"“”()]{{1,60}}?)[ \t]+to[ \t]+(?i:{paying})"
                      rf"(?:[ \t]+back)?(?:[ \t]+(?!to\b)[a-z][\w-]*){{0,4}}?[ \t]+(?:Rs\.?[ \t]*|INR[ \t]*|[?₹$£€])?$")


@lru_cache(maxsize=1)
def _directing_clause() -> re.Pattern[str]:
    """A directing or wanting verb, its object, then "to" and any verb, with up to twenty words to the
    figure and no clause mark ("asked Orvex Telecom to withdraw its offer of free calls for a minimum",
    "urged the Board to say how", "wanted Orvex Athletics to justify funding of more than"); not a verb of
    giving, nor past a subordinator (directed_not_verbs, directed_not_gap in news_verbs.json)."""
    data = load_table("news_verbs.json")
    verbs = "|".join(sorted(data["directing_verbs"] + data["wanting_verbs"], key=len, reverse=True))
    not_verbs = "|".join(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "my", "our",
                          *data["directed_not_verbs"]])
    gap_stops = "|".join(data["directed_not_gap"])
    return re.compile(rf"(?<![\w'’-])(?i:{verbs})[ \t]+(?P<obj>[^,;.:!?\"“”()]{{1,60}}?)[ \t]+to[ \t]+"
                      rf"(?!(?:{not_verbs})\b)[a-z][\w-]*"
                      rf"(?:[ \t]+(?!(?:{gap_stops})\b)[^\s,;:!?\"“”()]+){{0,20}}?[ \t]+(?:Rs\.?[ \t]*|INR[ \t]*|[?₹$£€])?$")


def _directed_subject(ctx: _DocContext, sent_start: int, fig_start: int, cands: list[Candidate],
                      rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """Who a directing or wanting verb has do what the figure's "to" clause says, with the words from
    them to the figure: a name ("asked Orvex Telecom to withdraw its offer of ... a minimum Rs 303") or
    what a pronoun stands for ("urged them to cut fares by 10%"). The object is that clause's subject, as
    "railways" is of "asked railways to pay" (``_directed_payer``, which reads common nouns too); None
    when the object is no name, a nationality or mineral, or a place that only qualifies it."""
    text = ctx.text
    m = _directing_clause().search(text, max(sent_start, fig_start - 200), fig_start)
    if m is None:
        return None
    start, end = m.span("obj")
    distance = _words_between(text, end, fig_start)
    for c in cands:
        # ("Mukesh Ambani-led Reliance Jio": a name may end in capitalised words the candidate leaves out)
        if c.start >= start and (c.end == end or _CAPITALISED_TAIL.fullmatch(text, c.end, end)) \
                or c.start == start and c.end >= end:
            # ("directed all agencies in Delhi to": a place that ends the object only qualifies it)
            return (distance, c.start, c.subject) \
                if c.kind not in {"MINERAL", "NORP"} and (c.start == start or c.kind not in _PLACE_KINDS) else None
    for word, kind, a_start, a_end in anaphors_in(ctx, start, end):
        if a_start == start and a_end == end and (resolved := resolve_anaphor(ctx, kind, a_start)) is not None:
            return distance, a_start, _as_anaphor(resolved, word, rules)
    return None


_CAPITALISED_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'’.&-]*)+")


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


@lru_cache(maxsize=1)
def _given_to_pattern() -> re.Pattern[str]:
    """After a sum: an auxiliary, "be" or "been", a verb of giving (``given_to`` in owners.json), "to"/"for"."""
    verbs = "|".join(v.replace(" ", r"[ \t]+") for v in load_table("owners.json")["given_to"]["verbs"])
    return re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:will|would|has|have|had|is|are|was|were|shall|must|should|"
                      r"can|could|may)[ \t]+(?:(?:also|now|then|soon|only)[ \t]+)?(?:(?:be|been)[ \t]+)?"
                      rf"(?:{verbs})[ \t]+(?:(?:directly|immediately)[ \t]+)?(?P<prep>to|for)[ \t]")


def _given_to(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_start: int, fig_end: int, cands: list[Candidate],
              rules: OwnerRules) -> tuple[int, Subject] | None:
    """Whom a sum that a passive verb of giving has as its subject goes to: "A further 15m euros will be made
    available to wine cooperatives", "Rs 50,000 will be given to those seriously injured". Money only; after
    "for", only a plural of people ("will be provided for mothers who ..."), not a purpose."""
    text = ctx.text
    if _PERCENT_END.search(text, fig_start, fig_end):
        return None
    m = _given_to_pattern().match(text, fig_end, hi)
    if m is None:
        return None
    found = _recipient(ctx, sent, lo, hi, m.start("prep"), cands, _TO_FOR_AFTER)
    if found is None or m.group("prep") == "to":
        return found
    head = found[1].text.split()[-1].lower()
    if found[1].label == "THING" and not (found[1].text.lower().startswith("those ") or rules.agent_plural.search(head)
                                          or head in ("people", "men", "women", "children", "families", "mothers")):
        return None
    return found


@lru_cache(maxsize=1)
def _reserving_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the verb and an approximation right before a percentage, the thing reserved and "for"/"to" after it,
    the words that may stand between the subject and the verb), from ``reserved_things`` in owners.json."""
    data = load_table("owners.json")["reserved_things"]
    verbs = "|".join(v.replace(" ", r"[ \t]+") for v in data["verbs"])
    verb = re.compile(rf"(?<![\w'’-])(?:{verbs})[ \t]+"
                      r"(?:(?:up[ \t]+to|upto|about|around|nearly|only|at[ \t]+least|over)[ \t]+)?$", re.I)
    thing = re.compile(rf"[ \t]+(?:of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?)?(?:[a-z][\w-]*[ \t]+)?"
                       rf"(?:{'|'.join(data['things'])})[ \t]+(?:for|to)\b")
    lead = re.compile(rf"(?:[ \t]+(?:{'|'.join(data['lead'])}))*[ \t]+$", re.I)
    return verb, thing, lead


def _reserver(ctx: _DocContext, sent_start: int, fig_start: int, fig_end: int, hi: int, cands: list[Candidate],
              rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """Who reserves or offers a share of seats or posts for a group: the subject of the verb ("Colleges reserve
    up to 5% seats for students", "private schools are mandated to offer 25% seats to poor children"), read as
    an asker's (``_subject_before``); not the seats, nor the group they are for. Percentages only."""
    text = ctx.text
    if not _PERCENT_END.search(text, fig_start, fig_end):
        return None
    verb_re, thing_re, lead_re = _reserving_patterns()
    verb = verb_re.search(text, max(sent_start, fig_start - 40), fig_start)
    if verb is None or thing_re.match(text, fig_end, hi) is None:
        return None
    lead = lead_re.search(text, max(sent_start, verb.start() - 60), verb.start())
    pos = lead.start() if lead is not None else verb.start()
    return _subject_before(ctx, sent_start, pos, verb.end(), fig_start, 0, cands, rules)


@lru_cache(maxsize=1)
def _agent_by_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after a figure: lower-case words, a "that"/"which" and its auxiliaries, the participle and "by";
    at a clause's start: a money word, the participle and "by"), from ``agent_by`` in owners.json."""
    data = load_table("owners.json")["agent_by"]
    verbs = "|".join(data["verbs"])
    money = "|".join(w.replace(" ", r"[ \t]+") for w in data["money_words"])
    after = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+[a-z][\w-]*){0,3}?"
                       r"(?:[ \t]*,?[ \t]+(?:that|which)(?:[ \t]+(?:they[ \t]+)?[a-z]+){0,4}?)?"
                       rf"[ \t]+(?:{verbs})[ \t]+by[ \t]+(?:the[ \t]+)?")
    before = re.compile(r"[\s\"“‘'*•-]*(?:(?i:the|total|all|its|their)[ \t]+){0,2}(?:[a-z][\w-]*[ \t]+)?"
                        rf"(?i:{money})[ \t]+(?:{verbs})[ \t]+by[ \t]+(?:the[ \t]+)?")
    return after, before


def _agent_by(ctx: _DocContext, subject_start: int, fig_start: int, fig_end: int, hi: int, cands: list[Candidate],
              rules: OwnerRules) -> tuple[int, Subject] | None:
    """Whose a sum is when a participle of holding, owing or asking names them with "by": after the figure
    ("the Rs 9 crore that was demanded by former coach Anil Kumble", "a $27bn bill, which they claim is owed
    by Yukos"), or as the clause's subject before it ("Money held by Indians in Swiss banks fell to 676
    million francs"), a reported clause's too ("The bank said total money held by pensioners fell 40%"). A
    name right after "by" (a title before it kept out), else a plain noun phrase."""
    text = ctx.text
    after, before = _agent_by_patterns()
    m = after.match(text, fig_end, hi)
    if m is None:
        # the clause's subject, or a reported clause's ("The bank said total money held by pensioners fell 40%")
        m = before.match(text, subject_start, fig_start) or next(
            (r for s in _REPORTED_START.finditer(text, subject_start, fig_start)
             if (r := before.match(text, s.end(), fig_start)) is not None), None)
        if m is None or _FIGURE_IN.search(text, m.start(), m.end()):
            return None
    if (titled := _titled_name_at(text, m.end(), hi, cands, rules)) is not None:
        return titled.start, titled.subject
    for c in cands:
        if c.start == m.end():
            return (c.start, c.subject) if c.kind not in _PLACE_KINDS else None
    np = _AGENT_NP.match(text, m.end(), hi)
    if np is None or not _noun_head(np.group("head"), rules) or np.group("head").lower() in rules.measure_nouns \
            or np.group("head").lower() in _PRONOUNS:
        return None
    return np.start(), _thing(text, *np.span("head"))


# Where a reported clause starts: after a verb of saying or "that"
_REPORTED_START = re.compile(r"\b(?:said|says|say|told|that|added|claimed)(?=[ \t])")
# A figure inside a stretch of text ("Rs 5 lakh", "$3bn", "40%"): the subject phrase holds none
_FIGURE_IN = re.compile(r"\d")
# A plain noun phrase after "by": up to three words, its head the last before a preposition, a verb or a mark
_AGENT_NP = re.compile(r"(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[a-z][a-z-]{2,}|[A-Z][a-z]+(?:ans|ons|is)|[A-Z]{2,}s)"
                       r"(?=[ \t]*[,.;:)]|[ \t]+(?:in|at|of|from|with|who|which|that|and|is|are|was|were|has|have|had|"
                       r"will|would|to|for|on|over|during|since|after|before|fell|rose|grew|hit|stood|"
                       r"[a-z]{2,}ed)\b|$)")


@lru_cache(maxsize=1)
def _saved_for_pattern() -> re.Pattern[str]:
    """A verb of saving (``saved_for`` in owners.json), its first object with a determiner, and what may
    stand before the sum (an approximation), up to the figure."""
    verbs = "|".join(load_table("owners.json")["saved_for"]["verbs"])
    return re.compile(rf"(?<![\w'’-])(?:{verbs})[ \t]+(?:the|a|an|each|every|all|many)[ \t]+"
                      r"(?P<np>(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[a-z][a-z-]{2,}))[ \t]+"
                      r"(?:(?:about|around|nearly|almost|over|some|up[ \t]+to|more[ \t]+than|less[ \t]+than|"
                      r"at[ \t]+least|an[ \t]+estimated|an[ \t]+average[ \t]+of|as[ \t]+much[ \t]+as)[ \t]+)?$")


def _saved_for(text: str, sent_start: int, fig_start: int, rules: OwnerRules) -> tuple[int, Subject] | None:
    """Who a sum saved is saved for, when the verb names them as its first object before the sum: "could
    save the average pensioner £100" is the pensioner's saving, "would save the most affected countries about
    $3bn" theirs; the plan or the minister that saves it for them is no owner."""
    m = _saved_for_pattern().search(text, max(sent_start, fig_start - 80), fig_start)
    if m is None or not _noun_head(m.group("head"), rules) or m.group("head") in rules.measure_nouns \
            or m.group("head") in rules.not_things:
        return None
    words = m.group("np")
    return m.start("np"), Subject(text=words, name=_common_name(words), acronym=None, label="THING")


@lru_cache(maxsize=1)
def _offender_patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(measures, a generic offender that opens a clause, one a fine is laid on after the figure, the words that
    end the offender's phrase): ``offender`` in owners.json. A 'qualified' word counts only before "who" or a
    participle ("those who hold", not "Those sneakers")."""
    data = load_table("owners.json")["offender"]
    plain = [w for w in data["words"] if w not in data["qualified"]]
    who = rf"(?:{_words(plain)}|(?:{_words(data['qualified'])})(?=[ \t]+(?:who\b|[a-z]+(?:ing|ed)\b|found\b|caught\b|held\b)))"
    return (frozenset(data["measures"]),
            re.compile(rf"[ \t\n\"“‘']*(?:(?:{_words(data['openers'])})[ \t]*,?[ \t]+)?(?P<who>{who})(?![\w'’-])", re.I),
            re.compile(rf"[^,;.\n]{{0,40}}?(?<![\w'’-])(?:{_words(data['after'])})[ \t]+(?P<who>{who})(?![\w'’-])",
                       re.I),
            frozenset(data["phrase_ends"]))


# A lower-case word of the offender's phrase, and a mark that opens a clause the offender may open.
_PHRASE_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w'’-])")
_CLAUSE_OPENING = re.compile(r"[,:;]")


def _offender(ctx: _DocContext, sent_start: int, fig_start: int, fig_end: int, hi: int,
              measure: str) -> tuple[int, Subject] | None:
    """Who a fine or penalty a rule sets is for: the generic offender that opens the clause as its
    subject ("Anyone found guilty faces a fine of Rs 50,000", "those found violating it could face ... a
    fine up to ?50,000", "Any person contravening the rules would face up to Rs 5,000 penalty") or on
    whom it is laid after the figure ("a penalty of Rs 50,000 on anyone who dumps waste", "a fine of
    £1,000 for people who fail to register"): the offence says who pays it, not the law or the body that
    sets it. The phrase is the generic word and up to three words that say what they did, to the first
    word of grammar ("anyone found guilty", "those who hold")."""
    measures, opening, after, ends = _offender_patterns()
    if measure not in measures:
        return None
    text = ctx.text
    starts = [sent_start] + [m.end() for m in _CLAUSE_OPENING.finditer(text, sent_start, fig_start)]
    found = next((m for p in reversed(starts) if (m := opening.match(text, p, fig_start)) is not None), None)
    if found is None:
        found = after.match(text, fig_end, hi)
    if found is None:
        return None
    start, end = found.span("who")
    for _ in range(3):
        word = _PHRASE_WORD.match(text, end, hi)
        if word is None or word.group(1) in ends:
            break
        end = word.end()
    phrase = text[start:end]
    return start, Subject(text=phrase, name=_common_name(phrase), acronym=None, label="THING")


@lru_cache(maxsize=1)
def _seized_from() -> tuple[frozenset[str], re.Pattern[str]]:
    """(measures, a passive verb of seizing and "from" after the figure): ``seized_from`` in owners.json."""
    data = load_table("owners.json")["seized_from"]
    return frozenset(data["measures"]), re.compile(
        rf"(?<![\w'’-])(?:(?:{_words(data['be'])})[ \t]+)?(?:(?:allegedly|reportedly)[ \t]+)?(?:{_words(data['verbs'])})"
        r"[ \t]+from[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|its[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+)?(?:\d[\d,]*[ \t]+)?", re.I)


def _seized_holder(ctx: _DocContext, sent: Span, lo: int, hi: int, fig_end: int, cands: list[Candidate],
                   measure: str) -> tuple[int, Subject] | None:
    """Whom a sum was seized or taken from, when a passive verb says so right after the figure ("?25 lakh
    seized from a Dubai-bound passenger", "drugs worth ?50 crore were seized from the trio", "Rs 200 crore was
    recovered from 80 accounts", a count before the noun left out): the one
    who held it, read as a recipient is (a name, else the head of a common-noun phrase; not a pronoun),
    since the passive names no one else who holds the sum; the agency that seized it, if named, is the
    subject of another reading."""
    measures, passive = _seized_from()
    if measure not in measures:
        return None
    holder = _recipient(ctx, sent, lo, hi, fig_end, cands, passive)
    if holder is not None and _POSSESSIVE_AFTER.match(ctx.text, holder[0] + len(holder[1].text)):
        return None  # "seized from the bank's premises": the phrase goes on past the possessive
    return holder


_POSSESSIVE_AFTER = re.compile(r"[’']s\b")


@lru_cache(maxsize=1)
def _passive_directing_payment() -> re.Pattern[str]:
    """The auxiliaries, a directing verb in its passive, "to" and a paying verb with up to four words to the
    figure ("was ordered to pay a fine of", "have been directed to pay a compensation of", a headline's
    "Railways asked to pay"): the participles of ``directing_verbs`` in news_verbs.json."""
    data = load_table("news_verbs.json")
    participles = "|".join(sorted((v for v in data["directing_verbs"] if v.endswith("ed") or v == "told"),
                                  key=len, reverse=True))
    paying = "|".join(sorted((v.replace(" ", r"[ \t]+") for v in data["paying_verbs"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<aux>(?:(?i:has|have|had|was|were|is|are|been|being|be|also|now|later|then|"
                      rf"reportedly|allegedly)[ \t]+)*)(?i:{participles})[ \t]+to[ \t]+(?i:{paying})"
                      rf"(?:[ \t]+back)?(?:[ \t]+(?!to\b)[a-z][\w-]*){{0,4}}?[ \t]+(?:Rs\.?[ \t]*|INR[ \t]*|[?₹$£€])?$")


def _passive_payer(ctx: _DocContext, sent_start: int, fig_start: int, cands: list[Candidate],
                   rules: OwnerRules) -> tuple[int, int, Subject] | None:
    """Who is told to pay the figure, where the directing verb is passive: its subject ("Tom Hale was
    ordered to pay 80,000 kroner", "she was asked to pay Rs 2 lakh", a headline's "Railways ordered to pay
    Rs 8,000"), as the object of the active verb is (``_directed_payer``); not who orders it, nor one the
    sum is paid to. With the words from the verb to the figure and the subject's start."""
    text = ctx.text
    if _PERCENT_END.search(text, fig_start, fig_start + 12):
        return None
    m = _passive_directing_payment().search(text, max(sent_start, fig_start - 120), fig_start)
    if m is None or m.start() <= sent_start:
        return None
    distance = _words_between(text, m.end("aux"), fig_start)
    pos = m.start()
    while pos > sent_start and text[pos - 1] in " \t":
        pos -= 1
    return _subject_before(ctx, sent_start, pos, m.end(), fig_start, distance, cands, rules)
