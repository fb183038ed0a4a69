"""Who can own a figure: the pipeline's entities and the capitalised names of a stretch of text.

A blank pipeline knows only its gazetteers; news figures belong to companies, people, parties,
films and markets no gazetteer lists. A name is a run of capitalised words with connectors
("Reserve Bank of India"), split at possessives ("Japan's Nippon Steel" is two names), without
the words that open a sentence only by position ("Notably", "Shares were..."), typed by its words
(company suffixes, public-body words, parties, titles, markets, ``patterns/owners.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .owner_rules import OwnerRules, owner_rules
from .patterns import packaged_patterns_dir
from .records import Subject

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .facts import _DocContext


# Entity labels of the pipeline mapped to the kinds owners.json speaks of.
_ENTITY_KIND = {"PROGRAMME": "PROGRAMME", "ORG": "ORG", "COUNTRY": "COUNTRY", "GPE": "GPE", "LOC": "PLACE",
                "NORP": "NORP", "MINERAL": "MINERAL", "PERSON": "PERSON", "FAC": "PLACE",
                "WORK_OF_ART": "WORK", "PRODUCT": "WORK", "EVENT": "NAME"}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    subject: Subject
    entity: bool  # found by the pipeline (gazetteer or model), not by shape alone
    possessive: bool = False  # a possessive that lost its apostrophe ("Indias", "Narendra Modis")


_POSSESSIVE_PIECE = re.compile(r"\S.*?(?:[’']s(?=\s)|$)")


_NON_SPACE = re.compile(r"[^\s]+")


_HYPHEN_LOWER = re.compile(r"-[a-z]")
# The common noun after an acronym that modifies it ("AC buses", "3G handsets"), and the verbs that show the
# acronym is itself the noun ("4G is").
_MODIFIED_NOUN = re.compile(r"[ \t]+([a-z][a-z]+)\b(?![-’'])")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may"})
# "Rs10", "FY91", "Q3", "H1": a figure or period written as one capitalised word.
_FIGURE_WORD = re.compile(r"(?:rs|inr|usd|fy|q|h|cy)\.?\d|\d+(?:\.\d+)?(?:l|k|m|mn|bn|b|cr)$")
# "WEEK 2Day 8", "at 2100GMT": a figure glued to a common word (a table's lost space), not a name.
_GLUED_FIGURE = re.compile(r"\d+([a-z]{2,})")


_HYPHEN_TAIL = re.compile(r"-[a-z]+$")
# "Jan Dhan accounts", "Mar Thoma Church": a month's short form before a name word is part of the name.
_MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
# Names a small number may follow as a date, not as part of the name ("June 29", "Friday 13").
_CALENDAR_WORDS = _MONTH_SHORT | frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day",
    "phase", "no", "number", "rs", "re", "inr", "usd", "us"})
# A sequel's or a model's number after a name ("Baahubali 2 has", "OnePlus 5 smartphone", "Doom 3 was",
# "Jolly LLB 2:"): one or two digits (and a letter: "iPhone 5S") that end the phrase or come before a
# verb or a product word; not a count or a date ("Modi 2 years ago", "2:30").
# The number a provision word cites: "Chapter 11", "Section 66A", "Article 370", "Rule 3(1)", "Schedule VII".
_PROVISION_NUMBER = re.compile(r"[ \t]+(?:\d+[A-Z]{0,2}\b|[IVXL]+\b)")
_SEQUEL_NUMBER = re.compile(
    r"[ \t](\d{1,2}[A-Z]?)(?=[’']s\b|[,;!?)\"”]|:(?!\d)|\.(?!\d)|[ \t]+(?:is|was|has|had|have|will|would|could|can|may|"
    r"might|are|were|became|becomes|collected|earned|made|grossed|crossed|minted|smartphone|phone|handset|film|"
    r"movie|game|sequel|sale|for|at|as|which|that)\b)")


def _kind_of_name(words: list[str], before: str, rules: OwnerRules) -> str:
    lowered = [w.lower().strip(".") for w in words]
    joined = " ".join(lowered)
    if joined in rules.markets or joined.replace(" index", "") in rules.markets:
        return "MARKET"
    if joined in rules.places or _all_places(joined, rules):
        return "PLACE"
    if joined in rules.party_words or lowered[-1] == "party":
        return "PARTY"
    if rules.work_cue.search(before):
        return "WORK"
    if lowered[-1] in rules.company_words or (len(lowered) > 1 and lowered[-1] in ("co", "cos")):
        return "COMPANY"
    if any(w in rules.body_words for w in lowered):
        return "BODY"
    if any(w in rules.company_words for w in lowered[1:]):
        return "COMPANY"
    return "NAME"


def _all_places(joined: str, rules: OwnerRules) -> bool:
    """"Haryana and Jammu and Kashmir", "Canada and Australia": places or countries joined by "and"
    are places (tried as one place first, so "Jammu and Kashmir" stays whole)."""
    if " and " not in joined:
        return False
    parts = joined.split(" and ")
    countries = _countries()
    k = 0
    while k < len(parts):
        for n in range(len(parts) - k, 0, -1):  # the longest run of parts that is one place
            part = " and ".join(parts[k:k + n])
            if part in rules.places or part.removeprefix("the ") in countries:
                k += n
                break
        else:
            return False
    return True


class _Part:
    """A piece of a regex match, with the match's interface (start, group)."""

    def __init__(self, text: str, start: int) -> None:
        self._text, self._start = text, start

    def start(self) -> int:
        return self._start

    def group(self, _: int = 0) -> str:
        return self._text


def _split_possessives(matches: Iterable[re.Match[str] | _Part], rules: OwnerRules
                       ) -> Iterator[re.Match[str] | _Part]:
    """"Japan's Nippon Steel" is two names: the possessor and the possessed. But a possessive
    between common words capitalised together is one title ("Ocean's Twelve", "Howl's Moving
    Castle", "Billboard's Top 50"): a possessor that is a name is no English word."""
    for m in matches:
        text = m.group(0)
        if "'" not in text and "’" not in text:
            yield m  # (a name chunk opens with a word and holds no line break: one piece, itself)
            continue
        start = m.start()
        pieces = [(piece.group(0), piece.start()) for piece in _POSSESSIVE_PIECE.finditer(text)]
        k = 0
        while k < len(pieces):
            piece, at = pieces[k]
            while k + 1 < len(pieces) and _common_title(piece, pieces[k + 1][0], rules):
                k += 1
                piece = text[at:pieces[k][1] + len(pieces[k][0])]
            yield _Part(piece, start + at)
            k += 1


def _common_title(possessor: str, possessed: str, rules: OwnerRules) -> bool:
    """Whether "possessor's possessed" is one title: a possessor of one word, and every word of both
    a common English word (``lowercase_words``, ``opener_words``) or a figure ("Ocean's Twelve",
    "Who's Your Daddy", "Billboard's Top 50")."""
    if " " in possessor.strip():
        return False  # "The International Cricket Council's USD 390 million offer": a body's, not a title
    words = [w.lower() for w in re.findall(r"[^\W\d_]+|\d+", possessor[:-2] + " " + possessed)]
    return bool(words) and all(w.isdigit() or w in rules.lowercase_words or w in rules.opener_words
                               for w in words) and not possessed.rstrip().endswith(("'s", "’s"))


# "... ON ENERGY BILLRailways is aiming": a heading in capitals glued to the sentence after it.
_GLUED_HEADING = re.compile(r"(?<=[A-Z]{3})(?=[A-Z][a-z]{2})")
# Where _GLUED_HEADING finds a cut, this finds its seven letters (one search, no iterator).
_GLUED_ANYWHERE = re.compile(r"[A-Z]{4}[a-z]{2}")


# A heading in capitals before the sentence it lost its line break to: two or more words in capitals,
# one of four letters or more, then a capitalised word ("NATURAL COAST GUARDS While India has",
# "MAJORITY CONCERNED ABOUT PRIVACYIn a survey", "HATE CRIMES IN USCriminal hate crime").
_CAPITALS_HEADING = re.compile(r"(?=[A-Z'’]*[A-Z]{4})(?:[A-Z][A-Z'’]*[ \t]+)+[A-Z][A-Z'’]*?(?=[ \t]*[A-Z][a-z])")


def _heading_cut(text: str) -> int | None:
    """Where the sentence after a heading in capitals starts in a name chunk, if one does."""
    m = _CAPITALS_HEADING.match(text)
    if m is None or m.end() >= len(text):
        return None
    return m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" \t"))


def _split_glued_headings(matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str] | _Part]:
    """"ENERGY BILLRailways is aiming": the heading is no name, and the name after it opens a
    sentence (``opens_sentence``)."""
    for m in matches:
        cut = None
        if (head := _heading_cut(m.group(0))) is not None:
            yield _Part(m.group(0)[head:], m.start() + head)
            continue
        if _GLUED_ANYWHERE.search(m.group(0)) is None:
            yield m
            continue
        for cut in _GLUED_HEADING.finditer(m.group(0)):
            pass
        if cut is None:
            yield m
        else:
            yield _Part(m.group(0)[cut.start():], m.start() + cut.start())


# "Salman KhanThe film", "DangalThe", "ChristianityAs per": a word run into the opener of the next
# sentence (a photo credit, a byline, a list item that lost its line break); the name ends before it.
_GLUED_OPENER = re.compile(r"(?<=[a-z]{2})(?=(?:The|As|In|If|He|She|It|They|We|His|Her|This|But|On|At|For|With|While|"
                           r"When|However|According|After|Also)(?![\w'’-]))")


def _split_glued_openers(matches: Iterable[re.Match[str] | _Part]) -> Iterator[re.Match[str] | _Part]:
    """"KhanThe film": the name ("Khan") and what opens the next sentence are two pieces."""
    for m in matches:
        text = m.group(0)
        cut = _GLUED_OPENER.search(text)
        if cut is None:
            yield m
            continue
        yield _Part(text[:cut.start()], m.start())
        yield _Part(text[cut.start():], m.start() + cut.start())


def _split_titles(parts: Iterable[re.Match[str] | _Part], rules: OwnerRules
                  ) -> Iterator[tuple[re.Match[str] | _Part, list[re.Match[str]] | None]]:
    """"ICICI Bank CEO Chanda Kochhar" is two names: the organisation, and the person its title
    introduces (the title stays with the person, where the leading-title rule makes it a person).
    Each piece comes with its words when they were read here (an uncut piece), else None."""
    for m in parts:
        text = m.group(0)
        words = list(_NON_SPACE.finditer(text))
        cut = next((k for k in range(1, len(words) - 1)
                    if words[k].group(0).strip(".,").lower() in rules.title_words
                    or _leading_role(words, k, rules)), None)
        if cut is None:
            yield m, words
            continue
        head = cut
        while head > 0 and words[head - 1].group(0).lower() in rules.title_modifiers:
            head -= 1
        if head > 0:
            yield _Part(text[:words[head - 1].end()], m.start()), None
        yield _Part(text[words[head].start():], m.start() + words[head].start()), None


def name_chunks(ctx: _DocContext, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the capitalised names between ``lo`` and ``hi``.

    Words that open a sentence only by position ("Shares", "The") are dropped: a word the
    article also writes in lower case is not a name.
    """
    rules = owner_rules()
    text = ctx.text
    found = []
    for m, words in _split_titles(_split_possessives(_split_glued_openers(_split_glued_headings(
            rules.chunk.finditer(text, lo, hi))), rules), rules):
        if words is None:
            words = list(_NON_SPACE.finditer(m.group(0)))
        start_i = 0
        is_person = False
        # Leading function words, months, sentence-initial common words; a title makes a person.
        while start_i < len(words):
            w = words[start_i].group(0)
            bare = w.strip(".,’'").lower()
            if bare in rules.title_words and start_i + 1 < len(words):
                is_person = True
                start_i += 1
                continue
            if bare in rules.title_modifiers and start_i + 2 < len(words) and \
                    words[start_i + 1].group(0).strip(".,").lower() in rules.title_words:
                start_i += 1  # "Chief" of "Chief Minister K Rao"
                continue
            if (role := _leading_role(words, start_i, rules)):
                is_person = True  # "Executive Director Satish Borwankar", "Producer Judy Craymer"
                start_i += role
                continue
            first_part = bare.split("-")[0]
            if bare in _MONTH_SHORT and w.isalpha() and start_i + 1 < len(words) \
                    and words[start_i + 1].group(0)[:1].isupper() and words[start_i + 1].group(0).isalpha() \
                    and words[start_i + 1].group(0).lower() not in rules.not_names:
                break
            if _opens_place_name(words, start_i, rules):
                break  # "New York", "New Delhi": a place our list names whole keeps its first word
            if start_i == 0 and len(words) == 1 and w.isalpha() and w[1:].islower() \
                    and _plural_with_singular_verb(text, bare, m.start() + words[0].end()) \
                    and ctx.opens_sentence(m.start()):
                break  # "Railways has to forego": a plural in the singular is one body's name
            if bare in rules.not_names or _FIGURE_WORD.match(bare) or _glued_figure(bare, rules) or _HYPHEN_TAIL.search(w.strip(".,’'")) or bare in rules.connectors or first_part in rules.not_names or (
                    start_i == 0 and ctx.is_common_word(w) and _common_first_word(ctx, m.start(), words)) or (
                    start_i == 0 and ctx.opens_sentence(m.start()) and (
                        len(words) == 1 and (bare in rules.common_nouns and not _named_acronym(ctx, w, bare, rules)
                                             or (bare in rules.lowercase_words and not ctx.named_elsewhere(w)
                                                 or _opener_word(ctx, bare, w, m.start() + words[0].end(), rules))
                                             and not _typed_after(ctx, m.start() + words[0].start() + len(w.rstrip(".,’'")), rules))
                        or not ctx.named_elsewhere(w) and (
                            _common_opener(bare, text, m.start() + words[0].end(), rules.lowercase_words)
                            or _plural_before_name(bare, words, rules)))):
                start_i += 1
                continue
            break
        if start_i > 0 and start_i == len(words) - 1 and _acronym_before_company_word(words, start_i, rules):
            start_i -= 1  # "bankrupt US Airways", "ANI Technologies": the acronym is the name's first word
        end_i = len(words)
        for k in range(start_i + 1, len(words) - 1):
            # "Congress on Sunday", "Mumbai on June 29": a connector before a date word ends the name.
            if words[k].group(0).lower() in rules.connectors and \
                    words[k + 1].group(0).strip(".,’'").lower() in rules.not_names - {"the"}:
                end_i = k
                break
        while end_i > start_i and words[end_i - 1].group(0).lower() in rules.trailing_connectors:
            end_i -= 1
        if start_i >= end_i or end_i == 1 < len(words) and _common_opener_before_date(ctx, m.start(), words[0].group(0),
                                                                                       rules):
            continue
        start = m.start() + words[start_i].start()
        end = m.start() + words[end_i - 1].end()
        # A trailing possessive or full stop is not part of the name.
        while end > start and text[end - 1] in ".’'" or text[end - 2:end] in ("'s", "’s"):
            end -= 2 if text[end - 2:end] in ("'s", "’s") else 1
        if end <= start:
            continue
        if text[start:end].lower() in rules.legal_provisions and _PROVISION_NUMBER.match(text, end):
            continue  # "filed for Chapter 11 protection", "under Section 354 of the IPC": a law's provision
        if (sequel := _SEQUEL_NUMBER.match(text, end)) is not None \
                and text[start:end].split()[-1].lower().strip(".") not in _CALENDAR_WORDS \
                and not ctx.in_amount(sequel.start(1), sequel.end(1)):
            end = sequel.end(1)  # "Baahubali 2 has been insured", "the OnePlus 5 smartphone": the number is the name's
        name_words = text[start:end].split()
        if len(name_words) > 1 and all(w.isupper() for w in name_words) and any(len(w) > 4 for w in name_words):
            continue  # "DAMAGES IN EXCESS OF": a heading in capitals, not a name
        if len(name_words) == 1 and name_words[0].lower() in rules.modifier_acronyms:
            if (noun := _MODIFIED_NOUN.match(text, end)) is None or noun.group(1) in rules.not_names \
                    or noun.group(1) in _AUXILIARIES:
                continue  # "for AC.", "4G is": the acronym alone names a kind of thing, no owner
            # "the AC buses charge", "a 3D film on Ramayana": an adjective; the noun it modifies ends the name
            end = noun.end()
            name_words = text[start:end].split()
        if len(name_words) == 1 and (name_words[0].lower() in rules.not_alone
                                     or name_words[0].lower().strip(".") in rules.title_words
                                     or len(name_words[0].rstrip(".")) == 1):
            continue  # "Indian", "CEO", "R." alone are not names
        if _names_a_role(text[start:end]) and not _POSSESSIVE_AFTER.match(text, end):
            continue  # "the Chief Executive Officer of a bank", "as CM (Chief Minister)": a role alone, no name
        if len(name_words) == 1 and _adjective_compound(name_words[0], rules):
            continue  # "the German-US carmaker", "an Indo-Pak summit": an adjective, the noun after it is the name
        if _HYPHEN_LOWER.match(text, end) or _HYPHEN_TAIL.search(name_words[-1]):
            continue  # "Pune-based", "Aamir Khan-starrer": an adjective made of a name
        before = text[max(lo, start - 40):start]
        if not is_person:
            # "actor Salman Khan", "chief executive John Smith", "Mr. Brown"
            tail = before.rstrip().split()[-2:] if before.strip() else []
            is_person = bool(tail) and (tail[-1].lower().strip(".,") in rules.title_words
                                        or " ".join(tail).lower() in rules.title_words)
        kind = "PERSON" if is_person and 1 <= len(name_words) <= 4 else _kind_of_name(name_words, before, rules)
        if kind == "NAME" and rules.place_noun_after.match(text, end):
            kind = "PLACE"  # "the Kashmere Gate branch", "Chhawla area"
        elif kind == "NAME" and rules.work_after.match(text, end):
            kind = "WORK"  # "A Series of Unfortunate Events, starring Jim Carrey, took $30.2m"
        found.append((start, end, kind))
    return _joined_subtitles(text, found, rules)


# What joins a title to its subtitle: "Baahubali: The Beginning", "Baahubali 2: The Conclusion".
_SUBTITLE_JOIN = re.compile(r":[ \t]+The[ \t]+")
# A title whose chunk is only its last word ("The Lord of the Rings: The Return of the King").
_TITLE_TAIL_BEFORE = re.compile(r"(?<![\w-])(?:of|the|and|a|an)[ \t]+$", re.I)


def _joined_subtitles(text: str, found: list[tuple[int, int, str]], rules: OwnerRules) -> list[tuple[int, int, str]]:
    """"Baahubali: The Beginning grossed Rs 600 crore": a name, a colon and a capitalised "The" phrase
    are a work's title and its subtitle, not two names (the nearer, "Beginning", took the figure): the
    subtitle is dropped and the title names the work. Not after a date, a time or a common word
    ("January 24: The Uttar Pradesh ...", "Update: The ..."), nor after a title the chunk holds only
    the end of ("The Lord of the Rings: The Return of the King")."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if out and (join := _SUBTITLE_JOIN.match(text, out[-1][1])) is not None and join.end() == start:
            first = text[out[-1][0]:out[-1][1]].split()
            last = first[-1] if not first[-1].isdigit() or len(first) == 1 else first[-2]
            common = last.lower() in rules.lowercase_words or last.lower() in _CALENDAR_WORDS or last.isupper()
            if not common and _TITLE_TAIL_BEFORE.search(text, max(0, out[-1][0] - 8), out[-1][0]) is None:
                continue  # the subtitle is no name of its own: the title before the colon names the work
        out.append((start, end, kind))
    return out


def _acronym_before_company_word(words: list[re.Match[str]], i: int, rules: OwnerRules) -> bool:
    """Whether the word before a lone company word ("Airways", "Technologies") is an acronym in
    capitals, dropped as a pronoun, country or common word ("US Airways", "ANI Technologies"): a
    company word alone names no company, so the acronym is the name's first word."""
    before = words[i - 1].group(0).strip(".,’'")
    return words[i].group(0).strip(".,’'").lower() in rules.company_words \
        and len(before) >= 2 and before.isalpha() and before.isupper()


def _leading_role(words: list[re.Match[str]], i: int, rules: OwnerRules) -> int:
    """How many words at ``words[i]`` are a role that introduces a person's name after it
    ("Executive Director Satish Borwankar", "Producer Judy Craymer", "Director R A Mashelkar"), or
    0. The role words (a job like director, producer, banker, with modifiers like executive or
    managing, or a role phrase of ``owners.json``: "Chief Financial Officer") are no title of the
    titles list, so they stayed in the chunk and made the person's name "Executive Director ...",
    and after a company ("Tata Motors Chief Financial Officer C Ramakrishnan") the whole a company;
    they count only before two to four words shaped like a person's
    name (capitalised words or initials, no common noun, no company or body word or place), so
    "Director General of Police" and "Producer Price Index" stay whole."""
    n = i + _role_phrase_at(words, i, rules)
    if n == i:
        while n < len(words) and words[n].group(0).strip(".,").lower() in rules.role_words:
            n += 1
        while n > i and words[n - 1].group(0).strip(".,").lower() not in rules.person_roles:
            n -= 1
    rest = [w.group(0).strip(".,’'") for w in words[n:]]
    if n == i or not 2 <= len(rest) <= 4:
        return 0
    shaped = all(len(w) == 1 and w.isupper() or w.isalpha() and w[0].isupper() and w[1:].islower()
                 and w.lower() not in rules.common_nouns and w.lower() not in rules.connectors for w in rest)
    if not shaped or any(len(w) > 1 and _countries().get(w.lower()) for w in rest):
        return 0
    return n - i if _kind_of_name(rest, "", rules) == "NAME" else 0


def _role_phrase_at(words: list[re.Match[str]], i: int, rules: OwnerRules) -> int:
    """How many words at ``words[i]`` are one of the role phrases of ``owners.json`` ("Chief
    Financial Officer", "Independent Director"), the longest, or 0."""
    if words[i].group(0).strip(".,").lower() not in rules.role_phrase_firsts:
        return 0
    lowered = tuple(w.group(0).strip(".,").lower() for w in words[i:i + 4])
    return max((len(p) for p in rules.role_phrases if lowered[:len(p)] == p), default=0)


def _opens_place_name(words: list[re.Match[str]], i: int, rules: OwnerRules) -> bool:
    """Whether ``words[i]`` opens a place that ``owners.json`` lists whole ("New York", "New South
    Wales"): "New" alone is no name ("New EU rules", "New Year" stay as they were), but before "York"
    it is part of the place's name, and cut off it leaves "York", another city."""
    if i + 1 >= len(words) or not words[i].group(0)[:1].isupper() or words[i].group(0) in ("The", "THE"):
        return False
    lowered = [w.group(0).strip(".,’'").lower() for w in words[i:i + 3]]
    return any(" ".join(lowered[:n]) in rules.places for n in (2, 3))


# What follows a name, not a word: "Boogeyman, which cost $7m", "Conservatives: 77%", "Diesel and petrol".
_NAME_FOLLOWS = re.compile(r",?[ \t]+(?:which|who|and|or|&)\b|:")


def _opener_word(ctx: _DocContext, bare: str, word: str, after: int, rules: OwnerRules) -> bool:
    """A word alone that opens a sentence only by position ("Perhaps, we", "Unions oppose", "Imagine
    being"): English writes it in lower case more often than capitalised (``opener_words.txt``; the
    capitalised count is swollen by the sentences it opens), and the article never writes it
    capitalised mid-sentence. Not before what follows a name ("Boogeyman, which ...", a list's
    "Conservatives: 77%", "Diesel and petrol prices", where the word is the thing named), and not a
    pronoun ("They", "It"), which the anaphor rules read, nor an acronym ("PCB", "IAF": "pcb" is a
    word too)."""
    clean = word.strip(".,’'")
    return clean[1:].islower() and bare in rules.opener_words and bare not in rules.anaphors \
        and not ctx.named_elsewhere(word) \
        and _NAME_FOLLOWS.match(ctx.text, after) is None


# A verb in the singular right after a word: "Railways has to", "Nationwide says".
_SINGULAR_VERB_AFTER = re.compile(r"[ \t]+(?:is|was|has|does|says)\b")


def _plural_with_singular_verb(text: str, bare: str, after: int) -> bool:
    """"Railways has to forego Rs 7,500 crore": a plural that opens a sentence and takes a verb in the
    singular is one body's name, not the common noun it is spelt as ("Unions oppose", "Railways
    across the country"); a singular noun ending in s ("news is", "business has") is no plural."""
    return bare.endswith("s") and not bare.endswith(("ss", "us", "is", "ics", "news", "series", "species", "means")) \
        and _SINGULAR_VERB_AFTER.match(text, after) is not None


def _common_opener_before_date(ctx: _DocContext, start: int, word: str, rules: OwnerRules) -> bool:
    """"Late on Monday, Deutsche Boerse said", "Earlier on Tuesday": a sentence's first word that the
    date after it cut off alone is a common word opening the sentence, as it would be read alone
    ("Late" is no name), unless the article also writes it capitalised mid-sentence."""
    bare = word.strip(".,’'").lower()
    return ctx.opens_sentence(start) and word[1:].islower() and not ctx.named_elsewhere(word) and (
        bare in rules.common_nouns or bare in rules.lowercase_words or bare in rules.opener_words)


def _common_first_word(ctx: _DocContext, start: int, words: list[re.Match[str]]) -> bool:
    """Whether a first word the article also writes in lower case is that word here: alone, or
    opening a sentence ("Former champion X", "Shares in Y"). Mid-sentence, a capitalised word before
    another is a name's first word ("a new Access Services division", "Credit Suisse")."""
    return len(words) == 1 or ctx.opens_sentence(start)


def _plural_before_name(bare: str, words: list[re.Match[str]], rules: OwnerRules) -> bool:
    """"Veterans Simon and Garfunkel were", "Rivals Sainsbury's": a plural common noun that opens a
    sentence before a name describes the name; it is no part of it (asked only of a word the
    article never writes capitalised mid-sentence)."""
    word = words[0].group(0)
    if len(words) < 2 or not bare.endswith("s") or bare.endswith("ss") or not word.isalpha() \
            or not word[1:].islower() or not words[1].group(0)[:1].isupper():
        return False  # ("INS Viraat", "Marks & Spencer": an acronym, or a name joined to the next word)
    common = rules.lowercase_words | rules.opener_words
    return bare in common and bare[:-1] in common


def _named_acronym(ctx: _DocContext, word: str, bare: str, rules: OwnerRules) -> bool:
    """"GM said ...", "GM, whose brands include Buick, ...": a word in capitals that the article also
    names mid-sentence ("said GM chief executive") is that name at a sentence's start too, though
    its letters spell a word of our lists ("gm", grams). Not a title ("CEO")."""
    clean = word.strip(".,;:’'")
    return len(clean) >= 2 and clean.isupper() and bare not in rules.title_words and ctx.named_elsewhere(clean)


def _glued_figure(bare: str, rules: OwnerRules) -> bool:
    """"2day" of "WEEK 2Day 8": a number and a common word that lost the space between them."""
    m = _GLUED_FIGURE.fullmatch(bare)
    return m is not None and (m.group(1) in rules.not_names or m.group(1) in rules.lowercase_words
                              or m.group(1) in rules.glued_units)  # "56GB data", "a 160GB version"


def _adjective_compound(word: str, rules: OwnerRules) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(p.lower() in rules.adjectives or p.lower() in rules.adjective_prefixes
                                  or p.isupper() and len(p) <= 3 for p in parts)


_AUX_AFTER = re.compile(r"[ \t]+(?:are|were|have|had|is|was|will|would|could|may|might|rose|fell|grew|[a-z]+ed|[a-z]+ing)\b")


def _typed_after(ctx: _DocContext, end: int, rules: OwnerRules) -> bool:
    """Whether an apposition after a sentence's first word types it as a company's or a person's
    name ("Capita, one of the UK's largest outsourcing companies, has demanded ..."): a word that
    is common in lower case ("capita") is then the name the apposition describes, not an opener."""
    return bool(rules.company_after.match(ctx.text, end) or rules.person_after.match(ctx.text, end))


def _common_opener(bare: str, text: str, after: int, lowercase_words: frozenset[str]) -> bool:
    """A word that opens a sentence only by position: an adverb or participle ("Notably,",
    "Unaccounted cash") or a plural noun before its verb ("Revenues were"), but not a name that
    ends in s ("Qantas had"): the plural must be a word English writes in lower case. (A lone noun
    our own word lists hold, "Mission plan", "Chief executive", is dropped before this is asked.)"""
    return bare.endswith(("ly", "ing", "ed")) or (
        bare.endswith("s") and (bare in lowercase_words or bare[:-1] in lowercase_words)
        and bool(_AUX_AFTER.match(text, after)))


# A run of capitalised words with the connectors names hold ("Reserve Bank of India").
_CAPITALISED_RUN = re.compile(r"[A-Z](?:[\w&-]|\.(?=\w))*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[A-Z](?:[\w&-]|\.(?=\w))*)*")
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def inside_body_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start``-``end`` is part of a body's or a company's name:
    "Reserve" in "Reserve Bank of India", "Investment" in "Foreign Investment Promotion Board",
    "Fund" in "International Monetary Fund", "Holdings" in "JFE Holdings". Such a word names the
    body, not what a figure measures. A line in title case ("Bank Profit Rises 20%") holds no name this way."""
    if not text[start:end][:1].isupper():
        return False
    rules = owner_rules()
    lo = max(text.rfind("\n", 0, start) + 1, start - 80)
    hi = text.find("\n", end)
    hi = end + 80 if hi < 0 else min(hi, end + 80)
    for run in _CAPITALISED_RUN.finditer(text, lo, hi):
        if run.start() <= start and end <= run.end():
            words = [w.lower() for w in _WORD.findall(run.group())]
            following = _WORD.match(text, run.end() + 1)  # "the Income Tax department"
            if following is not None and text[run.end()] == " " and following.group() in rules.body_words:
                words.append(following.group())
            own = text[start:end].lower()
            # "JFE Holdings", "Sequoia Capital": a company word that closes the run is the name's own
            closes = run.end() == end and own in rules.company_words
            if len(words) < 2 or not (closes or any(w != own and (w in rules.body_words or w in rules.company_words)
                                                    for w in words)):
                return False
            line = _WORD.findall(text, lo, hi)
            lower = sum(1 for w in line if w[0].islower() and w not in _CONNECTORS)
            return lower * 2 >= len(line) - len(words)  # the run stands in prose, not in a title-case line
    return False


_CONNECTORS = frozenset({"of", "and", "for", "the", "a", "an", "in", "on", "to", "at"})
# A capitalised word right after another one, with only a space between ("Bill Cosby", "Grant Samuel").
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z][a-z]")


def opens_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised measure word at ``start``-``end`` begins or sits inside a longer
    name, a capitalised word following it right away: "Bill" in "Bill Cosby" or "the Bill Gates
    Foundation", "Grant" in "Grant Samuel", "Revenue" in "the Inland Revenue Secretary". Such a
    word names a person or a body, not what a figure measures; the name's last word may
    (a "User Development Fee", a "Current Account Deficit" are a fee and a deficit). Not a word
    in capitals ("SUBSIDY PROVIDED", a table's heading) nor one before "of" ("Sales of Apple's
    phones" are sales), nor in a line in title case ("Bank Profit Rises 20%")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or _NEXT_CAPITALISED.match(text, end) is None:
        return False
    lo = max(text.rfind("\n", 0, start) + 1, start - 80)
    hi = text.find("\n", end)
    hi = end + 80 if hi < 0 else min(hi, end + 80)
    content = [w for w in _WORD.findall(text, lo, hi) if w.lower() not in _CONNECTORS]
    lower = sum(1 for w in content if w[0].islower())
    return lower * 2 >= len(content) - 2  # (the name's own two words aside)


def _clean_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"(?:'s|’s|')$", "", text)
    return " ".join(text.split())


def typed_kind(ctx: _DocContext, name: str) -> str | None:
    """The kind the article gives a bare name somewhere ("the comedy Hitch", "Mr Michael Howard",
    "Hale, who joined..."): one sense per article, so "Hitch" and "Howard" elsewhere are that film
    and that person too. Asked per name, and only of names a figure's sentence holds."""
    def look() -> str | None:
        rules = owner_rules()
        text = ctx.text
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                before = text[max(0, pos - 60):pos]
                if rules.work_before.search(before):
                    return "WORK"
                if rules.title_before.search(before) or rules.person_after.match(text, end):
                    return "PERSON"
                if rules.company_before.search(before) or rules.company_after.match(text, end):
                    return "COMPANY"
            pos = text.find(name, end)
        words = name.split()
        if len(words) in (2, 3) and typed_kind(ctx, words[-1]) == "PERSON":
            return "PERSON"  # "Debra Hill" when "Hill, who ..." is a person elsewhere
        return None
    return ctx.cached(("typed", name), look)


_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
# (the first word may be an initial: "S Korean" is a headline's "South Korean")
_DEMONYM = re.compile(r"(?:[A-Z][a-z]*[ \t])?[A-Z][a-z]{2,}(?:an|ese|i)")
# How a nationality adjective ends, and what its country's name ends with instead ("Colombian" ->
# "Colombia", "Palestinian" -> "Palestine", "Chilean" -> "Chile", "Japanese" -> "Japan", "Pakistani" -> "Pakistan").
_DEMONYM_ENDINGS = (("ian", ("", "e", "ia")), ("ean", ("e", "")), ("an", ("", "a", "o")), ("n", ("",)),
                    ("ese", ("", "a")), ("i", ("",)))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every country's written names (lower case), to the country's canonical name."""
    found: dict[str, str] = {}
    with (packaged_patterns_dir() / "entities" / "countries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("pattern"), str) and row.get("label") == "COUNTRY":
                found.setdefault(row["pattern"].lower(), row.get("id") or row["pattern"])
    return found


def demonym_country(name: str) -> str | None:
    """The country a nationality adjective names ("South African", "Palestinian", "Colombian"): such
    a word before a noun ("the South African economy", "Palestinian unemployment") is that country
    qualifying the noun, not a name of its own. None for any other word."""
    if not _DEMONYM.fullmatch(name):
        return None
    low = name.lower()
    countries = _countries()
    for ending, replacements in _DEMONYM_ENDINGS:
        if low.endswith(ending):
            for replacement in replacements:
                country = countries.get(low[:-len(ending)] + replacement)
                if country is not None:
                    return country
    return None


def _lost_apostrophe(ctx: _DocContext, name: str) -> str | None:
    """The possessor a name names when a scrape dropped its apostrophe ("Indias digital economy", "RBIs
    data", "Flipkarts valuation", "Narendra Modis pet project"): a name whose last word is capitalised
    and ends in "s", whose stem the article also writes alone, and which is no English plural
    ("Greens", "Unions") or people ("Britons", "Palestinians")."""
    last = name.rsplit(" ", 1)[-1]
    if not last.endswith("s") or last.endswith(("ss", "'s", "’s", "ans", "ons")) or len(last) < 4 \
            or last.lower() in owner_rules().lowercase_words or last.lower()[:-1] in owner_rules().not_names:
        return None
    if not (last[0].isupper() and (last[1:-1].islower() or last[:-1].isupper())):
        return None
    stem = name[:-1]
    return stem if ctx.cached(("written_alone", stem), lambda: _written_alone(ctx.text, stem)) else None


def _possessive_country(ctx: _DocContext, start: int, end: int) -> Candidate | None:
    """A country whose possessive lost its apostrophe opening a longer chunk ("Indias GDP growth",
    "Chinas GDP"): the chunk ran the possessor into the capitalised noun it owns, and the
    country, a possessor, is what a figure of that noun belongs to."""
    first = ctx.text[start:end].split(" ", 1)[0]
    if " " not in ctx.text[start:end].strip() or not first.endswith("s") or not first[:-1].istitle():
        return None
    country = _countries().get(first[:-1].lower())
    if country is None or not _written_alone(ctx.text, first[:-1]):
        return None
    return Candidate(start, start + len(first), "NAME", Subject(text=first, name=country, acronym=None,
                                                                 label="COUNTRY"), False, True)


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` stands as a word of its own somewhere in ``text`` (no pattern compiled per word)."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            return True
        at = text.find(word, at + 1)
    return False


_CAPITALISED_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ \t]+){1,3}$")
_WORD_ENDS = re.compile(r"[’']s\b|[^\w'’-]|$")


def _after_capitalised_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each "First Middle Word": ``word`` after one to three capitalised words. Found
    with str.find and two fixed patterns, not a pattern per word: compiling one for each surname
    asked about cost more than all the rest of owner choice."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if at > 0 and text[at - 1] in " \t" and _WORD_ENDS.match(text, end):
            m = _CAPITALISED_WORDS_BEFORE.search(text, max(0, at - 120), at)
            if m is not None:
                yield m.start(), end
        at = text.find(word, at + 1)


def full_name(ctx: _DocContext, word: str, kind: str) -> str | None:
    """The one person's full name an article writes a surname alone for ("Mike Ashley ... Ashley agreed
    to pay", "Mr Kennedy" after "Charles Kennedy"): the canonical name of the bare surname, so that
    every mention of the person is one subject. The full name must be a person's (after a title, or
    typed so elsewhere), or the bare word must be (``Mr Ancram`` and "Michael Ancram"); two people
    of one surname ("Nawaz Sharif", "Shehbaz Sharif") leave it bare. Asked per surname, and only of
    the names a figure's sentence holds."""
    def look() -> str | None:
        text = ctx.text
        found: set[str] = set()
        for m_start, m_end in _after_capitalised_words(text, word):
            for start, end, chunk_kind in name_chunks(ctx, m_start, m_end):
                full = _clean_name(text[start:end])
                if end != m_end or " " not in full or any(
                        w.lower() in owner_rules().connectors or w.lower() in owner_rules().places
                        or "." in w.rstrip(".") for w in full.split()):
                    continue  # ("Delhi Najeeb Jung", "Modi.The CBI": a place or a glued stop is no first name)
                if chunk_kind == "PERSON" or kind == "PERSON" and chunk_kind == "NAME" \
                        or chunk_kind == "NAME" and typed_kind(ctx, full) == "PERSON" \
                        or chunk_kind == "NAME" and _plain_given_name(ctx, full):
                    found.add(full)
                else:
                    return None  # "Laura Ashley" the company: the bare word may be either
        if found:
            return found.pop() if len(found) == 1 else None
        return _full_name_after(ctx, word, kind)
    return ctx.cached(("full_name", word, kind), look)


def _plain_given_name(ctx: _DocContext, full: str) -> bool:
    """Whether an untyped "Vijay Mallya" may be the full name its bare last word stands for ("Mallya
    had paid"): two or three plain capitalised words, none of them a common noun, company or body
    word or place, and typed nothing else anywhere in the article. A name of that shape whose last
    word an article writes alone is a person's far more often than anything else ("Manchester
    United ... United" is the same club either way); the words of a firm or body keep it out, and so
    does a country before the last word ("In Pakistan Salim Malik said": a place glued to the name)."""
    words = full.split()
    rules = owner_rules()
    return len(words) in (2, 3) and typed_kind(ctx, full) is None \
        and all(w.isalpha() and w[0].isupper() and w[1:].islower() and w.lower() not in rules.common_nouns
                for w in words) \
        and not any(_countries().get(w.lower()) for w in words[:-1]) \
        and _kind_of_name(words, "", rules) == "NAME"


_CAPITALISED_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2}(?![\w'’-])")


def _full_name_after(ctx: _DocContext, word: str, kind: str) -> str | None:
    """The one person's full name an article writes a first name alone for ("Aamir Khan ... Aamir
    is also said to get 33%", "Ozzy Osbourne ... Ozzy"), when no full name ends in the word: as
    ``full_name``, the full name must be a person's and the only one the word opens."""
    text = ctx.text
    rules = owner_rules()
    if not (word[:1].isupper() and word[1:].islower()):
        return None  # ("EADS Philippe Camus": an acronym before a person's name is no first name)
    found: set[str] = set()
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")) and \
                (after := _CAPITALISED_WORDS_AFTER.match(text, end)) is not None:
            for start, chunk_end, chunk_kind in name_chunks(ctx, at, after.end()):
                full = _clean_name(text[start:chunk_end])
                if start != at or " " not in full or any(
                        w.lower() in rules.connectors or w.lower() in rules.places
                        or "." in w.rstrip(".") for w in full.split()):
                    continue
                if (chunk_kind == "PERSON" or typed_kind(ctx, full) == "PERSON") \
                        and _kind_of_name(full.split(), "", rules) in ("NAME", "PERSON"):
                    found.add(full)
                else:
                    return None  # "Delta Air Lines", "Rajinikanth Fans Association": the word may be the name's
        at = text.find(word, end)
    return found.pop() if len(found) == 1 else None


def entity_candidate(ctx: _DocContext, ent: Span) -> Candidate | None:
    """A pipeline entity as an owner candidate, or None for one that is no owner."""
    label = ent.label_
    if label not in _ENTITY_KIND:
        return None
    start, end = ent.start_char, ent.end_char
    if ctx.in_amount(start, end):
        return None
    subject = ctx.subject_of_entity(ent)
    if _names_a_role(subject.name):
        return None  # "CM Arvind Kejriwal", "the DIG Prison's report": a title's acronym is no owner, as "CEO" alone
    return Candidate(start, end, _ENTITY_KIND[label], subject, True)


# ("the Prime Minister's Office": a title that owns a body's name stays, for the body it opens)
_POSSESSIVE_AFTER = re.compile(r"[’'?]s\b")


def _names_a_role(name: str | None) -> bool:
    """Whether an entity's canonical name is only a title or role phrase ("Chief Minister" for
    "CM", "Deputy Inspector General" for "DIG"): a role, whoever holds it, names nobody."""
    rules = owner_rules()
    lowered = (name or "").lower().split()
    return bool(lowered) and (" ".join(lowered) in rules.title_words or tuple(lowered) in rules.role_phrases)


def _bare_body_in(ctx: _DocContext, c: Candidate, start: int, end: int) -> bool:
    """Whether entity ``c`` is a bare body word ("Cabinet", read as the Union Cabinet) inside the
    longer name ``start``-``end`` ("Telangana Cabinet", "Cabinet Office"): the longer name says
    whose body it is, so it wins over the gazetteer's reading of the word alone."""
    return start <= c.start and c.end <= end and (c.start, c.end) != (start, end) \
        and ctx.text[c.start:c.end] in owner_rules().bare_bodies


def candidates_in(ctx: _DocContext, lo: int, hi: int) -> list[Candidate]:
    """Entities and name chunks between ``lo`` and ``hi``, in text order, without overlaps.

    A pipeline entity wins over a chunk that merely covers it, except a country, place or
    mineral inside a longer name ("UK Independence Party", "Reserve Bank of India").
    """
    # A statistical model's MONEY, PERCENT, DATE, CARDINAL... entities are figures, not owners.
    # A name inside a figure ("HK$327m", "US$1.2bn") is part of its currency, not an owner.
    out: list[Candidate] = ctx.ent_candidates_within(lo, hi)
    chunks = [c for c in name_chunks(ctx, lo, hi) if not ctx.in_amount(c[0], c[1])]
    for start, end, kind in chunks:
        for c in out:
            # "General Motors of the US": the country after "of the" places the name, it is not part of it.
            if c.entity and c.kind == "COUNTRY" and start < c.start and c.end == end and \
                    ctx.text[start:c.start].endswith((" of the ", " in the ")):
                end = c.start - len(" of the ")
                kind = _kind_of_name(ctx.text[start:end].split(), "", owner_rules())
                break
        inside = [c for c in out if c.entity and c.start < end and c.end > start]
        if any(c.kind not in ("COUNTRY", "GPE", "PLACE", "NORP", "MINERAL") and not _bare_body_in(ctx, c, start, end)
               or (c.start, c.end) == (start, end) or not (start <= c.start and c.end <= end) for c in inside):
            # Keep the entity; a chunk that only adds title words around it is the entity itself.
            continue
        for c in inside:
            out.remove(c)
        text = ctx.text[start:end]
        name = _clean_name(text)
        if kind == "NAME":
            kind = typed_kind(ctx, name) or kind
        alias = ctx.aliases.get(text)
        country = demonym_country(name) if kind == "NAME" and _LOWER_AFTER.match(ctx.text, end) else None
        if country is not None:
            # "the South African economy", "Palestinian unemployment": the country the adjective names
            out.append(Candidate(start, end, "COUNTRY", Subject(text=text, name=country, acronym=None,
                                                                label="COUNTRY"), False))
            continue
        # (not before a quoted title: "Dilip Kumars "Mela" sold for Rs 48,000" is the work's figure,
        # and read as his it would be compared with the sum of his films' lots)
        stem = _lost_apostrophe(ctx, name) if kind == "NAME" and alias is None \
            and _LOWER_AFTER.match(ctx.text, end) else None
        if stem is not None:
            # "Indias online retail", "RBIs data": a possessive that lost its apostrophe names the possessor
            country = _countries().get(stem.lower())
            alias = ctx.aliases.get(stem)
            if country is not None:
                # (read as the name it stood for, a possessor: "raise Indias GDP growth to 8%" is India's,
                # where a country's name would only be where the growth happens)
                out.append(Candidate(start, end, "NAME", Subject(text=text, name=country, acronym=None,
                                                                 label="COUNTRY"), False, True))
                continue
            name, kind = stem, typed_kind(ctx, stem) or kind
        elif kind == "NAME" and alias is None and (owner := _possessive_country(ctx, start, end)) is not None:
            out.append(owner)
            continue
        if alias is None and kind in ("PERSON", "NAME") and " " not in name:
            full = full_name(ctx, name, kind)
            if full is not None:
                name = full  # "Ashley agreed to pay": Mike Ashley, named in full before (its kind as read here)
        if alias is not None:
            subject = Subject(text=text, name=alias[0], acronym=alias[1], label=kind)
        else:
            subject = Subject(text=text, name=name, acronym=None, label=kind)
        out.append(Candidate(start, end, kind, subject, False, stem is not None))
    out = [c for c in out if not _measure_name(c.subject.name)]
    out.sort(key=lambda c: c.start)
    return out


def _measure_name(name: str) -> bool:
    """"Gross domestic product (GDP) rose 1.7%", "Real GDP growth is projected", "a 36% rise in Foreign
    Direct Investment": a measure of an economy, capitalised or spelt out with its acronym, is what
    is measured, never whose it is; the economy owns it (``national.national_owner``)
    (``measure_names`` in owners.json)."""
    words = name.lower().split()
    rules = owner_rules()
    while len(words) > 1 and words[0] in rules.measure_name_modifiers:
        words = words[1:]  # "Real GDP", "Nominal GDP"
    return " ".join(words) in rules.measure_names
