"""The common noun a figure's clause opens with, when it pays, gets or gives the figure.

``choose_owner`` weighs names, and the common nouns tied to a measure word; when neither owns a
figure, it went to what the text was about (``topic_before``): "Investors who lost money are to
receive £194m" went to a watchdog named a sentence before. A reader names the clause's subject when
it is a plain noun phrase doing something with the money: receiving, paying, spending, giving it
(``clause_subject`` in ``patterns/owners.json``). A broader version, any opening noun phrase, was
tried and read worse: "Pre-tax profits rose 15%" is a measure, not its owner; "As a result, ..."
and "She said where spending ..." are no subjects. Kept apart from ``owners`` because it is a last
resort after the grammar-and-role choice, before the text's topic. The subject may be a plural ("Migrant
workers sent $9bn home"), a listed head ("the government") or a singular after "a" ("an investor pays 12% in
taxes"), never a bare "the firm": a description of a name read before, which the topic gives.

One such subject is stronger: a government that opens the figure's own clause ("the petition states
that the government has spent Rs 77 crore") owns it over what the choice found outside that clause, the
speaker or a name of another clause, and over the fallbacks (``government_subject``); a bare "the
government" is the one the text named just before ("the Delhi government"). An "it" or "its" after a
government the sentence names stands for it, not for a name read before (``government_antecedent``).

A speaker owned whatever the rest of its sentence gave to no one ("the speakers' fallback" of
``owners``); the clause it reports often opens with a subject of its own ("The parking body says each
meter change will cost £90"), and that plain noun phrase owns the figure instead (``reported_subject``).
A measure word there ("Orvex said sales rose") leaves the figure to the speaker: a firm reporting its
own results.

After these and the sentence's opening place, and before the text's topic, the agent of a passive
participle of giving, paying or taking right after the figure ("?1,339 crore released by the state
government", "cash looted by robbers") owns it (``passive_agent``): the sentence says who acted on the
sum, which the topic, read sentences before, cannot.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .owner_clauses import _news_verbs
from .owner_rules import owner_rules
from .owner_words import _common_name, _noun_head
from .patterns import load_table, word_alternation
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext

_PLACE_KINDS = frozenset({"COUNTRY", "GPE", "PLACE", "NORP"})
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\b")
_PLURAL = re.compile(r"(?<![su])s$")  # "investors", not "boss", "status", "analysis"
# "an investor pays 12% in taxes", "a Halden engineering firm paid $1m": an indefinite singular is someone new to
# the text, not a description of a name read before as "the firm" is, so it owns as a plural does
_INDEFINITE = re.compile(r"[\s\"“‘'*•-]*[Aa]n?[ \t]")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], int]:
    """(the phrase, the singular heads that own, the bare verb forms, verbs whose passive subject pays,
    the most words from the verb to the figure), from ``clause_subject`` in owners.json."""
    data = load_table("owners.json")["clause_subject"]
    aux = word_alternation(data["aux"])
    verbs = word_alternation(data["verbs"])
    # A determiner (or a rough count), up to two modifiers and the head, an optional qualifying phrase
    # and relative clause ("Investors who lost money following the scandal"), auxiliaries, then the verb.
    phrase = re.compile(
        r"[\s\"“‘'*•-]*(?:(?:[Tt]he|[Aa]n?|[Aa]ll|[Ss]ome|[Mm]ost|[Mm]any|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose"
        r"|[Ss]uch)[ \t]+)?"  # ("Such people would have to pay": the ones the sentence before described)
        # "Some 1,000 fans", "About 300 farmers": a count before the plural
        r"(?:(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Oo]ver)[ \t]+[\d,]+[ \t]+)?"
        r"(?P<np>(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][a-z-]{2,}|[A-Z][a-z-]{2,}(?=[ \t]+(?:who|which|that)\b)"
        # "Shoppers are expected to put £269bn": a plural that opens the sentence has its capital
        r"|(?<![\w-])[A-Z][a-z-]{2,}[^su\W]s))"
        # "Shoppers in the UK are expected to": where they are
        r"(?:[ \t]+(?:in|from|across)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?"
        # "Fans of the band will have to pay", "Residents living along the road will have to pay": a
        # qualifying "of" phrase or participle phrase, which names which ones
        r"(?:[ \t]+of[ \t]+(?:(?:the|such|these|those|this|that|a|an)[ \t]+)?"
        r"(?:[A-Za-z][\w-]*[ \t]+){0,2}?[A-Za-z][\w-]*"
        r"|[ \t]+[a-z]{3,}ing[ \t]+(?:in|along|on|at|near|across|from|around|outside)[ \t]+[^,;:.!?\"“”]{1,60}?"
        # "Smoking mixtures for pipes will attract a levy of", "Users with broadband accounts paid": a phrase of
        # plain words that says which ones
        r"|[ \t]+(?:for|with|in|on|at|from|across)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*)?"
        r"(?:[ \t]+(?:who|which|that)[ \t]+[^,;:.!?\"“”]{1,80}?)?"
        r"(?:[ \t]+on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
        rf"(?P<aux>(?:[ \t]+(?:{aux}))*)[ \t]+(?P<verb>{verbs})\b")
    # the bare forms ("pay", "charge"), nouns too: told by their -s forms in the list
    bare = frozenset(v for v in data["verbs"] if v + "s" in data["verbs"] or v + "es" in data["verbs"])
    return phrase, frozenset(data["heads"]), bare, frozenset(data["passive_not"]), int(data["max_gap"])


def clause_subject(ctx: _DocContext, sent: Span, fig_start: int) -> Subject | None:
    """The plain noun phrase that opens the figure's clause and pays, gets or gives the figure."""
    phrase, heads, bare, passive_not, max_gap = _rules()
    rules = owner_rules()
    text = ctx.text
    lo = ctx.after_dateline(sent.start_char, fig_start)
    opener = rules.clause_opener.match(text, lo, fig_start)
    start = opener.end() if opener is not None else lo
    m = phrase.match(text, start, fig_start)
    if m is None or len(text[m.end("verb"):fig_start].split()) > max_gap:
        return None
    if m.group("head")[0].isupper() and not ctx.is_common_word(m.group("head")):
        return None  # (a capital written nowhere in lower case may be a name's: "Rovers have offered £500,000")
    head = m.group("head").lower()
    if head.endswith("ed") or not (head in heads or (_PLURAL.search(head) or _INDEFINITE.match(m.group(0)))
                                   and _noun_head(head, rules)) \
            or m.group("verb") in bare and not m.group("aux") \
            or m.group("verb") in passive_not and _PASSIVE.search(m.group("aux")) \
            or m.group("np") == m.group("head") and "the " + head in rules.anaphors \
            or any(w.lower() in rules.not_heads and w.lower() not in heads for w in m.group("np").split()[:-1]) \
            or any(c.start < m.end("np") and c.end > start and c.kind not in _PLACE_KINDS
                   for c in ctx.candidates_between(lo, fig_start)):
        return None  # (a bare "the company" is an anaphor, resolved before; a name in the phrase owns instead)
    words = m.group("np")
    return Subject(text=words, name=_common_name(words), acronym=None, label="THING")


@lru_cache(maxsize=1)
def _government_rules() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], int]:
    """(the government phrase up to its verb, the same after what opens a clause inside a sentence, the
    words that end a clause, the most words from the verb to the figure), from ``government_subject`` in
    owners.json."""
    data = load_table("owners.json")["government_subject"]
    before = word_alternation(data["before"])
    # Where its clause opens: the sentence's start, a clause mark or an opening word ("that", "after").
    # Then "the", up to three describing words ("state", "central", "Jammu and Kashmir") or none, the head,
    # auxiliaries, and a verb: a listed one, or any word in -ed ("has suspended", "infused").
    describing = rf"(?:{word_alternation(data['describing'])}|[A-Z][\w-]*|and)"
    subject = (rf"[\s\"“‘'*•-]*(?P<np>(?:[Tt]he[ \t]+)?(?P<described>(?:{describing}[ \t]+){{0,3}}?)"
               rf"(?P<head>{word_alternation(data['heads'])}))"
               rf"(?P<aux>(?:[ \t]+(?:{word_alternation(data['aux'])}))*)[ \t]+"
               rf"(?P<verb>(?:{word_alternation(data['verbs'])})|[a-z]{{3,}}ed)\b")
    # (matched at the sentence's start, or found after a clause mark or an opening word later in it)
    return re.compile(subject), re.compile(rf"(?:[,;:]|\b(?i:{before})\b){subject}"), frozenset(data["stops"]), \
        int(data["max_gap"])


def government_subject(ctx: _DocContext, sent: Span, fig_start: int, fig_end: int,
                       subject: Subject | None) -> Subject | None:
    """A government that opens the figure's clause as its subject ("the state government has been offering
    a rebate of 12%", "the petition states that the government has spent Rs 77 crore"), when ``subject``,
    what the choice found, is not written in that clause from the government on: it came from a speaker
    ("Parekh said"), another clause ("His comments come after"), the previous figure or the topic. None
    when no government opens the clause, or the choice's owner is the clause's own (a recipient, the
    place of "the Delhi government")."""
    opening, inside, stops, max_gap = _government_rules()
    text = ctx.text
    lo = ctx.after_dateline(sent.start_char, fig_start)
    found = opening.match(text, lo, fig_start)
    for m in inside.finditer(text, lo, fig_start):
        if found is None or m.start() >= found.end("np"):  # (not "and Kashmir" of "the Jammu and Kashmir government")
            found = m  # the last one before the figure: the figure's own clause
    if found is None:
        return None
    between = text[found.end("verb"):fig_start]
    if len(between.split()) > max_gap or re.search(r"[,;:.!?\"“”]", between) \
            or any(w.lower() in stops for w in between.split()):
        return None
    if any(c.start < found.end("np") and c.end > found.start("np") and c.kind not in _PLACE_KINDS
           for c in ctx.candidates_between(found.start("np"), found.end("np"))):
        return None  # ("Sharif-led government", "Modi government": a name's government, which the choice reads)
    if subject is not None:
        clause_end = _CLAUSE_MARK.search(text, fig_end, sent.end_char)
        clause = text[found.start():clause_end.start() if clause_end is not None else sent.end_char].lower()
        if any(w and w.lower() in clause for w in (subject.text, subject.name)):
            return None
    words = re.sub(r"^[Tt]he[ \t]+", "", found.group("np"))
    described = found.group("described").strip()
    named = _government_named_before(ctx, sent.start_char) if not described \
        else words if any(w[0].isupper() for w in described.split()) else None  # ("the French government")
    return Subject(text=found.group("np"), name=named or _common_name(words), acronym=None, label="THING")


_CLAUSE_MARK = re.compile(r"[,;:.!?]")
# "the Delhi government", "the government of Jammu and Kashmir": a government the text names (not
# the capitalised word that opens a sentence: "The", "Besides")
_NAME_WORD = r"(?!(?:The|A|An|This|That|Its|Their|Besides|But|And|In|On|At|For|Now|Earlier|Meanwhile)\b)[A-Z][\w-]*"
_NAMED_GOVERNMENT = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_NAME_WORD}[ \t]+(?:and[ \t]+)?){{1,3}})(?:state[ \t]+)?[Gg]overnment\b"
    rf"|[Gg]overnment[ \t]+of[ \t]+(?P<of>{_NAME_WORD}(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]*){{0,2}})")


def _government_named_before(ctx: _DocContext, before: int) -> str | None:
    """The government a bare "the government" stands for: the last one the text named in the sentences
    before it (up to four) or the headline ("The Delhi government has released Rs 100 crore ... Besides,
    the government has also sanctioned Rs 25 crore" is the Delhi government's)."""
    for lo, hi in ctx.sentences_back(before, 4)[1:]:
        found = list(_NAMED_GOVERNMENT.finditer(ctx.text, lo, hi))
        if found:
            return f"{(found[-1].group('name') or found[-1].group('of')).strip()} government"
    return None


_THING_PRONOUN = re.compile(r"(?<![\w-])(?:it|its|It|Its)(?![\w'’-])")


@lru_cache(maxsize=1)
def _antecedent_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a government the sentence names: "the", a describing word or none, the head; what an "it" that
    is a clause's subject comes after: a clause mark or ``it_subject_after``), from ``government_subject``."""
    data = load_table("owners.json")["government_subject"]
    government = re.compile(rf"(?<![\w-])(?P<np>[Tt]he[ \t]+(?:(?:{word_alternation(data['describing'])})[ \t]+)?"
                            rf"(?:{word_alternation(data['heads'])}))(?![\w'’-])")
    subject_before = re.compile(rf"(?:^|[,;:(\"“]|\b(?:{word_alternation(data['it_subject_after'])}))[ \t]*$")
    return government, subject_before


def government_antecedent(ctx: _DocContext, sent: Span, fig_start: int, subject: Subject | None) -> Subject | None:
    """The government an "it" or "its" owning the figure stands for when the sentence names one before the
    pronoun and no name stands between them ("The government announced its industry policy and allocated
    Rs 40 crore" is the government's, not a firm's read sentences before): the pronoun's nearest thing,
    which ``resolve_anaphor``, reading only names, passes over."""
    if subject is None or subject.text.lower() not in ("it", "its"):
        return None
    text = ctx.text
    pronouns = list(_THING_PRONOUN.finditer(text, sent.start_char, fig_start))
    if not pronouns:
        return None
    pronoun = pronouns[-1]
    government_words, subject_before = _antecedent_rules()
    if pronoun.group(0).lower() == "it" and not subject_before.search(text, max(sent.start_char, pronoun.start() - 12),
                                                                     pronoun.start()):
        return None  # ("we will support it 100 per cent": an object, what the speaker does)
    governments = list(government_words.finditer(text, sent.start_char, pronoun.start()))
    if not governments:
        return None
    government = governments[-1]
    if any(government.end() <= c.start and c.end <= pronoun.start() and c.kind not in _PLACE_KINDS
           for c in ctx.candidates_between(government.end(), pronoun.start())):
        return None  # ("the government asked Orvex Steel to pay, and it refused": the name nearer the pronoun)
    words = re.sub(r"^[Tt]he[ \t]+", "", government.group("np"))
    named = _government_named_before(ctx, sent.start_char) if words.lower() in ("government", "govt") else None
    return Subject(text=pronoun.group(0), name=named or _common_name(words), acronym=None, label="THING")


# "In Sri Lanka, ...", "But in the US the figure is ...": a place phrase that opens the sentence
_IN_PLACE_OPENER = re.compile(r"[\s\"“‘'*•-]*(?:(?:[Bb]ut|[Aa]nd|[Hh]owever|[Mm]eanwhile),?[ \t]+)?"
                              r"(?:[Ii]n|[Aa]cross|[Tt]hroughout)[ \t]+(?:the[ \t]+)?")
# where the place phrase ends: a comma (after at most one more word: "In Kashmir valley,") or a
# lower-case word that goes on with the clause ("In Singapore the figure is"), not "'s" nor a name
_PLACE_PHRASE_END = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*,|[ \t]+[a-z]")
_OPENING_PLACE_KINDS = frozenset({"COUNTRY", "GPE", "PLACE"})
_IT = re.compile(r"\b[Ii]ts?\b")


def opening_place(ctx: _DocContext, sent: Span, fig_start: int) -> Subject | None:
    """The place the figure's sentence opens with, when nothing in the sentence owns the figure: "In
    Sri Lanka, economists say as much as 1% of growth may be lost" is Sri Lanka's, not the firm or the
    country a paragraph before was about; the sentence names where its figure holds, and a reader
    takes that place as the figure's owner before going back a sentence."""
    text = ctx.text
    lo = ctx.after_dateline(sent.start_char, fig_start)
    opener = _IN_PLACE_OPENER.match(text, lo, fig_start)
    if opener is None:
        return None
    place = next((c for c in ctx.candidates_between(lo, fig_start) if c.start == opener.end()), None)
    if place is None or place.kind not in _OPENING_PLACE_KINDS or not _PLACE_PHRASE_END.match(text, place.end) \
            or _IT.search(text, place.end, fig_start):
        return None  # ("In the US it is expected to cost $250": "it" is the thing the text named, it owns the price)
    return place.subject


@lru_cache(maxsize=1)
def _reported_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str],
                              frozenset[str]]:
    """(what opens the reported clause after its speaker, an adverb's phrase after that, the phrase up to its
    verb, the words no phrase holds, the heads that own nothing, the verbs of being given), from
    ``reported_subject`` in owners.json."""
    data = load_table("owners.json")["reported_subject"]
    lead, aux = word_alternation(data["lead"]), word_alternation(data["aux"])
    verbs = sorted(set(_news_verbs()[0]) | set(load_table("owners.json")["clause_subject"]["verbs"])
                   | set(data["verbs"]))
    # "X has said on Monday that", "X claimed," (and a lost quote mark: "It says ?the society shall")
    opening = re.compile(rf"(?:[ \t]+(?:{lead}))*[ \t]+(?:{word_alternation(data['say'])})"
                         rf"(?:[ \t]+(?:{lead}))*(?:[ \t]+that)?[ \t]*,?[ \t]*[\"“‘'?]?")
    # a determiner, lower-case words or numbers up to the head ("500 people", "each meter change"), an "of"
    # phrase ("the redevelopment of the access points"), auxiliaries, then the verb
    words = int(data["max_words"])
    # any word after a modal is a verb ("the society shall undertake to admit")
    after_modal = "(?:" + "|".join(rf"(?<=\b{m} )" for m in data["modals"]) + ")"
    phrase = re.compile(
        rf"[ \t]*(?P<np>(?:(?:{word_alternation(data['determiners'])})[ \t]+)?"
        rf"(?P<words>(?:(?:[a-z][a-z-]*|\d[\d,.]*)[ \t]+){{0,{words - 1}}}?(?P<head>[a-z][a-z-]{{2,}}))"
        r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z][a-z-]*[ \t]+){0,2}?[a-z][a-z-]{2,})?)"
        rf"(?P<aux>(?:[ \t]+(?:{aux}))*)[ \t]+"
        rf"(?P<verb>(?:{word_alternation(verbs)})|[a-z]{{3,}}ed|{after_modal}[a-z]{{2,}})(?![\w-])")
    stop = frozenset(data["aux"]) | frozenset(verbs) | frozenset(data["determiners"]) | frozenset(data["say"]) \
        | frozenset(data["subordinators"]) | _PRONOUNS
    # an adverb's opening phrase: "alleged even now, rural bank branches are giving"
    short_opener = re.compile(rf"[ \t]*(?:{word_alternation(data['openers'])}),[ \t]*")
    return opening, short_opener, phrase, stop, frozenset(data["not_heads"]), frozenset(data["given_verbs"])


_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "you", "him", "her", "his", "its", "our", "their", "them",
                       "this", "that", "there", "who", "which", "what", "these", "those"})
_MAX_GAP = 10  # words from the reported verb to the figure ("earn 63 cents, and 17% less")
_ACCORDING = re.compile(r"(?:[Aa]ccording[ \t]+to|[Aa]s[ \t]+per)[ \t]+(?:the[ \t]+|an?[ \t]+)?$")
_ACCORDING_END = re.compile(r"[^,;:.!?\"“”]{0,40}?,")


def reported_subject(ctx: _DocContext, speaker_start: int, speaker_end: int, fig_start: int,
                     triggers: list[tuple[int, int]]) -> Subject | None:
    """The plain noun phrase that opens the clause a speaker reports and is the subject of its verb
    ("The parking association says each meter change will cost £90": the meter change's cost, not the
    association's). None when the clause opens with no such phrase, or with a measure word
    ("TimeWarner said sales rose": a firm reporting its own results, ``triggers``) or a name."""
    opening, short_opener, phrase, stop, not_heads, given_verbs = _reported_rules()
    owning_heads = _rules()[1]  # ("the government", "the state police": singular heads that own, as in clause_subject)
    rules = owner_rules()
    text = ctx.text
    if _ACCORDING.search(text, max(0, speaker_start - 20), speaker_start):
        said = _ACCORDING_END.match(text, speaker_end, fig_start)  # "According to X, ..."
    else:
        said = opening.match(text, speaker_end, fig_start)
    if said is None:
        return None
    # "said that over the next 20 years, ...", "alleged even now, ..."
    opener = rules.clause_opener.match(text, said.end(), fig_start) or short_opener.match(text, said.end(), fig_start)
    m = phrase.match(text, opener.end() if opener is not None else said.end(), fig_start)
    # (a "?" right before the figure is a lost currency sign: "waived ?1 lakh crore")
    if m is None or re.search(r"[.!?;:]", text[m.end("verb"):fig_start].rstrip("? \t")) \
            or len(text[m.end("verb"):fig_start].split()) > _MAX_GAP:
        return None
    np_words = m.group("np").split()
    first = 1 if np_words[0].lower() in stop else 0  # (the determiner: "each meter change" is the meter change)
    head = m.group("head")
    if m.group("verb") in given_verbs:
        return None  # "Chief Minister Dhar said farmers will get a 50% subsidy": what he gives, not theirs
    if head in not_heads or head in stop or head.endswith("ed") or not first and np_words[0].endswith("ing") \
            or not (_noun_head(head, rules) or head in owning_heads) or head in rules.measure_nouns \
            or any(w.lower() in stop for w in m.group("words").split()) \
            or m.group("np").lower() in rules.anaphors \
            or any(a < m.end("head") and b > m.start("head") for a, b in triggers) \
            or any(c.start < m.end("np") and c.end > m.start("np")
                   for c in ctx.candidates_between(m.start("np"), m.end("np"))):
        # (a bare "the company" is an anaphor, resolved before; a name in the phrase owns instead; "saving two
        # tigers yields": a gerund with no determiner is an act, "the painting" a thing)
        return None
    words = " ".join(np_words[first:])
    return Subject(text=m.group("np"), name=_common_name(words), acronym=None, label="THING")


# A participle of giving, paying or taking right after the figure (a bracketed conversion and a noun
# may come between), then "by" and its agent: "?1,339 crore released by the state government", "?5
# lakh cash was looted by robbers".
_PASSIVE_AGENT = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[a-z][\w-]*[ \t]+){0,2}?(?:(?:was|were|is|are|has[ \t]+been|have[ \t]+been)[ \t]+)?"
    r"(?:released|sanctioned|allocated|given|provided|approved|funded|offered|paid|spent|granted|donated|"
    r"earmarked|disbursed|invested|looted|stolen|seized|collected|demanded|imposed)[ \t]+by[ \t]+(?:the[ \t]+)?")
# the agent's phrase, up to where it ends: a clause mark or a word that opens a phrase after it
_AGENT_PHRASE = re.compile(r"(?P<np>(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][a-z-]{2,}))"
                           r"(?=[ \t]*(?:[,.;:)\"”]|$)|[ \t]+(?:to|for|in|on|from|at|with|under|after|since|during|so|"
                           r"and|but|which|who|that|as|last|this|over|till|until)\b)")


def passive_agent(ctx: _DocContext, sent: Span, fig_end: int) -> Subject | None:
    """The agent of a passive participle of giving, paying or taking right after the figure, when
    nothing else in the sentence owns it: "Rs 1,339 crore released by the state government" is the
    government's, "?5 lakh cash was looted by robbers" the robbers'. A name there is the one the figure
    belongs to; a common noun only a government word or a plural (as for ``clause_subject``). A last
    resort before the text's topic, which the sentence's own agent outranks."""
    text = ctx.text
    m = _PASSIVE_AGENT.match(text, fig_end, sent.end_char)
    if m is None:
        return None
    name = next((c for c in ctx.candidates_between(m.end(), sent.end_char) if c.start == m.end()), None)
    if name is not None:
        return name.subject
    _, heads, _, _, _ = _rules()
    rules = owner_rules()
    np = _AGENT_PHRASE.match(text, m.end(), sent.end_char)
    if np is None:
        return None
    head = np.group("head").lower()
    if not (head in heads or _PLURAL.search(head) and _noun_head(head, rules)):
        return None
    words = np.group("np")
    return Subject(text=words, name=_common_name(words), acronym=None, label="THING")

