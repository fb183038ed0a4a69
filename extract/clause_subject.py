"""The common noun a figure's clause opens with, when it pays, gets or gives the figure.

``choose_owner`` weighs names, and the common nouns tied to a measure word; when neither owns a
figure, it went to what the text was about (``topic_before``): "Investors who lost money are to
receive £194m" went to a watchdog named a sentence before. A reader names the clause's subject when
it is a plain noun phrase doing something with the money: receiving, paying, spending, giving it
(``clause_subject`` in ``patterns/owners.json``). A broader version, any opening noun phrase, was
tried and read worse: "Pre-tax profits rose 15%" is a measure, not its owner; "As a result, ..."
and "She said where spending ..." are no subjects. Kept apart from ``owners`` because it is a last
resort after the grammar-and-role choice, before the text's topic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

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


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], int]:
    """(the phrase, the singular heads that own, the bare verb forms, verbs whose passive subject pays,
    the most words from the verb to the figure), from ``clause_subject`` in owners.json."""
    data = load_table("owners.json")["clause_subject"]
    aux = word_alternation(data["aux"])
    verbs = word_alternation(data["verbs"])
    # A determiner, up to two modifiers and the head, an optional relative clause ("Investors who lost
    # money following the scandal"), auxiliaries, then the verb.
    phrase = re.compile(
        r"[\s\"“‘'*•-]*(?:(?:[Tt]he|[Aa]n?|[Aa]ll|[Ss]ome|[Mm]ost|[Mm]any|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)[ \t]+)?"
        r"(?P<np>(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][a-z-]{2,}|[A-Z][a-z-]{2,}(?=[ \t]+(?:who|which|that)\b)"
        # "Shoppers are expected to put £269bn": a plural that opens the sentence has its capital
        r"|(?<![\w-])[A-Z][a-z-]{2,}[^su\W]s))"
        # "Shoppers in the UK are expected to": where they are
        r"(?:[ \t]+(?:in|from|across)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?"
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
    if head.endswith("ed") or not (head in heads or _PLURAL.search(head) and _noun_head(head, rules)) \
            or m.group("verb") in bare and not m.group("aux") \
            or m.group("verb") in passive_not and _PASSIVE.search(m.group("aux")) \
            or m.group("np") == m.group("head") and "the " + head in rules.anaphors \
            or any(w.lower() in rules.not_heads and w.lower() not in heads for w in m.group("np").split()[:-1]) \
            or any(c.start < m.end("np") and c.end > start and c.kind not in _PLACE_KINDS
                   for c in ctx.candidates_between(lo, fig_start)):
        return None  # (a bare "the company" is an anaphor, resolved before; a name in the phrase owns instead)
    words = m.group("np")
    return Subject(text=words, name=_common_name(words), acronym=None, label="THING")


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
