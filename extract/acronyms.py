"""Acronym definitions: "Long Form (LF)" and "LF (Long Form)", after Schwartz & Hearst.

Shaped like scispacy's abbreviation detector: the algorithm is a set of pure
functions over a plain string (no spaCy, offsets into the string given, so
``text[d.short_start:d.short_end] == d.short`` always), and the spaCy
component at the bottom only runs them over ``doc.text`` and turns the
offsets into spans.

The algorithm (Schwartz & Hearst 2003, "A simple algorithm for identifying
abbreviation definitions in biomedical text"):

* Every ``(`` is a candidate site; nothing else is looked at, so text without
  brackets costs one ``str.find``.
* If the bracketed text looks like a short form, the long form is searched in
  the words just before the bracket: the short form's letters are matched
  right to left, case-insensitively, each to the nearest earlier character,
  and the first letter must also begin a word. The long form is the shortest
  stretch that satisfies this.
* Otherwise, if the word just before the bracket looks like a short form, the
  bracketed text is the long form ("TRUST (Transforming the ...)"). Here the
  whole bracket is the long form: its first word must begin with the short
  form's first letter and the other letters must follow in order. (Plain S&H
  would take the shortest matching suffix, which turns "TRUST (Technology and
  ... for Trusted partners)" into "Trusted partners".)

Decisions for news text, beyond the paper:

* **Figures are never acronyms.** A bracket holding a currency sign or
  starting (after an optional currency word) with a digit, as in
  "(US$1.9 billion)", "(Rs 16,300 crore)", "(2023)", "(50%)", gives nothing.
* **Short forms need capitals.** A short form needs an upper-case letter, and
  each of its words at least two upper-case letters or digits. That keeps
  "iCET", "MeitY", "BCC&I", "I2U2", "G20" and "PSUs",
  and drops "(see below)", "(i)", "(HT Photo)", "(Reuters)". The price is
  title-case acronyms such as "Sebi", which the Indian press does use; in news
  brackets a single capitalised word is far more often a credit, a place or
  a name than an acronym.
* **iCET** gets the long form the algorithm gives: "initiative on Critical and
  Emerging Technology". The lower-case "i" is matched like any other letter
  and must start a word, and the nearest such word is "initiative", which is
  also the official name. No special case.
* **Digits.** S&H matches digits literally, so "Group of 20 (G20)" works and
  "I2U2" finds nothing in "India, Israel, UAE and US". A lone digit 2 or 3
  after a letter is therefore also read as "that letter, that many times"
  (I2U2 -> IIUU), tried only when the literal reading fails; that gives
  "India, Israel, UAE and US". Digits are never simply skipped: "IU" alone
  would match "Israel, UAE and US" and silently drop India.
* **Lines and brackets are walls.** The long form never crosses a line break
  (headlines, bylines and bullets are separate units) nor an earlier bracket
  ("Production Linked Incentive (PLI) scheme (PLIS)" does not reach back over
  "(PLI)").
* **Detached brackets.** A bracket after a sentence end ("... said. (PTI)")
  is a credit or aside, not a definition; a final "Ltd." or "U.S." is not a
  sentence end.
* **Datelines.** A long form with no lower-case letter ("PATIALA (PTI)") is
  a shouted dateline, not a definition.
* Quotes (straight or curly), markdown ``*``/``_`` and spaces around either
  form are trimmed off the offsets.
* Every defining occurrence is returned, in text order; deciding which
  definition wins when an article defines one acronym twice is left to the
  caller (see :func:`are_variants`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc

from .components import char_spans
from .doctext import doc_text

DEFINITIONS_KEY = "newsfacts_definitions"
SHORT_SPANS_KEY = "newsfacts_acronyms"
LONG_SPANS_KEY = "newsfacts_long_forms"
SHORT_LABEL = "ACRONYM"
LONG_LABEL = "LONG_FORM"

# --- thresholds -------------------------------------------------------------

# S&H: a short form has at most 10 characters; longer brackets are phrases.
_MAX_SHORT_CHARS = 10
# Lower bound 2, not 1: a single character in brackets is an enumerator
# ("(i)", "(a)") or a grade, never a defined acronym in news.
_MIN_SHORT_CHARS = 2
# S&H: at most two words ("US DoE"); three words are a phrase.
_MAX_SHORT_WORDS = 2
# Each short-form word needs this many capitals or digits: "iCET", "MeitY",
# "PSUs", "G20" have two or more, while prose and credits ("see below",
# "Photo", "Reuters") do not.
_MIN_CAPITALS_PER_WORD = 2
# Looking back from a "(" never goes further than this many characters. The
# word window is at most 15 words (see _max_long_words); 15 words of news text
# are ~110 characters, so 300 leaves room for long words and bounds the cost
# per bracket however long the line is.
_MAX_LOOKBACK_CHARS = 300
# A bracketed long form is read only up to this many characters; beyond it
# the bracket is an aside, and not scanning further bounds the cost.
_MAX_BRACKET_CHARS = 200
# Variant test: difflib ratio is 1 - 1/n for one substituted character in n,
# so 0.95 allows one small edit per ~20 characters of the normalised key.
_VARIANT_RATIO = 0.95
# Words per short-form letter allowed in a bold "**SF (Long Form)**" (see _max_long_words):
# three words a letter leave room for the function words and lists of such names, and a
# bracketed long form is bounded by _MAX_BRACKET_CHARS anyway.
_EMPHASISED_WORDS_PER_LETTER = 3


def _max_long_words(short: str, emphasised: bool = False) -> int:
    """S&H: the long form has at most min(|SF| + 5, 2 * |SF|) words.

    Short acronyms expand to about one word per letter, with room for a few
    function words ("of", "and", "for the"); the 2 * |SF| cap keeps two-letter
    forms from reaching back over a whole clause.

    An ``emphasised`` "**SF (Long Form)**", the whole definition set in
    markdown bold, is a writer spelling out a name on purpose: there the cap
    is ``_EMPHASISED_WORDS_PER_LETTER`` words a letter, since official
    backronyms run long (a five-letter initiative name of 13 words, each
    letter drawn from a phrase of its own).
    """
    n = len(short)
    if emphasised:
        return _EMPHASISED_WORDS_PER_LETTER * n
    return min(n + 5, 2 * n)


def _emphasised(text: str, short_start: int, close: int) -> bool:
    """Whether "SF (...)" is wrapped whole in markdown bold: ``**SF (...)**`` or ``__SF (...)__``."""
    for mark in ("**", "__"):
        if text.startswith(mark, close + 1) and text[max(0, short_start - 2):short_start] == mark:
            return True
    return False


# --- the result -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Definition:
    """One definition site; offsets are into the text given to find_definitions."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


# --- character classes --------------------------------------------------------

# Trimmed off both forms: whitespace, straight and curly quotes, markdown emphasis.
_TRIM = " \t\r\n\"'“”‘’«»*_`"
# Characters a short form may contain besides letters and digits: "BCC&I",
# "e-NAM", "U.S.", "G7+", "Li/ion", "O'Neil"-style apostrophes.
_SHORT_EXTRA = frozenset("&-./+'’ ")
# Where a long form on the left may not reach past.
_WALLS = "\n()[]"
# A sentence end just before "(" means the bracket is detached from the phrase.
_SENTENCE_END = frozenset(".!?;:")
# ...unless the dot belongs to an abbreviation: "Hindustan Zinc Ltd. (HZL)",
# "the U.S. (US)".
_ABBREVIATION_DOT = re.compile(
    r"(?:\b(?:Ltd|Inc|Co|Corp|Pvt|Bros|Govt|Dept|Jr|Sr|St|Intl)|(?:\b[A-Z]\.)+[A-Z])\.$"
)
# A bracket is a figure when it holds a currency sign or starts, after an
# optional currency word, with a digit: "(US$1.9 billion)", "(Rs 16,300 crore)",
# "(2023)", "(50%)", "(1.9bn)".
_CURRENCY_SIGNS = frozenset("$€£₹¥¢")
_FIGURE_START = re.compile(r"(?:(?:Rs|INR|USD|US|EUR|GBP|Rupees?)\.?\s*)?[\d.,]*\d", re.IGNORECASE)
# "I2U2": a letter followed by a lone 2 or 3 (not part of a longer number, so
# "G20" stays literal) stands for that letter repeated. Higher counts ("G7")
# name groups of seven, not seven words with the same initial.
_REPEATED_LETTER = re.compile(r"([^\W\d_])([23])(?!\d)")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _is_figure(candidate: str) -> bool:
    if any(ch in _CURRENCY_SIGNS for ch in candidate):
        return True
    return _FIGURE_START.match(candidate) is not None


def _is_short_form(candidate: str) -> bool:
    """S&H's short-form test, with the capitals rule for news (see module doc)."""
    if not _MIN_SHORT_CHARS <= len(candidate) <= _MAX_SHORT_CHARS:
        return False
    # S&H: the first character is a letter or digit ("(-ve)" is not a short form).
    if not candidate[0].isalnum():
        return False
    if any(not (ch.isalnum() or ch in _SHORT_EXTRA) for ch in candidate):
        return False
    words = candidate.split()
    if len(words) > _MAX_SHORT_WORDS:
        return False
    # S&H ask for at least one letter; news asks for a capital one.
    if not any(ch.isupper() for ch in candidate):
        return False
    return all(
        sum(ch.isupper() or ch.isdigit() for ch in word) >= _MIN_CAPITALS_PER_WORD for word in words
    )


def _letter_sequences(short: str) -> list[str]:
    """The characters to match, lower-cased: the literal one, then the I2U2 reading."""
    literal = "".join(ch for ch in short.lower() if ch.isalnum())
    sequences = [literal]
    if _REPEATED_LETTER.search(short):
        expanded = _REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), short)
        sequences.append("".join(ch for ch in expanded.lower() if ch.isalnum()))
    return sequences


def _match_backwards(text: str, letters: str, lo: int, hi: int) -> int | None:
    """S&H's core: match ``letters`` right to left inside text[lo:hi].

    Each letter takes the nearest earlier character equal to it; the first
    letter must also start a word. Returns where the long form starts, or None.
    """
    k = hi - 1
    for index in range(len(letters) - 1, -1, -1):
        wanted = letters[index]
        while k >= lo:
            if text[k].lower() == wanted and (index > 0 or k == lo or not text[k - 1].isalnum()):
                break
            k -= 1
        else:
            return None
        k -= 1
    return k + 1


def _matches_forwards(long: str, letters: str) -> bool:
    """Anchored check for "SF (Long Form)": the first letter starts the long form
    and the rest follow in order."""
    if not long or long[0].lower() != letters[0]:
        return False
    position = 1
    for wanted in letters[1:]:
        position = long.lower().find(wanted, position)
        if position < 0:
            return False
        position += 1
    return True


def _window_start(text: str, end: int, floor: int, max_words: int) -> int:
    """Start of the last ``max_words`` whitespace-separated words of text[floor:end]."""
    start = end
    i = end
    for _ in range(max_words):
        while i > floor and text[i - 1].isspace():
            i -= 1
        if i == floor:
            break
        while i > floor and not text[i - 1].isspace():
            i -= 1
        start = i
    return start


def _plausible_long(short: str, long: str) -> bool:
    # S&H: the long form is longer than the short form and does not contain it.
    if len(long) <= len(short) or short in long.split():
        return False
    # A long form with no lower-case letter is a dateline ("PATIALA (PTI)").
    return any(ch.islower() for ch in long)


def _left_floor(text: str, paren: int) -> int:
    """How far left of ``paren`` a form may reach: the last wall, or the lookback limit."""
    lookback = max(0, paren - _MAX_LOOKBACK_CHARS)
    return max(lookback, max(text.rfind(wall, lookback, paren) for wall in _WALLS) + 1)


def _attached_end(text: str, floor: int, paren: int) -> int | None:
    """End of the phrase right before ``paren``, or None if a sentence ends there."""
    _, end = _strip_span(text, floor, paren)
    if end <= floor:
        return None
    if text[end - 1] in _SENTENCE_END:
        if text[end - 1] != "." or not _ABBREVIATION_DOT.search(text, max(floor, end - 12), end):
            return None
    return end


_POSSESSIVE_END = ("'s", "’s")


def _without_possessive(text: str, start: int, end: int) -> int:
    """End of the long form without a possessive "'s": "joined New Delhi Municipal Council's (NDMC)
    drive" defines the council, not "Council's" (the short form's letters never need that s)."""
    if end - start > 2 and text.endswith(_POSSESSIVE_END, start, end):
        return end - 2
    return end


def _long_before(text: str, paren: int, short: str, short_start: int, short_end: int) -> Definition | None:
    """Form 1, "Long Form (LF)": find the long form in the words before ``paren``."""
    floor = _left_floor(text, paren)
    end = _attached_end(text, floor, paren)
    if end is None:
        return None
    lo = _window_start(text, end, floor, _max_long_words(short))
    for letters in _letter_sequences(short):
        start = _match_backwards(text, letters, lo, end)
        if start is None:
            continue
        long_start, long_end = _strip_span(text, start, end)
        long_end = _without_possessive(text, long_start, long_end)
        long_start = _over_function_word(text, lo, long_start, short)
        long_start = _over_word_initials(text, lo, long_start, long_end, letters)
        long = text[long_start:long_end]
        if _plausible_long(short, long):
            return Definition(short, long, short_start, short_end, long_start, long_end)
    return None


_FUNCTION_WORD = re.compile(r"(?:of|the|and|for|in|on|to|at|an?)\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+$")


def _over_function_word(text: str, lo: int, start: int, short: str) -> int:
    """"Office of the Deputy Prime Minister (ODPM)": S&H's shortest match starts at "of", whose
    letter the short form shares; a reader starts at the capitalised word before it."""
    if not _FUNCTION_WORD.match(text, start):
        return start
    before = _CAPITALISED_BEFORE.search(text, lo, start)
    if before is not None and text[before.start()].lower() == short[0].lower():
        return before.start()
    return start


_WORD_START = re.compile(r"(?<![\w'’-])[\w'’-]")


def _initials(long: str) -> str:
    """The first letters of the content words ("Office of the Deputy Prime Minister" -> "odpm")."""
    words = re.findall(r"[\w'’]+", long)
    return "".join(w[0] for w in words if not _FUNCTION_WORD.fullmatch(w.lower())).lower()


def _over_word_initials(text: str, lo: int, start: int, end: int, letters: str) -> int:
    """"Aam Aadmi Party (AAP)": S&H takes the nearest letters, so the second "a" of "Aadmi" ends
    the match at "Aadmi Party"; a reader spells the short form from word initials. When the long
    form's initials do not spell it and starting a few capitalised words earlier makes them spell
    it exactly, start there ("International Indian Film Academy (IIFA)", "Indian Institute of
    Technology (IIT)")."""
    if _initials(text[start:end]) == letters:
        return start
    for word in reversed(list(_WORD_START.finditer(text, max(lo, start - 60), start))[-len(letters):]):
        if not text[word.start()].isupper():
            break
        if _initials(text[word.start():end]) == letters:
            return word.start()
    return start


def _short_before(text: str, paren: int, close: int) -> Definition | None:
    """Form 2, "LF (Long Form)": the word before ``paren`` is the short form."""
    floor = _left_floor(text, paren)
    short_end = _attached_end(text, floor, paren)
    if short_end is None:
        return None
    short_start = short_end
    while short_start > floor and not text[short_start - 1].isspace():
        short_start -= 1
    short_start, short_end = _strip_span(text, short_start, short_end)
    short = text[short_start:short_end]
    if not short or not _is_short_form(short):
        return None
    long_start, long_end = _strip_span(text, paren + 1, close)
    long = text[long_start:long_end]
    if not long or _is_figure(long) or any(ch.isdigit() for ch in long):
        return None
    if len(long.split()) > _max_long_words(short, emphasised=_emphasised(text, short_start, close)):
        return None
    if not any(_matches_forwards(long, letters) for letters in _letter_sequences(short)):
        return None
    if not _plausible_long(short, long):
        return None
    return Definition(short, long, short_start, short_end, long_start, long_end)


def _definition_at(text: str, paren: int) -> Definition | None:
    line_end = text.find("\n", paren + 1, paren + 1 + _MAX_BRACKET_CHARS)
    limit = line_end if line_end >= 0 else min(len(text), paren + 1 + _MAX_BRACKET_CHARS)
    close = text.find(")", paren + 1, limit)
    inner_open = text.find("(", paren + 1, limit)
    nested = inner_open >= 0 and (close < 0 or inner_open < close)
    if close < 0 and not nested:
        return None  # unclosed on this line
    content_end = inner_open if nested else close
    # S&H: "(SF, ...)" and "(SF; ...)" define SF; a nested bracket ends it too.
    candidate_end = content_end
    for separator in ",;":
        cut = text.find(separator, paren + 1, candidate_end)
        if cut >= 0:
            candidate_end = cut
    short_start, short_end = _strip_span(text, paren + 1, candidate_end)
    candidate = text[short_start:short_end]
    if not candidate or _is_figure(candidate):
        return None
    if _is_short_form(candidate):
        return _long_before(text, paren, candidate, short_start, short_end)
    if nested or len(text[paren + 1 : close].split()) < 2:
        return None
    return _short_before(text, paren, close)


def find_definitions(text: str) -> list[Definition]:
    """Every acronym definition in ``text``, in order; only brackets are examined."""
    found: list[Definition] = []
    paren = text.find("(")
    while paren >= 0:
        definition = _definition_at(text, paren)
        if definition is not None:
            found.append(definition)
        paren = text.find("(", paren + 1)
    return found


# --- comparing expansions -------------------------------------------------------

_KEY_QUOTES = str.maketrans("", "", "\"'“”‘’«»`´")
_KEY_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―/_]+")
_KEY_PUNCTUATION = re.compile(r"[^\w\s]")
_DISPLAY_PUNCTUATION = re.compile(r"[^\w']")
_QUOTE_CHARS = "\"'“”‘’«»`´"
# British/American and domain spellings that name the same thing; applied to
# singular, lower-case words.
_SPELLINGS = {
    "programme": "program",
    "centre": "center",
    "defence": "defense",
    "licence": "license",
    "labour": "labor",
    "harbour": "harbor",
    "fibre": "fiber",
    "aluminium": "aluminum",
    "sulphur": "sulfur",
    "sulphate": "sulfate",
    "caesium": "cesium",
    # Company-name abbreviations: "Oil & Natural Gas Corp" is the "... Corporation".
    "corp": "corporation",
    "co": "company",
    "ltd": "limited",
    "inc": "incorporated",
    "pvt": "private",
    "intl": "international",
    "govt": "government",
    "dept": "department",
}
# Legal forms at the end of a company's name: "ONGC Ltd" and "ONGC" are one company.
_LEGAL_SUFFIXES = frozenset({"limited", "incorporated", "plc", "llc", "llp", "ag", "sa", "gmbh"})
# Words this short are left alone by the plural rule: "gas", "its", "has", "us".
_MIN_PLURAL_LENGTH = 4


def _singular(word: str) -> str:
    if len(word) < _MIN_PLURAL_LENGTH or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > _MIN_PLURAL_LENGTH:
        return word[:-3] + "y"  # technologies, authorities
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]  # processes, batches, taxes
    if word.endswith(("ss", "us", "is")):
        return word  # process, status, analysis
    return word[:-1]  # minerals, chains, partners


def _key_word(word: str) -> str:
    word = _singular(word)
    word = _SPELLINGS.get(word, word)
    if word.endswith("isation"):
        word = word[: -len("isation")] + "ization"
    return word


def normalise_expansion(long: str) -> str:
    """A comparison key for long forms.

    Equal for case, curly/straight quotes, hyphen/space/dash, "&"/"and",
    singular/plural, a leading "the", British/American spellings
    ("programme"/"program"), company abbreviations ("Corp"/"Corporation") and
    a final legal form ("Ltd"): lower-case singular words joined by single spaces.
    """
    text = unicodedata.normalize("NFKC", long).casefold()
    text = text.translate(_KEY_QUOTES).replace("&", " and ")
    text = _KEY_SEPARATORS.sub(" ", text)
    text = _KEY_PUNCTUATION.sub("", text)  # "U.S." -> "us", "**Mission**" -> "mission"
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    keys = [_key_word(word) for word in words]
    while len(keys) > 1 and keys[-1] in _LEGAL_SUFFIXES:
        keys.pop()
    return " ".join(keys)


_LOWER_IN_NAMES = frozenset({"and", "of", "for", "the", "on", "in", "to", "a", "an", "at", "by", "with"})


@lru_cache(maxsize=4096)
def canonical_name(text: str) -> str:
    """The display name of a long form: its words as the article writes them, in title case.

    Kept per text: every fact and alias of a programme asks for its name, a batch names the same
    programmes in many articles, and a list of definitions repeats them.

    Only case, spacing, quotes, "&" and a leading "the" are evened out ("national critical
    mineral mission" and "National Critical Mineral Mission" give one name). Number and spelling
    stay as written: "Goods and Services Tax", "Negotiable Instruments Act" and "Centre for Science
    and Environment" are names, and a reader would not recognise them singular or American.
    Variants that differ in those ("Minerals"/"Mineral") are one owner where facts are compared
    (``variant_aliases``). A word that holds a capital past
    its first letter ("AIIMS", "McLaren", "iPhone") is kept as written.
    """
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("&", " and ")
    words = [w for w in _KEY_SEPARATORS.split(text) if w]
    if words and words[0].casefold().strip(_QUOTE_CHARS) == "the":
        words = words[1:]
    shown = []
    for i, word in enumerate(words):
        # an apostrophe inside a word is part of the name ("Prime Minister's Office"), quotes are not
        bare = _DISPLAY_PUNCTUATION.sub("", word).strip("'")
        if not bare:
            continue
        if any(ch.isupper() for ch in bare[1:]):
            shown.append(bare)
            continue
        low = bare.casefold()
        shown.append(low if i and low in _LOWER_IN_NAMES else low[:1].upper() + low[1:])
    return " ".join(shown)


@lru_cache(maxsize=4096)
def _variant_key(name: str) -> str:
    """What variants of one name share: its words singular, lower case and in one spelling, except
    the last word's number ("General Motors" and "General Motor" are not one name, "British
    Airways" is no plural)."""
    words = [w for w in (_KEY_PUNCTUATION.sub("", w) for w in _KEY_SEPARATORS.split(
        unicodedata.normalize("NFKC", name).translate(_KEY_QUOTES).replace("&", " and "))) if w]
    if words and words[0].casefold() == "the":
        words = words[1:]
    keys = [w if len(w) > 1 and w.isupper() else
            _key_word(w.casefold()) if i < len(words) - 1 else _SPELLINGS.get(w.casefold(), w.casefold())
            for i, w in enumerate(words)]
    return " ".join(keys)


def variant_aliases(names: Iterable[str]) -> dict[str, str]:
    """Name -> the one name its variants are compared under ("National Critical Minerals Mission"
    -> "National Critical Mineral Mission" when both are written): the most frequent of the
    variants sharing a ``_variant_key``, the first in sorted order on a tie. Names with no variant
    are left out."""
    counts = Counter(names)
    by_key: dict[str, list[str]] = {}
    for name in counts:
        by_key.setdefault(_variant_key(name), []).append(name)
    aliases: dict[str, str] = {}
    for variants in by_key.values():
        if len(variants) > 1:
            chosen = min(variants, key=lambda n: (-counts[n], n))
            aliases.update({n: chosen for n in variants if n != chosen})
    return aliases


def are_variants(a: str, b: str) -> bool:
    """True when two long forms name the same thing: equal keys (spacing aside,
    so "co-operation" matches "cooperation"), or keys within one small edit
    per ~20 characters (difflib ratio >= 0.95)."""
    key_a, key_b = normalise_expansion(a), normalise_expansion(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b or key_a.replace(" ", "") == key_b.replace(" ", ""):
        return True
    matcher = SequenceMatcher(None, key_a, key_b, autojunk=False)
    # The cheap upper bounds first: most pairs fail on length or letters.
    return (
        matcher.real_quick_ratio() >= _VARIANT_RATIO
        and matcher.quick_ratio() >= _VARIANT_RATIO
        and matcher.ratio() >= _VARIANT_RATIO
    )


# --- the spaCy component ---------------------------------------------------------

if not Doc.has_extension(DEFINITIONS_KEY):
    # None until the component runs (a mutable default would be shared by all docs).
    Doc.set_extension(DEFINITIONS_KEY, default=None)


@Language.factory("newsfacts_acronyms")
class AcronymDetector:
    """Runs :func:`find_definitions` over ``doc.text``.

    Sets ``doc._.newsfacts_definitions`` (the list of :class:`Definition`) and
    the span groups ``doc.spans["newsfacts_acronyms"]`` (label ACRONYM, the
    short forms) and ``doc.spans["newsfacts_long_forms"]`` (label LONG_FORM),
    in the same order; spans snap outwards to token edges. Holds no state, so
    a saved pipeline stores only its name.
    """

    def __init__(self, nlp: Language, name: str = "newsfacts_acronyms") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        definitions = find_definitions(doc_text(doc))
        doc._.set(DEFINITIONS_KEY, definitions)
        # Short and long forms start and end on a token's character (find_definitions strips them).
        shorts = char_spans(doc, [(d.short_start, d.short_end) for d in definitions], SHORT_LABEL)
        longs = char_spans(doc, [(d.long_start, d.long_end) for d in definitions], LONG_LABEL)
        doc.spans[SHORT_SPANS_KEY] = shorts
        doc.spans[LONG_SPANS_KEY] = longs
        return doc


def definitions_of(doc: Doc) -> list[Definition]:
    """The definitions found in ``doc``; empty if the component did not run."""
    found = doc._.get(DEFINITIONS_KEY)
    return list(found or [])
