"""Clauses: where the figure's clause starts, and relative clauses and what they stand for.

Owners are read in the figure's own clause: ``_clause_start`` finds where it begins (after a
semicolon, a conjunction, a word of saying before "that"), and asides between commas or dashes
("Hale, who joined the Supreme Court in 2009, will earn") are skipped. A "which"/"who"/"that"
clause that holds the figure is owned by what it stands for ("Laura Ashley, which floated ... for
£200m", "bank accounts that saw cash deposits worth Rs 2 lakh"), and a reduced relative after "the
<figure>" by its own subject ("the £22bn ministers hope to save").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .discourse import anaphors_in, resolve_anaphor
from .names import Candidate
from .owner_rules import NAME_STANDINS, OwnerRules, owner_rules
from .owner_words import _DETERMINERS, _PLACE_KINDS, _PREPOSITIONS, _as_anaphor, _noun_head, _thing
from .patterns import load_table
from .records import Subject

if TYPE_CHECKING:
    from .facts import _DocContext
    from .measures import Trigger


# A relative clause or appositive between commas: its names are asides, not the clause's subject.
# A sentence that opens with a participle and its agent: the agent is an aside, not the subject.
_BY_ASIDE = re.compile(r"[\s\"“‘'*•-]*[A-Z][a-z]+(?:ed|en|ten)[ \t]+by[ \t]+[^,;.]{1,80},")
_ASIDE = re.compile(r",[ \t]*(?:who|which|whose|where|the|a|an)[ \t][^,;]{0,100},")
_IN_PLACE = re.compile(r"[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?")
_RELATIVE = re.compile(r"[ \t]*(?:,|[ \t][-–—])[ \t]*(?:who|which)\b")
# "its 2001 predecessor, Ocean's Eleven which took $38.1m": a name's relative clause with no comma
_BARE_RELATIVE = re.compile(r"[ \t]+(?:who|which)\b")
# "Christmas sales - which account for 23% of retail sales - would have been": a relative clause
# between dashes, an aside as one between commas is
_DASH = re.compile(r"[ \t][-–—][ \t]")
_DASH_ASIDE = re.compile(r"[ \t][-–—][ \t]+(?:who|which)\b[^-–—;\n]{0,150}[ \t][-–—][ \t]")


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


@lru_cache(maxsize=1)
def _name_kin_pattern() -> re.Pattern[str]:
    """"'s", maybe a word, a relative (kin_subject in owners.json), maybe a comma: "Lalu's daughter paid",
    "Rao's eldest son earns", "Lalu Prasad Yadav's daughter, Chanda Yadav paid"."""
    kin = "|".join(sorted(owner_rules().kin_words, key=len, reverse=True))
    # (not a relative word that modifies a noun before a name: "Vin Diesel's family comedy The Pacifier")
    return re.compile(rf"[’']s[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<head>{kin})(?![\w’'-])"
                      r"(?![ \t]+[a-z][\w-]*[ \t]+[A-Z])(?P<apposed>,[ \t]+)?")


def _name_kin(text: str, subject_start: int, fig_start: int, cands: list[Candidate],
              rules: OwnerRules) -> tuple[Candidate, Subject, int] | None:
    """A relative a name possesses as the clause's subject ("Lalu's daughter paid ?5,000", "Telangana
    CM Chandrasekhar Rao's son earns Rs 7.5 lakh"): the possessor name, the relative (who owns the
    figure as "Their daughter" does, ``_kin_subject``; or the name apposed to it after a comma: "Lalu
    Prasad Yadav's daughter, Chanda Yadav paid") and where the relative ends. None when a name
    follows the relative itself ("daughter-in-law Aparna Yadav": that name is the subject already), or
    when more than four words (a title: "RJD chief") stand before the name in its clause."""
    first = next((c for c in cands if subject_start <= c.start and c.end < fig_start and c.kind not in _PLACE_KINDS
                  and _name_kin_pattern().match(text, c.end, fig_start)), None)
    if first is None or len(text[subject_start:first.start].split()) > 4:
        return None
    kin = _name_kin_pattern().match(text, first.end, fig_start)
    if any(c.start == kin.end("head") + 1 for c in cands):
        return None
    apposed = next((c for c in cands if c.start == kin.end()), None) if kin.group("apposed") else None
    if apposed is not None and apposed.kind in ("PERSON", "NAME"):
        return first, apposed.subject, kin.end("head")
    words = text[first.start:kin.end("head")]
    return first, Subject(text=words, name=" ".join(words.split()), acronym=None, label="PERSON"), kin.end("head")


@lru_cache(maxsize=1)
def _shared_subject_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening of a clause that shares its sentence's subject ("and controls", "and has bought") and
    what follows a verb in -s there (shared_subject in owners.json)."""
    data = load_table("owners.json")["shared_subject"]
    adverbs = "|".join(data["adverbs"])
    opening = re.compile(rf"[ \t]*and[ \t]+(?:(?:{adverbs})[ \t]+){{0,2}}(?:(?P<aux>{'|'.join(data['auxiliaries'])})[ \t]+"
                         rf"|(?P<verb>[a-z]+)\b)")
    object_after = re.compile(rf"[ \t]+(?:(?:{'|'.join(data['object_openers'])})\b|[?₹$£€\d])")
    return opening, object_after


def _shared_subject(text: str, cands: list[Candidate], sent_subject_start: int, clause_start: int,
                    fig_start: int) -> Candidate | None:
    """The name that opens the sentence when the figure's clause opens with "and" and a verb, so has
    no subject of its own ("Jet Airways, a low-fare airline, was founded by Naresh Goyal, and controls
    45% of the market"): the verbs share the first one's subject, so its name owns the figure, not a
    name nearer it that the first clause holds (the founder). None when the sentence opens with no
    name that a verb or an aside follows ("Tiwari's son said ...": the possessor is not the subject)."""
    start = clause_start - 3
    if start <= sent_subject_start or text[start:clause_start] != "and":
        return None  # (the clause break ", and" ends right after its "and")
    opening, object_after = _shared_subject_rules()
    m = opening.match(text, start, fig_start)
    if m is None:
        return None
    verb = m.group("verb")
    if verb is not None and not (verb in _news_verbs()[0] or verb.endswith("ed")
                                 or verb.endswith("s") and object_after.match(text, m.end())):
        return None  # "and prices rose 5%": the clause has its own subject
    first = next((c for c in cands if c.start >= sent_subject_start), None)
    if first is None or first.end > start or not _opens(text, sent_subject_start, first.start) \
            or first.kind in _PLACE_KINDS:
        return None
    after = _SUBJECT_ASIDE.match(text, first.end)
    return first if _SUBJECT_VERB.match(text, after.end() if after is not None else first.end) else None


# what may follow a sentence's subject name before its verb: an aside between commas ("Jet Airways, a low-fare
# airline, was founded"); and the verb itself: an auxiliary, a news verb's past or present form
_SUBJECT_ASIDE = re.compile(r",[ \t]*[^,;]{1,80},")
_SUBJECT_VERB = re.compile(r"[ \t]+(?:(?:also|then|now|still|has|have|had|is|are|was|were|will|would)[ \t]+)*[a-z]+(?:ed|s)\b"
                           r"|[ \t]+(?:is|are|was|were|has|have|had|will|would)\b")


def _opens(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` opens the clause that begins at ``start`` (after quotes, bullets or "the")."""
    if pos < start:
        return False
    head = text[start:pos].strip(" \t\n\"“‘'*•-")
    return not head or head.lower() == "the"


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


def _relative_antecedent(text: str, cands: list[Candidate], sent_start: int, clause_start: int,
                         fig_start: int) -> Candidate | None:
    """The name a "who"/"which" clause holding the figure stands for: the name right before its
    comma, when the clause runs unbroken from there to the figure."""
    relative = _RELATIVE.search(text, max(sent_start, clause_start - 12), clause_start)
    if relative is None or relative.end() != clause_start:
        # a name right before "which" or "who" with no comma opens its relative clause too; not a place
        # ("buildings in Delhi and Patna which bear a value": the clause describes the noun before it)
        relative = _BARE_RELATIVE.search(text, max(sent_start, clause_start - 8), clause_start)
        if relative is None or relative.end() != clause_start or not any(
                c.end == relative.start() and c.kind not in _PLACE_KINDS for c in cands):
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
    qualified = _PLACE_PHRASE_BACK.search(text, max(sent_start, noun.start() - 40), noun.start())
    if qualified is not None and _noun_head(qualified.group("head"), owner_rules()) \
            and not qualified.group("head").endswith("ed") \
            and not any(t.start_char <= qualified.start("head") < t.end_char for t in triggers):
        # "The Hindu population in the state, which constituted 78%": the noun a phrase of where qualifies is the
        # antecedent, not the place
        return Candidate(qualified.start("head"), qualified.end("head"), "THING",
                         _thing(text, *qualified.span("head")), False)
    return Candidate(noun.start(), noun.end(), "THING", _thing(text, *noun.span()), False)


# A noun, then "in", "across" or "within" a common-noun place ("the population in the state"), before a relative's comma
_PLACE_PHRASE_BACK = re.compile(r"(?<![\w'’-])(?P<head>[a-z][a-z-]{2,})[ \t]+(?:in|across|within)[ \t]+"
                                r"(?:the|its|their|this)[ \t]+(?:[a-z][\w-]*[ \t]+)?$")


# "60 lakh bank accounts that saw cash deposits worth Rs 2 lakh": a counted or determined noun phrase
# of plain lower-case words (a demonym may open it: "a Chinese milk market"), then "that", then the relative clause's verb (an auxiliary, a news verb,
# a verb of having or a past form), then plain words up to the figure
_THAT_CLAUSE = re.compile(r"(?<![\w'’-])(?:the|a|an|all|those|these|some|many|several|\d[\d,.]*(?:[ \t]+(?:lakh|crore|million|"
                          r"billion))?)[ \t]+(?P<np>(?P<demonym>[A-Z][a-z]+[ \t]+)?(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]{2,})"
                          r"[ \t]+that[ \t]+"
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
    if m.group("demonym") and m.group("demonym").strip().lower() not in rules.adjectives:
        return None  # "a Chinese milk market that has grown": a demonym may qualify the noun, a name may not
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
    # "reported on Thursday that", "said in a statement that": a time or channel before "that"
    gap = "|".join(load_table("news_verbs.json")["reporting_gap"])
    # ("Ocean's Eleven which took $38m": a capitalised word before "which" and a lower-case word, a
    # name's relative clause written without its comma)
    return re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|[ \t][-–—][ \t]+(?:which|who)\b"
                      r"|\b[A-Z][\w'’.&-]*[ \t]+(?:which|who)\b(?=[ \t]+[a-z])"
                      r"|\b(?:while|whereas|but)\b"
                      rf"|\b(?:{reporting})(?:[ \t]+(?:{gap}))?[ \t]+that\b")


@lru_cache(maxsize=1)
def _telling() -> re.Pattern[str]:
    """A verb of telling, its addressee and "that" ("told the delegates at Expoworld that", "assured
    Parliament that"; telling_that in news_verbs.json)."""
    verbs = "|".join(sorted(load_table("news_verbs.json")["telling_that"], key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})[ \t]+(?P<addressee>(?:[^\s,;:.!?\"“”()]+[ \t]+){{0,4}}?[^\s,;:.!?\"“”()]+)"
                      r"[ \t]+that\b")


def _addressees(text: str, lo: int, fig_start: int) -> list[tuple[int, int]]:
    """The spans of the ones told something before the figure ("Mr Jobs told the delegates at MacWorld
    that iPod had a 65% share"): what is told is not theirs, and they are not its source either."""
    return [m.span("addressee") for m in _telling().finditer(text, lo, fig_start)]


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
def _news_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                           frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_table("news_verbs.json")
    verbs = frozenset(form for forms in data["verbs"].values() for form in forms)
    transitive = frozenset(form for verb in data["transitive"] for form in data["verbs"][verb])
    return (verbs, frozenset(w.lower() for g in data["gap"] for w in g.split()), frozenset(data["aux"]),
            frozenset(data["of_heads"]), frozenset(data["openers"]), frozenset(data["determiners"]), transitive,
            frozenset(data["approx"]), frozenset(data["company_heads"]), frozenset(data["of_owners"]))


def _opens_relative_verb(word: str) -> bool:
    """Whether a word right after "that" is a verb (an auxiliary, a news verb, a verb of having or a
    past form), so "that" opens a relative clause, not a reported one ("said that prices rose")."""
    return word in _THAT_AUX or word in _news_verbs()[0] or word in _held_verbs() or word.endswith("ed")
