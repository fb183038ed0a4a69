"""Words and common-noun owners that every owner rule reads.

The rules of ``owners``, ``owner_roles``, ``owner_groups``, ``owner_payers``, ``owner_clauses``,
``owner_subjects`` and ``owner_anaphors`` test the same small things: whether a word can head a
noun phrase that owns a figure (``_noun_head``), where a noun phrase ends, how many words lie
between two points, and how a common noun becomes an owner (``_thing``: "Mumbai motorists", one
canonical lower-case name for "Farmers" and "farmers"). Kept in one place, below all of them, so
each rule module imports them and none imports another's decision.
"""

from __future__ import annotations

import re

from .owner_rules import OwnerRules, owner_rules
from .records import Subject


_PLACE_KINDS = frozenset({"COUNTRY", "GPE", "PLACE"})
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]{2,})[ \t]+$")
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
_PERCENT_END = re.compile(r"(?:%|per[ \t]?cent|percent)$", re.I)
_VERB_AFTER = re.compile(r"[ \t]+(?:are|is|were|was|have|has|had|could|would|will|cannot|can|may|might|should|must|did|do|"
                         r"does|[a-z]{2,}ed|" + _PLAIN_VERBS + r")\b")
_PLURAL = re.compile(r"[^su]s$")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "every",
                          "each", "all", "some", "more", "less", "most", "any", "such", "another"})
# "hikes its budget by 7% amid tensions": a preposition after a percentage opens a phrase, it names no share
_PREPOSITIONS = frozenset({"amid", "amidst", "despite", "after", "before", "since", "until", "across", "against", "among",
                           "amongst", "within", "without", "towards", "during", "through", "via", "following"})
_APOSTROPHE_WORD = re.compile(r"[’']s?\b")
_POSSESSED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our)|[’']s?)[ \t]+$", re.I)
_OF_THEN_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _words_between(text: str, a: int, b: int) -> int:
    return len(text[a:b].split()) if a < b else 0


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _as_anaphor(resolved: Subject, word: str, rules: OwnerRules) -> Subject:
    """The owner an anaphor stands for, as the anaphor says it: "Titanic took 11 Oscars. The film had
    taken $500m" -- the phrase types the bare name it points to."""
    label = rules.anaphor_types.get(" ".join(word.lower().split())) if resolved.label == "NAME" else None
    return resolved.model_copy(update={"text": word, **({"label": label} if label else {})})


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


def _noun_head(word: str, rules: OwnerRules) -> bool:
    """A common noun that can own a figure: not a listed non-head ("year", "total") and not an
    adverb ("Exel is currently valued at...")."""
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # "90% of PCs": "pc" is no name, but its plural heads a phrase
    word = word.lower()
    return word not in rules.not_heads and (not word.endswith("ly") or word in rules.ly_nouns)


_ANY_WORD_AT = re.compile(r"[ \t]*(\w+)")
_PARTICIPLE_AT = re.compile(r"[ \t]+[a-z]{3,}ing\b")


def _phrase_ends(text: str, end: int, rules: OwnerRules) -> bool:
    nxt = _ANY_WORD_AT.match(text, end)
    return nxt is None or nxt.group(1).lower() in rules.phrase_enders


_WORD_BACK = re.compile(r"([\w’'-]+)[ \t]*$")
