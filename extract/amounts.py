"""Find and normalise money amounts and percentages in plain text.

Pure functions over a string, driven by the tables in ``patterns/``
(currencies, scales, approximations, percent marks, not-money context): no
spaCy needed, so the grammar can be tested case by case and reused outside a
pipeline. Offsets are into the string given, so ``text[m.start:m.end] ==
m.value.text`` always.

A figure is money only when something says so: a currency mark before or
after it, or an Indian scale word (lakh, crore), which in this domain means
rupees even when the sign was lost, unless the context shows a count
(10 lakh people, of whom 2 lakh were). Bare numbers (years, counts, fiscal
years like 2030-31, phone numbers, times) never match.

Forms (each a regular expression compiled once from the tables):

* prefix:   ``Rs 34,300 crore``, ``US$1.2bn``, ``$ 75 million``, ``₹16,300-crore``,
  ``Rs 1,500-2,000 crore`` (a range), ``$-99.99``, ``Rs one lakh``;
* number:   a number followed by a currency word (``323 million euros``, ``-15€``,
  ``10 000 dollars``, ``3 dollars 50 cents``), an Indian scale (``289 crore``,
  INR with ``currency_inferred``; ``?289 crore`` where the sign was lost) or a
  percent mark (``21.9%``, ``70 per cent``, ``5pc``, ``5-7%``, ``2 percentage points``);
* words:    ``seven billion dollars``, ``two lakh crore``, ``twenty per cent``,
  ``thirteen dollars and forty-five cents`` (numbers read by text2num), and the
  inverted ``percent of 10`` (only as a whole clause).

Context read around a figure: approximation words before it (``nearly``,
``more than``, ``up to``), ``minus``, an accounting ``($99.99)`` with nothing
before it to annotate, and subunits after a currency word (``50 cents``).

Speed: the digit forms are tried only where a digit run starts a number (the
prefix form only where a currency mark ends just before it), and the word forms
scan a lower-cased copy for their anchor words, so the cost grows with the
figures in an article rather than its length times the number of forms.
"""

from __future__ import annotations

import bisect
import calendar
import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from text_to_num import text2num

from .patterns import load_table, trie_alternation
from .records import MoneyValue, PercentValue

# Western (34,300 / 1,234,567), Indian (1,63,000 / 1,63,00,00,00,000) and SI
# (10 000, with a space, NBSP or thin space) digit grouping; the last group is
# always three digits. At most six space-separated groups (a trillion): tried at every number,
# an unbounded group count made '123 123 123 ...' cost the square of its length.
_NUM = r"(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,6}(?![\d,])|\d+)(?:\.\d+)?|\.\d+"
# The same numbers where only a currency word, scale or percent mark may follow (the number form):
# none of those starts with a digit, so a number cut before its last space-separated groups
# (followed by " 123") can never end a match there, and the groups are taken possessively.
# Backtracking over them cost every number of '123 123 123 ...' eight tries of each ending.
_NUM_BEFORE_WORD = _NUM.replace("{1,6}(?!", "{1,6}+(?!")
_RANGE_SEP = r"\s?(?:-|–|—|to)\s?"
# A range's "to" with no mark repeated after it: where a falling second number is no range's end
_TO_BETWEEN = re.compile(r"\s?to\s?")
# A number never ends where a digit follows, even after a ',' or '.' (no '$50' out of '$50.8bn').
_NUM_END = r"(?![.,]?\d)"
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# A word (scale, currency, percent mark) ends where no lower-case or non-ASCII letter follows;
# a capital may ('Rs 23.07 croreDay 10' is two lines run together). A mark that is a sign
# (%, €) needs no such end ('grew 5%in 2016').
_WORD_END = r"(?:(?<![^\W\d_])|(?![^\W\d_])|(?<=[a-z])(?=[A-Z][a-z]))"
# A minus sign: not after a word, a number, a percent sign or another dash, so neither the
# dash of 5%-10% nor the second hyphen of 'shares --10 per cent' is one.
_NEG_NOT_AFTER = "_.,%-−–—"
_NEG = r"(?P<neg>(?<![\w.,%\-−–—])[-−])?"
_SPACES = r"\s+"
_SPACE_OR_HYPHEN = r"[\s-]"
_OPT_SPACE_OR_HYPHEN = r"[\s-]?"
# Number words are looked for only this many words before a scale or currency word.
_MAX_NUMBER_WORDS = 6
# A run of digits with the ',', '.' and hyphens inside it (34,300 / 1.63 / 2016-17): one
# token, so the digits after a separator are never taken for a number of their own.
_DIGITS = re.compile(r"\d+(?:[.,\-–]\d+)*")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class AmountMatch:
    start: int
    end: int
    value: MoneyValue | PercentValue
    # A banknote's or coin's face value ("Rs 500 and Rs 1,000 notes"): money the text names a note
    # by, nobody's figure (see ``_marking_denominations``)
    face_value: bool = False
    # set once: every stage after recognition asks it of every figure
    kind: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", "money" if isinstance(self.value, MoneyValue) else "percent")


@dataclass(slots=True)
class _Draft:
    """A recognised figure before the context around it (approx, minus, cents) is read."""

    start: int
    end: int
    number: str
    low: Decimal
    high: Decimal | None
    factor: Decimal
    scale: str | None
    currency: str | None  # None: a percentage
    inferred: bool = False
    negative: bool = False
    currency_word: str | None = None  # suffix currency word, which may take subunits after it


_ONE = Decimal(1)


def _alternation(words: list[str], *, space: str = r"\s?") -> str:
    """Longest first, so 'US$' wins over '$' and 'lakh crore' over 'lakh'."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", space)
        parts.append(escaped)
    return "|".join(parts)


def _needs_left_boundary(mark: str) -> bool:
    return mark[0].isalpha()


def _last_chars(words: list[str]) -> re.Pattern[str]:
    """One character that ends one of ``words``, in any case (as the word regexes match them)."""
    ends = "".join(sorted({re.escape(w[-1]) for w in words if w}))
    return re.compile(rf"(?i:[{ends}])" if ends else "(?!)")


@lru_cache(maxsize=1024)
def _squash(mark: str) -> str:
    return " ".join(mark.replace("-", " ").split())


def _key(mark: str) -> str:
    return _squash(mark).lower()


class AmountGrammar:
    """Regular expressions compiled once from the data tables."""

    def __init__(self, currencies: dict[str, Any], scales: dict[str, Any], approximations: dict[str, Any],
                 percent: dict[str, Any], not_money: dict[str, Any]) -> None:
        # -- currencies -------------------------------------------------------------------
        self.prefix_currency: dict[str, str] = {}
        self.suffix_currency: dict[str, str] = {}
        self.ambiguous_suffixes: set[str] = set()
        # currency words that are money only after a scale word ("100 trillion won", not "Halo 2 won")
        self.scaled_only_suffixes: set[str] = set()
        self.subunit_factor: dict[tuple[str, str], Decimal] = {}
        subunit_words: list[str] = []
        for entry in currencies["currencies"]:
            code = entry["code"]
            for mark in entry["prefixes"]:
                self.prefix_currency[_squash(mark)] = code
            for mark in entry.get("suffixes", []):
                self.suffix_currency[_key(mark)] = code
            for mark in entry.get("ambiguous_suffixes", []):
                self.ambiguous_suffixes.add(_key(mark))
            for mark in entry.get("scaled_only_suffixes", []):
                self.scaled_only_suffixes.add(_key(mark))
            sub = entry.get("subunits")
            if sub:
                for word in sub["words"]:
                    self.subunit_factor[(code, _key(word))] = Decimal(str(sub["factor"]))
                    subunit_words.append(word)
        prefix_marks = [m for e in currencies["currencies"] for m in e["prefixes"]]
        suffix_marks = [m for e in currencies["currencies"] for m in e.get("suffixes", [])]

        # -- scales -----------------------------------------------------------------------
        self.scale_factor: dict[str, Decimal] = {}
        self.indian_scales: set[str] = set()
        free, attached, indian = [], [], []
        for entry in scales["scales"]:
            for word in entry["words"]:
                self.scale_factor[_key(word)] = Decimal(repr(float(entry["factor"])))
                (attached if entry.get("attached_only") else free).append(word)
                if entry.get("indian"):
                    self.indian_scales.add(_key(word))
                    indian.append(word)
        self.one_words = {w.lower() for w in scales.get("one_words", [])}
        self.fraction_words: dict[str, float] = {w.lower(): float(f) for w, f in scales.get("fraction_words", {}).items()}
        self.decimal_point_words = {w.lower() for w in scales.get("decimal_point_words", [])}

        # -- approximations and signs -----------------------------------------------------
        self.approx_kind: dict[str, str] = {}
        for kind, words in approximations["approximations"].items():
            for word in words:
                self.approx_kind[_key(word)] = kind
        negative_words = approximations.get("negative", [])
        openers = _alternation(approximations.get("range_openers", [])) or "(?!)"
        changes = _alternation(approximations.get("change_words", [])) or "(?!)"
        # "from" right after a word of change ("raised the fee of members from", "rose 40%, from"), and whether a range
        # word stands just before it instead
        self.change_from = re.compile(
            rf"(?<![\w-])(?i:{changes})(?:[ \t]+[\w'’-]+|[ \t]+[\d.,]+%,?){{0,7}}?[ \t]+(?i:from)[ \t]+$")
        self.range_opener = re.compile(rf"(?<![\w-])(?i:{openers})[ \t]+(?:[\w-]+[ \t]+)?(?i:from)[ \t]+$")
        # between the numbers of a range whose second number repeats the currency mark: " to Rs "
        self.repeated_mark_to = re.compile(r"\s?to\s?[^\s\d]+\s?")

        # -- building blocks ----------------------------------------------------------------
        alpha_prefixes = [m for m in prefix_marks if _needs_left_boundary(m)]
        symbol_prefixes = [m for m in prefix_marks if not _needs_left_boundary(m)]
        prefix = rf"(?:(?<![A-Za-z])(?:{trie_alternation(alpha_prefixes)})|(?:{trie_alternation(symbol_prefixes)}))"
        not_after = rf"(?!\s+(?i:{_alternation(not_money.get('after_currency_word', []))}){_WORD_END})"
        suffix = rf"(?i:{trie_alternation(suffix_marks, space=_SPACES)})"
        scale = (
            rf"(?:{_OPT_SPACE_OR_HYPHEN}(?P<scale>(?i:{trie_alternation(free, space=_SPACE_OR_HYPHEN)}))"
            rf"|(?P<scale_att>(?i:{trie_alternation(attached)}))){_WORD_END}"
        )
        # A range may repeat the currency mark ($5-$6 billion) only where one opened it.
        number_range = rf"(?P<n1>{_NUM}){_NUM_END}(?:{_RANGE_SEP}(?:{prefix}\s?)?(?P<n2>{_NUM}){_NUM_END})?"
        plain_range = rf"(?P<n1>{_NUM_BEFORE_WORD}){_NUM_END}(?:{_RANGE_SEP}(?P<n2>{_NUM_BEFORE_WORD}){_NUM_END})?"
        self.free_scale = scale
        marks = trie_alternation(percent["marks"], space=_OPT_SPACE_OR_HYPHEN)
        attached_marks = _alternation(percent.get("attached_marks", []))

        # -- digit forms --------------------------------------------------------------------
        # Every digit form holds a number, so they are tried only where a number starts:
        # the number forms by matching there, the prefix form by first looking for a
        # currency mark that ends just before it.
        self.prefix_form = re.compile(
            rf"{_NEG}(?P<cur>{prefix})\s?(?P<neg2>[-−])?{number_range}(?:{scale}|(?![\w%])|(?=[A-Z][a-z]))"
        )
        self.prefix_tail = re.compile(rf"{_NEG}(?P<cur>{prefix})\s?[-−]?$")
        self.prefix_last_chars = frozenset(m[-1] for m in prefix_marks)
        self.prefix_reach = max(len(m) for m in prefix_marks) + 4
        percent_mark = rf"\s?(?P<mark>(?i:{marks}))"
        # "font-size:130%;": a style rule scraped with the text
        css = _alternation(percent.get("css_properties", [])) or "(?!)"
        self.css_before = re.compile(rf"(?<![\w-])(?i:{css})[ \t]*:[ \t]*$")
        self.css_after = re.compile(r"[ \t]*(?:;|}|!important)")
        if attached_marks:
            percent_mark += rf"|(?P<mark_att>{attached_marks})"
        self.number_form = re.compile(
            rf"{plain_range}(?:"
            rf"(?:{scale})?\s?(?P<cur>{suffix}){_WORD_END}{not_after}"  # 323 million euros
            rf"|{_OPT_SPACE_OR_HYPHEN}(?P<iscale>(?i:{trie_alternation(indian, space=_SPACE_OR_HYPHEN)})){_WORD_END}"  # 289 crore
            rf"|(?:{percent_mark}){_WORD_END}"  # 21.9%
            rf"|(?P<lakh_letter>L)\b"  # ?24L: a headline's lakh after a lost rupee sign (checked below)
            rf")"
        )
        # '(US$99.99)' is an accounting loss only where it annotates nothing: after these words or a line start.
        accounting = approximations.get("accounting_negative_after", [])
        accounting_words = _alternation([w for w in accounting if w[0].isalpha()]) or "(?!)"
        accounting_marks = _alternation([w for w in accounting if not w[0].isalpha()]) or "(?!)"
        self.accounting_before = re.compile(
            rf"(?:^|\n|(?<![A-Za-z])(?i:{accounting_words})|{accounting_marks})[ \t]*\($"
        )

        # -- word forms (matched over a lower-cased copy of the text) -------------------------
        # Find the scale, currency or percent word, then read the number words before it.
        # 'hundred crore' and the like are scales after digits (Rs 15 thousand crore); after
        # number words, text2num reads 'fifteen thousand' itself.
        word_scales = [_squash(w).lower() for w in free
                       if len(_squash(w).split()) == 1 or _text2num(_squash(w).split()[0].lower()) is None]
        low_free = trie_alternation(word_scales, space=_SPACE_OR_HYPHEN)
        low_suffix = trie_alternation([m.lower() for m in suffix_marks], space=_SPACES)
        low_marks = trie_alternation([_squash(m).lower() for m in percent["marks"]], space=_OPT_SPACE_OR_HYPHEN)
        anchor = (
            # Tried only where a run of blanks and hyphens starts: from a later blank of the same run
            # it could match only if it matched from the first, and trying each one cost the square
            # of the run's length (25,000 spaces after '289 crore'). The run's first character comes
            # before the look-behind that says it is the first: a pattern that opens with a character
            # set lets the regex engine skip the other characters of the text (a third of the scan).
            rf"[\s-](?<![\s-][\s-])[\s-]*(?:(?P<scale>{low_free})(?:\s+(?P<cur>{low_suffix}))?"
            rf"|(?P<cur_only>{low_suffix})|(?P<mark>{low_marks}))(?![a-z])"
        )
        self.word_anchor = re.compile(anchor)
        self.word_anchor_any_case = re.compile(anchor, re.IGNORECASE)  # when lower() changes the length
        inv = percent.get("inverted")
        self.inverted_percent = None
        if inv:
            inv_marks = _alternation([m.lower() for m in inv["marks"]], space=_OPT_SPACE_OR_HYPHEN)
            self.inverted_percent = re.compile(
                rf"(?P<mark>{inv_marks})\s+{re.escape(inv['joiner'].lower())}\s+"
                rf"(?P<num>\d[\d,]*(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+){{0,3}}?)(?=\s*(?:[.,;:!?)\]]|$))"
            )

        # -- context before and after a figure --------------------------------------------------
        self.approx_before = re.compile(
            rf"(?:^|(?<![A-Za-z0-9]))(?P<approx>(?i:{_alternation(list(self.approx_kind), space=_SPACES)}))\s*$"
        )
        self.negative_before = (
            re.compile(rf"(?<![A-Za-z])(?P<word>(?i:{_alternation(negative_words)}))\s+$") if negative_words else None
        )
        # What those words end with: a window whose last word ends otherwise needs no search (the
        # searches try every position of the window, for every figure of an article).
        self.approx_last = _last_chars(list(self.approx_kind))
        self.negative_last = _last_chars(negative_words)
        self.subunit_after = re.compile(
            rf"[\s,]+(?:(?i:and)\s+)?(?P<sub>\d{{1,2}}|[A-Za-z]+(?:[\s-][A-Za-z]+)?)\s+"
            rf"(?P<unit>(?i:{_alternation(subunit_words)})){_WORD_END}"
        ) if subunit_words else None

        # -- a figure with an Indian scale and no currency mark: rupees, or a count? ----------
        # (the order of the tests is described in not_money.json)
        self.inferred_currency: str = scales.get("inferred_currency", "INR")
        stop = _alternation(not_money.get("function_words", [])) or "(?!)"
        money_nouns = _alternation(not_money.get("money_nouns", [])) or "(?!)"
        counts = _alternation(not_money["count_nouns"], space=_SPACES)
        modifier = rf"(?!(?:{stop})(?![\w-]))[A-Za-z][\w-]*"
        # The counted noun is in the figure's own paragraph: a blank line ends a headline, and the
        # lead's first words ("?8 lakh\n\nSouvenirs based on ...") count nothing of the headline's.
        gap = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"
        # A capitalised modifier may carry its number ("12 lakh Class 12 students"; not "gold
        # weighing 245 kg").
        modifier = rf"(?:(?-i:[A-Z][a-z]+){gap}+\d+(?![\w.,-])|{modifier})"
        # A word ending in "ss" or "is" is no plural ("loss", "world-class", "crisis"), nor is a
        # singular in not_plural ("bonus", "OnePlus"): "a ?12cr loss" is money.
        singular = _alternation(not_money.get("not_plural", [])) or "(?!)"
        self.count_after = re.compile(
            rf"(?i:(?:\+|-plus)?\)?(?:{gap}+of)?(?:(?:{gap}|-)+{modifier}(?:{gap}+(?:and|or)(?![\w-]))?){{0,3}}"
            rf"(?:{gap}|-)+"
            rf"(?:(?:{counts})|(?!(?:{stop}|{money_nouns}|{singular})(?![\w-]))[A-Za-z][A-Za-z-]+s(?<!ss)(?<!is))"
            rf"(?![\w-]))"
        )
        lost: list[str] = []
        inferred_suffixes: list[str] = []
        for entry in currencies["currencies"]:
            if entry["code"] == self.inferred_currency:
                lost = entry.get("lost_marks", [])
                inferred_suffixes = entry.get("suffixes", [])
        lost_words = _alternation([m for m in lost if _needs_left_boundary(m)]) or "(?!)"
        lost_signs = _alternation([m for m in lost if not _needs_left_boundary(m)]) or "(?!)"
        self.lost_sign_before = re.compile(rf"(?:(?<![A-Za-z])(?:{lost_words})|(?:{lost_signs}))[ \u00a0]?$")
        # A lost sign glued to a number with no scale word ("a fine of ?440"): the sign must open a
        # word, so a real question mark ("Why?20 ...") stays a question mark.
        self.lost_mark_last_chars = frozenset(m[-1] for m in lost)
        # the mark opens a word: after a space, a bracket, a bullet or a line start
        self.lost_mark_opening = re.compile(rf"(?:^|(?<=[\s(\[/*]))(?:{lost_signs}|{lost_words})$")
        # "an Epson R800 printer": a letter mark after a name is a model's
        self.name_before = re.compile(r"[A-Z][\w-]*[ \t]+\S{1,2}$")
        self.lakh_crore_letters_after = re.compile(r"[ \t]?L[ \t]*(?i:cr|crore)\b")
        self.lakh_letter_after = re.compile(r"[ \t]?L\b(?![ \t]*(?i:cr|crore)\b)")  # not "?3 L cr", lakh crore
        self.conversion_after = re.compile(r"[ \t]*\([^()\d]{0,12}\d")
        # "between ?1.8 and ?2 crore": the second figure's Indian scale is the first's too, where the
        # first number is the smaller
        self.indian_scale_shared = re.compile(
            rf"[ \t]*(?:-|–|\bto\b|\band\b)[ \t]*(?:{lost_signs})?(?P<next>{_NUM}){_NUM_END}{_OPT_SPACE_OR_HYPHEN}"
            rf"(?P<iscale>(?i:{trie_alternation(indian, space=_SPACE_OR_HYPHEN)})){_WORD_END}")
        months = [calendar.month_name[i] for i in range(1, 13)] + [calendar.month_abbr[i] for i in range(1, 13)]
        self.month_after = re.compile(rf"[ \t]+(?:{'|'.join(months)})\b")  # "?28 March": a lost quote mark's
        # ("?80-?120", "?4,000 to ?10,000": a range whose second number repeats the lost sign, as "₹4,000 to ₹10,000" is)
        self.unscaled_after_lost = re.compile(
            rf"(?!0\d)(?P<n1>{_NUM}){_NUM_END}(?:{_RANGE_SEP}(?:{lost_signs})?(?P<n2>{_NUM}){_NUM_END})?(?:{self.free_scale})?"
            rf"(?![\w%?])")
        denominations = not_money.get("denomination_after", {}).get("words", [])
        # ("Rs 200/500 currency notes": a second face value after a slash, its sign left out; "PRINT MORE Rs 200
        # NOTESAmid reports": a capital headline glued to the next sentence ends the word too)
        self.denomination_after = re.compile(
            rf"[ \t]*(?:/[ \t]*\d[\d,]*[ \t]*)?(?:(?i:{_alternation(denominations, space=_SPACES)})|(?!))"
            rf"(?:\b|(?<=[A-Z])(?=[A-Z][a-z]))")
        # "between Rs 10 and Rs 25": a range written with words, its ends two figures
        self.between_before = re.compile(rf"(?<![\w-])(?i:between)[ \t]+(?:{lost_signs})?$")
        self.between_and = re.compile(rf"[ \t]+(?i:and)[ \t]+(?:{lost_signs})?")
        # "notes of Rs 500 and Rs 1,000", "a denomination of ?2,000": the note word before the figure
        self.denomination_before = re.compile(
            rf"(?:(?i:{_alternation(denominations, space=_SPACES)})|(?!))[ \t]+(?i:of|in[ \t]+denominations?[ \t]+of)"
            rf"[ \t]*(?:{lost_signs})?$")
        # ... up to the next figure's number, past a lost sign that is not part of it ("?500 and ?1,000 notes")
        self.denomination_list = re.compile(
            rf"[ \t]*(?:,|/|&|\band\b|\bor\b)(?:[ \t]*(?:and|or)\b)?[ \t]*(?:{lost_signs})?")
        # '100 crore in Pakistani rupees': a bare Indian scale in another rupee, named after it
        named = {_key(m): e["code"] for e in currencies["currencies"] if e["code"] != self.inferred_currency
                 for m in e.get("suffixes", [])}
        self.named_currency_after = re.compile(
            # not a bracketed conversion: "?1 crore (£150,000)" names a second figure, not the first's currency
            rf"[\s\[(]*(?:[A-Za-z]+\s+){{0,2}}(?P<cur>(?i:{_alternation(list(named), space=_SPACES) or '(?!)'})){_WORD_END}"
            rf"(?![\s\u00a0]*[\d.,])"
        )
        self.named_currency = named
        self.currency_word_after = re.compile(
            rf"[\s\[(]*(?:[A-Za-z]+\s+){{0,2}}(?i:{_alternation(inferred_suffixes, space=_SPACES) or '(?!)'}){_WORD_END}"
        )
        self.money_context = re.compile(
            rf"(?<![A-Za-z])(?i:{_alternation(not_money.get('money_context', []), space=_SPACES) or '(?!)'})(?![A-Za-z])"
        )
        self.count_context = re.compile(
            rf"(?<![A-Za-z])(?i:{_alternation(not_money.get('count_context', []), space=_SPACES) or '(?!)'})(?![A-Za-z])"
        )
        self.count_verbs = re.compile(
            rf"\)?\s+(?i:{_alternation(not_money.get('count_verbs', []), space=_SPACES) or '(?!)'})(?![A-Za-z])"
        )
        # 'pounds' is money unless the context weighs something: 'weighs 40 pounds', '50 pounds of rice'
        other_after = _alternation(not_money.get("other_unit_after", []), space=_SPACES) or "(?!)"
        other_before = _alternation(not_money.get("other_unit_before", []), space=_SPACES) or "(?!)"
        self.other_unit_after = re.compile(
            rf"\)?\s*(?:\([^()]{{0,20}}\)\s*)?[\s-]*(?i:{other_after})(?![A-Za-z])"
        )
        self.other_unit_before = re.compile(rf"(?<![A-Za-z])(?i:{other_before})(?![A-Za-z])")
        # '3.4 million (34 lakh)', 'cars (over 30 lakh)': a bare figure alone in parentheses restates a count
        self.paren_before = re.compile(
            rf"\(\s*(?:(?i:{_alternation(list(self.approx_kind), space=_SPACES)})\s+)?$"
        )

    @staticmethod
    def prefix_currency_marks(currencies: dict[str, Any]) -> list[str]:
        return [m for e in currencies["currencies"] for m in e["prefixes"]]


@lru_cache(maxsize=1)
def default_grammar() -> AmountGrammar:
    return AmountGrammar(
        load_table("currencies.json"),
        load_table("scales.json"),
        load_table("approximations.json"),
        load_table("percent.json"),
        load_table("not_money.json"),
    )


@lru_cache(maxsize=4096)
def _dec(number: str) -> Decimal:
    return Decimal("".join(ch for ch in number if ch.isdigit() or ch == "."))


@lru_cache(maxsize=4096)
def _text2num(words: str) -> float | None:
    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def _words_number(words: list[str]) -> tuple[int, float] | None:
    """The longest tail of ``words`` that text2num reads as a number: (words used, value)."""
    # A tail can read as a number only if its last word does ('the dollar' is not money).
    if not words or _text2num(words[-1].lower()) is None:
        return None
    for size in range(min(len(words), _MAX_NUMBER_WORDS), 0, -1):
        tail = words[-size:]
        if tail[0].lower() == "and":
            continue
        value = _text2num(" ".join(tail).lower())
        if value is not None:
            return size, value
    return None


@lru_cache(maxsize=1024)
def _is_multiplier(word: str) -> bool:
    """hundred, thousand, million...: words that scale the number before them."""
    value = _text2num(word)
    return value is not None and value >= 100 and _text2num(f"two {word}") == 2 * value


_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_CLAUSE_WORDS = 10


def _clause_before(text: str, start: int, words: int = _CLAUSE_WORDS) -> str:
    """The last few words before ``start`` in its sentence, to look for context words in."""
    window = text[max(0, start - 120):start]
    cut = 0
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    return " ".join(window[cut:].split()[-words:])


def _number_starts(text: str) -> list[tuple[int, bool]]:
    """Where a number may start: (offset, whether the left edge is clear).

    One start per digit token (34,300 / 1.63 / 2016-17 hold one each); '.5' starts
    at the point. The left edge is clear when no letter, digit, ',' or
    '.' touches the number (I2U2 and v1.2 hold no number of their own; Rs.500 still
    has a currency mark before it).
    """
    starts: list[tuple[int, bool]] = []
    for m in _DIGITS.finditer(text):
        s = m.start()
        if s == 0:
            starts.append((0, True))
            continue
        before = text[s - 1]
        if before in ",.-–" and s >= 2 and text[s - 2].isdigit():
            continue  # 34,300 / 1.63 / the 17 of 2016-17, which is no number of its own
        if before == "." and (s < 2 or not (text[s - 2].isalnum() or text[s - 2] in "_.,")):
            starts.append((s - 1, True))  # .5%
            continue
        starts.append((s, not (before.isalnum() or before in "_.,")))
    return starts


class AmountFinder:
    def __init__(self, grammar: AmountGrammar | None = None) -> None:
        self.g = grammar or default_grammar()

    def find(self, text: str) -> list[AmountMatch]:
        drafts: list[_Draft] = []
        g = self.g
        # The currency mark before a number, by the few characters before it: a list or a table
        # repeats them ("Rs 5 Rs 5 ..."), and the search is most of a figure's recognition.
        tails: dict[str, int | None] = {}
        for start, clear in _number_starts(text):
            if clear:
                m = g.number_form.match(text, start)
                draft = self._number_draft(text, m) if m is not None else None
            else:
                draft = None
            if draft is None and start >= 1 and text[start - 1] in g.lost_mark_last_chars:
                draft = self._lost_sign_draft(text, start)
            if draft is not None:
                drafts.append(draft)
            # the prefix form: a currency mark ending just before the number
            k = start - 1
            while k >= 0 and text[k] in " \u00a0\u2009\u202f-−":
                k -= 1
            if k >= 0 and text[k] in g.prefix_last_chars and start - k <= 3:
                # one character more than the search reads, for its look-behinds
                window_start = max(0, start - g.prefix_reach - 1)
                window = text[window_start:start]
                if window in tails:
                    offset = tails[window]
                else:
                    tail = g.prefix_tail.search(window, max(0, start - g.prefix_reach) - window_start)
                    offset = tails[window] = tail.start() if tail is not None else None
                if offset is not None:
                    m = g.prefix_form.match(text, window_start + offset)
                    draft = self._prefix_draft(text, m) if m is not None else None
                    if draft is not None:
                        drafts.append(draft)
        drafts.extend(self._word_numbers(text))
        drafts.extend(self._inverted_percents(text))
        values: dict[tuple, MoneyValue | PercentValue] = {}
        finished: dict[tuple, tuple[int, int, MoneyValue | PercentValue] | None] = {}
        matches = []
        for d in drafts:
            key = _context_key(text, d)
            if key is None:
                found = self._finish(text, d, values)
            elif key in finished:
                known = finished[key]
                found = None if known is None else AmountMatch(d.start + known[0], d.end + known[1], known[2])
            else:
                found = self._finish(text, d, values)
                finished[key] = None if found is None else (found.start - d.start, found.end - d.end, found.value)
            if found is not None:
                matches.append(found)
        return self._between_ranges(text, self._marking_denominations(text, _longest_non_overlapping(matches)))

    def _between_ranges(self, text: str, matches: list[AmountMatch]) -> list[AmountMatch]:
        """"between Rs 10 and Rs 25", "between 3% and 5%": one range, as "Rs 10-25" is. Two figures
        would each be a value the source never gave on its own, and compared one by one with another
        source's figure inside the range they would disagree with it."""
        g = self.g
        out: list[AmountMatch] = []
        i = 0
        while i < len(matches):
            a = matches[i]
            b = matches[i + 1] if i + 1 < len(matches) else None
            if b is not None and not (a.face_value or b.face_value) and _range_ends(a.value, b.value) \
                    and g.between_before.search(text, max(0, a.start - 12), a.start) is not None \
                    and g.between_and.fullmatch(text, a.end, b.start) is not None:
                out.append(AmountMatch(a.start, b.end, _range_of(a.value, b.value, text[a.start:b.end])))
                i += 2
                continue
            out.append(a)
            i += 1
        return out if len(out) != len(matches) else matches

    def _marking_denominations(self, text: str, matches: list[AmountMatch]) -> list[AmountMatch]:
        """Mark face values ("Rs 500 and Rs 1,000 notes", "notes of ?500 and ?1,000"): the last
        figure before a note word and each figure listed right before it, the first figure after
        "notes of" and each figure listed right after it. They stay figures, marked
        (``face_value``), rather than dropped: the text names a note by them, and a reader counts
        them among its figures, but as nobody's sum (facts give them no owner, comparison none)."""
        g = self.g
        faces: set[int] = set()
        marked_start: int | None = None
        for i in range(len(matches) - 1, -1, -1):
            m = matches[i]
            face = _unscaled_money(m) and (
                g.denomination_after.match(text, m.end) is not None
                or marked_start is not None and g.denomination_list.fullmatch(text, m.end, marked_start) is not None)
            marked_start = m.start if face else None
            if face:
                faces.add(i)
        marked_end: int | None = None
        for i, m in enumerate(matches):
            face = i not in faces and _unscaled_money(m) and (
                g.denomination_before.search(text, max(0, m.start - _DENOMINATION_REACH), m.start) is not None
                or marked_end is not None and g.denomination_list.fullmatch(text, marked_end, m.start) is not None)
            marked_end = m.end if face else None
            if face:
                faces.add(i)
        if not faces:
            return matches
        return [replace(m, face_value=True) if i in faces else m for i, m in enumerate(matches)]

    # -- digit forms ------------------------------------------------------------------------
    def _prefix_draft(self, text: str, m: re.Match[str]) -> _Draft | None:
        g = self.g
        n1, n2, scale, scale_att, cur, neg, neg2 = m.group("n1", "n2", "scale", "scale_att", "cur", "neg", "neg2")
        low, high = _dec(n1), (_dec(n2) if n2 else None)
        scale_word = scale or scale_att
        if high is not None and self._change_of_value(text, m, high < low, scale_word is not None):
            # "raised from Rs 55,000 to Rs 1.05 lakh": the old value alone; the new one is
            # recognised on its own from its repeated currency mark
            high, scale_word, end = None, None, m.end("n1")
            n2 = None
        elif high is not None and high < low and _TO_BETWEEN.fullmatch(text, m.end("n1"), m.start("n2")):
            # "subsidies of Rs 15,000 and Rs 30,000 to 6,000 applicants": "to" the people it goes to
            high, scale_word, end = None, None, m.end("n1")
            n2 = None
        elif high is not None and high < low:
            return None  # 'Rs 2030-31' is no range of money
        else:
            end = m.end()
        factor = g.scale_factor[_key(scale_word)] if scale_word else _ONE
        # '$-99.99' is negative; 'a Rs-10,000 loan' only hyphenates a word mark to its number
        negative = bool(neg) or bool(neg2 and not _needs_left_boundary(cur))
        return _Draft(m.start(), end, self._number_text(n1, n2), low, high, factor, scale_word,
                      g.prefix_currency[_squash(cur)], negative=negative)

    def _change_of_value(self, text: str, m: re.Match[str], falling: bool, scaled: bool,
                         opened: int | None = None) -> bool:
        """Whether "Rs X to Rs Y" is a value and the value it changed to, not a range: the mark is
        repeated and either the figures fall (a range never does) or "from" opens them with no
        range word before it and no scale shared by both ("from Rs 45 to Rs 60 lakh"). ``opened``:
        where the figure's mark starts, when it is not part of ``m`` (a lost sign)."""
        g = self.g
        if g.repeated_mark_to.fullmatch(text, m.end("n1"), m.start("n2")) is None:
            return False
        if falling:
            return True
        start = m.start() if opened is None else opened
        window = text[max(0, start - 80):start]
        return not scaled and g.change_from.search(window) is not None and g.range_opener.search(window) is None

    def _number_draft(self, text: str, m: re.Match[str]) -> _Draft | None:
        """A figure that starts with its number: suffix currency, Indian scale or percent mark."""
        g = self.g
        low, high = _dec(m.group("n1")), (_dec(m.group("n2")) if m.group("n2") else None)
        if high is not None and high < low:
            return None  # '2019 to 5 per cent' is no range; the second number is tried on its own
        start = m.start()
        number_text = self._number_text(*m.group("n1", "n2"))
        # a minus sign right before: not after a word, a number or a percent sign (5%-10%)
        negative = start >= 1 and text[start - 1] in "-−" and (start < 2 or not (
            text[start - 2].isalnum() or text[start - 2] in _NEG_NOT_AFTER))
        if m.group("mark") or m.group("mark_att"):
            if g.css_after.match(text, m.end()) and g.css_before.search(text, max(0, start - 24), start):
                return None
            return _Draft(start - negative, m.end(), number_text, low, high, Decimal(1), None, None,
                          negative=negative)
        if m.group("cur"):
            scale_word = m.group("scale") or m.group("scale_att")
            cur = _key(m.group("cur"))
            if cur in g.ambiguous_suffixes and not scale_word and self._other_unit(text, start, m.end()):
                return None  # 'a twenty-pound bag', 'weighs 40 pounds': weight, not money
            if cur in g.scaled_only_suffixes and not scale_word:
                return None  # 'Halo 2 won three awards': a verb, not the Korean currency
            factor = g.scale_factor[_key(scale_word)] if scale_word else Decimal(1)
            return _Draft(start - negative, m.end(), number_text, low, high, factor, scale_word,
                          g.suffix_currency[cur], negative=negative, currency_word=cur)
        if m.group("lakh_letter"):
            # "hackers demand ?24L": "L" is lakh only after a currency sign, here the lost one
            if not g.lost_sign_before.search(text, max(0, start - 4), start):
                return None
            return _Draft(start, m.end(), number_text, low, high, g.scale_factor[_key("L")], "L",
                          g.inferred_currency, inferred=True)
        # an Indian scale and no currency mark: rupees, unless it counts something (10 lakh people)
        if not self._bare_indian_is_money(text, start, m.end()):
            return None
        scale_word = m.group("iscale")
        named = self._named_currency(text, m.end())
        return _Draft(start, m.end(), number_text, low, high, g.scale_factor[_key(scale_word)],
                      scale_word, named or g.inferred_currency, inferred=named is None)

    def _lost_sign_draft(self, text: str, start: int) -> _Draft | None:
        """"a fine of ?440", "a salary of ?18,000": rupees whose sign was lost, with no Indian scale
        to say so. A million, a billion or a bracketed conversion after it says the sign was another
        currency's (Indian writers put rupees in crore, and convert foreign sums into them). The sign
        must open a word (after a space, a bracket or a line start): a real question mark ends one
        ("Why?20 ..."). A year, a date, a number in lost quote marks ("?112?") or with a leading zero
        is no money, and a figure that counts something ("?20 people") stays a count."""
        g = self.g
        mark = g.lost_mark_opening.search(text, max(0, start - 3), start)
        if mark is None or text[start - 1].isalpha() and g.name_before.search(text, max(0, start - 40), start):
            return None
        m = g.unscaled_after_lost.match(text, start)
        if m is None:
            return None
        n1, n2, scale_word = m.group("n1"), m.group("n2"), m.group("scale") or m.group("scale_att")
        low, high = _dec(n1), (_dec(n2) if n2 else None)
        end = m.end()
        if high is not None and self._change_of_value(text, m, high < low, scale_word is not None, mark.start()):
            # "raised from ?55,000 to ?65,000": the old value alone, as after a written sign
            high, n2, scale_word, end = None, None, None, m.end("n1")
        elif high is not None and high < low and _TO_BETWEEN.fullmatch(text, m.end("n1"), m.start("n2")):
            high, n2, scale_word, end = None, None, None, m.end("n1")  # "?30,000 to 6,000 applicants"
        if not scale_word and _YEAR.fullmatch(n1) or high is not None and high < low:
            return None  # '?2015 mein', '?2016-17'
        western = scale_word is not None and _key(scale_word) not in g.indian_scales and _key(scale_word) != "k"
        if western or g.conversion_after.match(text, end):
            return None  # '?57.5m', '?3,250 ($3,790)': a lost euro or pound as often as a rupee
        if not scale_word:
            if g.month_after.match(text, end):
                return None
            lakh = g.lakh_letter_after.match(text, end)
            lakh_crore = g.lakh_crore_letters_after.match(text, end)
            shared = None if lakh or lakh_crore or high is not None else g.indian_scale_shared.match(text, end)
            if lakh is not None:  # "?93 L": a headline's lakh, spaced (the number form reads "?93L")
                scale_word, end = "L", lakh.end()
            elif lakh_crore is not None:  # "?3-4 L cr": a headline's lakh crore
                scale_word, end = "lakh crore", lakh_crore.end()
            elif shared is not None and low < _dec(shared.group("next")):
                scale_word = shared.group("iscale")  # not "from ?2,000 to ?2.5 lakh"
        counted = g.count_after.match(text, end) or g.count_verbs.match(text, end) \
            and not g.money_context.search(_clause_before(text, start, 3))  # "Tomatoes worth ?70,000 were stolen"
        if counted and g.denomination_after.match(text, end) is None:
            return None  # (face values of notes are marked by _marking_denominations)
        factor = g.scale_factor[_key(scale_word)] if scale_word else _ONE
        return _Draft(start, end, self._number_text(n1, n2), low, high, factor, scale_word, g.inferred_currency,
                      inferred=True)

    def _named_currency(self, text: str, end: int) -> str | None:
        """The currency a bare Indian figure is said to be in when it is not the inferred one."""
        found = self.g.named_currency_after.match(text, end)
        return self.g.named_currency[_key(found.group("cur"))] if found else None

    def _other_unit(self, text: str, start: int, end: int) -> bool:
        """Whether the context makes an ambiguous currency word another unit (50 pounds of rice)."""
        g = self.g
        return bool(g.other_unit_after.match(text, end)) or bool(g.other_unit_before.search(_clause_before(text, start, 3)))

    def _bare_indian_is_money(self, text: str, start: int, end: int) -> bool:
        """'289 crore' is rupees; '10 lakh people', 'of whom 2.6 lakh were Indians' are counts."""
        g = self.g
        if g.count_after.match(text, end):
            return False  # 60 lakh ration cards
        if g.lost_sign_before.search(text, max(0, start - 4), start) or g.currency_word_after.match(text, end):
            return True  # ?289 crore / 100 crore [rupees]
        if g.count_verbs.match(text, end):
            return False  # 2 lakh are pending, of whom 2.6 lakh were Indians
        clause = _clause_before(text, start)
        money = [m.end() for m in g.money_context.finditer(clause)]
        count = [m.end() for m in g.count_context.finditer(clause)]
        if money or count:
            # the nearer word wins: 'earmarked for housing a population of 12 lakh' is a count
            return max(money, default=-1) > max(count, default=-1)
        if g.paren_before.search(text, max(0, start - 24), start):
            return False  # 3.4 million (34 lakh) applications
        return True

    @staticmethod
    def _number_text(n1: str, n2: str | None) -> str:
        return n1 if not n2 else f"{n1}-{n2}"

    # -- word forms -------------------------------------------------------------------------
    def _word_numbers(self, text: str) -> list[_Draft]:
        g = self.g
        lowered = text.lower()
        if len(lowered) == len(text):
            anchors = g.word_anchor.finditer(lowered)
        else:
            anchors = g.word_anchor_any_case.finditer(text)
        found = []
        for anchor in anchors:
            a_start, end = anchor.start(), anchor.end()
            if a_start == 0 or not text[a_start - 1].isalpha():
                continue
            if end < len(text) and text[end].isalpha() and not "A" <= text[end] <= "Z":
                continue  # 'a crèche' holds no 'a cr'
            before = text[max(0, a_start - 80):a_start]
            offset = a_start - len(before)
            words = list(_WORD.finditer(before))
            # Only words directly before the anchor, joined by spaces or hyphens, can be the number.
            tail: list[re.Match[str]] = []
            for w in reversed(words):
                gap = before[w.end():tail[0].start()] if tail else before[w.end():]
                if gap.strip(" -"):
                    break
                tail.insert(0, w)
            if not tail:
                continue
            scale_word = anchor.group("scale")
            parsed = self._number_from_words([w.group(0) for w in tail], bool(scale_word))
            if parsed is None:
                continue
            size, number = parsed
            start = offset + tail[-size].start()
            number_text = text[start:a_start]
            value = Decimal(repr(number))
            if anchor.group("mark"):
                found.append(_Draft(start, end, number_text, value, None, Decimal(1), None, None))
                continue
            if scale_word:
                scale_word = text[anchor.start("scale"):anchor.end("scale")]
            factor = g.scale_factor[_key(scale_word)] if scale_word else Decimal(1)
            cur_word = anchor.group("cur") or anchor.group("cur_only")
            if cur_word:
                cur = _key(cur_word)
                if cur in g.ambiguous_suffixes and not scale_word and self._other_unit(text, start, end) \
                        or cur in g.scaled_only_suffixes and not scale_word:
                    continue
                found.append(_Draft(start, end, number_text, value, None, factor, scale_word,
                                    g.suffix_currency[cur], currency_word=cur))
                continue
            tail_mark = g.prefix_tail.search(text, max(0, start - g.prefix_reach), start) if start else None
            if tail_mark is not None and scale_word:
                # 'Rs one lakh', 'US$ seven billion'
                found.append(_Draft(tail_mark.start(), end, number_text, value, None, factor, scale_word,
                                    g.prefix_currency[_squash(tail_mark.group("cur"))],
                                    negative=bool(tail_mark.group("neg"))))
            elif scale_word and _key(scale_word) in g.indian_scales and self._bare_indian_is_money(text, start, end):
                named = self._named_currency(text, end)
                found.append(_Draft(start, end, number_text, value, None, factor, scale_word,
                                    named or g.inferred_currency, inferred=named is None))
            # else: 'seven billion' alone is a count, not money
        return found

    def _number_from_words(self, words: list[str], has_scale: bool) -> tuple[int, float] | None:
        """The number the last of ``words`` spell, as (words used, value), or None.

        'a billion dollars' (a/an for one), 'half a billion dollars'; but not 'several
        hundred million pounds' or 'a billion-dollar deal' (a bare multiplier with no
        quantity), nor the 'three' of 'one point three per cent'.
        """
        g = self.g
        lowered = [w.lower() for w in words]
        parsed = _words_number(words)
        if parsed is None:
            if not (has_scale and lowered[-1] in g.one_words):
                return None
            size, value = 1, 1.0
        else:
            size, value = parsed
            if _is_multiplier(lowered[-size]):
                if size < len(lowered) and lowered[-size - 1] in g.one_words:
                    size += 1
                else:
                    return None
        before = lowered[-size - 1] if size < len(lowered) else None
        if before in g.fraction_words:
            return size + 1, value * g.fraction_words[before]
        if before in g.decimal_point_words:
            return None
        return size, value

    def _inverted_percents(self, text: str) -> list[_Draft]:
        """'percent of 10': only when the mark opens a clause and the number closes it."""
        regex = self.g.inverted_percent
        lowered = text.lower()
        if regex is None or len(lowered) != len(text):
            return []
        found = []
        for m in regex.finditer(lowered):
            head = text[:m.start()].rstrip()
            if head and head[-1] not in ".!?:;(\"“'\n":
                continue
            num = m.group("num")
            if num[0].isdigit():
                value: Decimal | None = _dec(num)
            else:
                words = num.split()
                parsed = _text2num(num) if words[0] != "and" else None
                value = Decimal(repr(parsed)) if parsed is not None else None
            if value is None:
                continue
            found.append(_Draft(m.start(), m.end(), text[m.start("num"):m.end("num")], value, None,
                                Decimal(1), None, None))
        return found

    # -- context and values -----------------------------------------------------------------
    def _approx(self, text: str, start: int, lost_sign: bool = False) -> tuple[str | None, str | None]:
        window = text[max(0, start - 24):start]
        if lost_sign:  # "over ?400 crore": the word stands before the lost rupee sign
            lost = self.g.lost_sign_before.search(window)
            window = window[:lost.start()] if lost else window
        if not self.g.approx_last.fullmatch(window.rstrip()[-1:]):
            return None, None
        found = self.g.approx_before.search(window)
        if not found:
            return None, None
        word = found.group("approx")
        return self.g.approx_kind[_key(word)], word

    def _subunits(self, text: str, draft: _Draft) -> tuple[int, Decimal]:
        """'3 dollars 50 cents': the end of the span and the subunit amount after the currency word."""
        regex = self.g.subunit_after
        if regex is None or draft.currency is None or draft.currency_word is None:
            return draft.end, Decimal(0)
        m = regex.match(text, draft.end)
        if m is None:
            return draft.end, Decimal(0)
        factor = self.g.subunit_factor.get((draft.currency, _key(m.group("unit"))))
        sub = m.group("sub")
        value = float(sub) if sub.isdigit() else _text2num(sub.lower().replace("-", " "))
        if factor is None or value is None or value * float(factor) >= 1:
            return draft.end, Decimal(0)
        return m.end(), Decimal(repr(value)) * factor

    def _accounting_negative(self, text: str, start: int, end: int) -> bool:
        """A figure alone in parentheses with nothing before them to annotate: '... is ($99.99).'

        '(US$1.9 billion)' after 'Rs 16,300 crore' annotates that figure, so it stays positive.
        """
        while end < len(text) and text[end] == " ":
            end += 1
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if end >= len(text) or text[end] != ")" or start == 0 or text[start - 1] != "(":
            return False
        return self.g.accounting_before.search(text, max(0, start - 16), start) is not None

    def _finish(self, text: str, d: _Draft,
                values: dict[tuple, MoneyValue | PercentValue]) -> AmountMatch | None:
        """The draft with its context read, as a match; ``values`` holds the values already made
        for this text, shared by equal figures (records are immutable; a table or a list repeats
        its figures, and validating a value is most of a figure's cost)."""
        g = self.g
        start, end, negative = d.start, d.end, d.negative
        if not negative and g.negative_before is not None and start > 0 and text[start - 1].isspace() and \
                g.negative_last.fullmatch(text[max(0, start - 12):start].rstrip()[-1:]):
            sign = g.negative_before.search(text, max(0, start - 12), start)
            if sign:
                start, negative = sign.start(), True
        end, extra = self._subunits(text, d) if d.currency_word is not None else (end, None)
        if d.currency is not None and not negative and self._accounting_negative(text, start, end):
            # '(US$99.99)' standing alone after 'is' / ':' / a line start: an accounting loss
            start, end, negative = text.rindex("(", 0, start), text.index(")", end) + 1, True
        approx, approx_text = self._approx(text, start, lost_sign=d.inferred)
        sign = -1 if negative else 1
        amount = d.low * d.factor if extra is None else d.low * d.factor + extra
        low = float(sign * amount)
        high = float(sign * d.high * d.factor) if d.high is not None else None
        if not math.isfinite(low) or high is not None and not math.isfinite(high):
            return None  # 400 digits in a row are beyond a float: no amount JSON can carry
        if high is not None and high < low:
            low, high = high, low  # a negative range: -$5-6 million runs from -6 to -5 million
        key = (d.currency, d.inferred, d.number, d.scale, text[start:end], approx, approx_text, negative, low, high)
        known = values.get(key)
        if known is not None:
            return AmountMatch(start, end, known)
        if d.currency is None:
            value: MoneyValue | PercentValue = PercentValue(
                amount=low, number=d.number, text=text[start:end], approx=approx, approx_text=approx_text,
                low=low if high is not None else None, high=high,
            )
        else:
            value = MoneyValue(
                amount=low, currency=d.currency, currency_inferred=d.inferred, number=d.number,
                scale=d.scale, text=text[start:end], approx=approx, approx_text=approx_text,
                low=low if high is not None else None, high=high,
            )
        values[key] = value
        return AmountMatch(start, end, value)


# What ``_finish`` reads around a draft: up to 24 characters before it (an approximation, a sign
# lost before it, a minus), spaces then "(" and 16 characters before that (an accounting
# negative), and spaces then ")" after it.
_BEFORE_READ, _SPACES_READ = 40, 20
_SPACE_RUN = re.compile(r" *")


def _context_key(text: str, d: _Draft) -> tuple | None:
    """The draft and all ``_finish`` reads around it: equal keys finish alike, so a list's
    repeated figures ("Rs 5 Rs 5 ...") are finished once. None when the reads may reach further
    (a currency word may take cents after it; a long run of spaces)."""
    if d.currency_word is not None:
        return None
    lo = max(0, d.start - _BEFORE_READ)
    if lo and not text[d.start - _SPACES_READ:d.start].strip(" "):
        return None
    after = _SPACE_RUN.match(text, d.end).end()
    if after - d.end > _SPACES_READ:
        return None
    return (text[lo:after + 1], d.start - lo, d.end - lo, d.number, d.low, d.high, d.factor, d.scale, d.currency,
            d.inferred, d.negative)


def _range_ends(a: MoneyValue | PercentValue, b: MoneyValue | PercentValue) -> bool:
    """Whether two figures can be the low and high ends of one range: one kind and currency, single
    values with no bound or approximation of their own, the first below the second."""
    if type(a) is not type(b) or getattr(a, "currency", None) != getattr(b, "currency", None):
        return False
    return a.high is None and b.high is None and a.approx is None and b.approx is None and 0 <= a.amount < b.amount


def _range_of(a: MoneyValue | PercentValue, b: MoneyValue | PercentValue, text: str) -> MoneyValue | PercentValue:
    """One range from its two ends. The high end's scale is the low end's too when the low end has
    none and its number is the smaller ("between Rs 3 and Rs 3.5 lakh"), as in "Rs 3-3.5 lakh"."""
    low = a.amount
    update: dict[str, object] = {"number": f"{a.number}-{b.number}", "text": text, "high": b.amount}
    if isinstance(a, MoneyValue) and isinstance(b, MoneyValue):
        update["currency_inferred"] = a.currency_inferred or b.currency_inferred
        try:
            written_low, written_high = float(a.number.replace(",", "")), float(b.number.replace(",", ""))
        except ValueError:
            written_low = written_high = 0.0
        shared = a.scale is None and b.scale is not None and 0 < written_low < written_high
        if shared:
            low = written_low * (b.amount / written_high)
        update["scale"] = b.scale if shared or a.scale == b.scale else None
    update["amount"] = update["low"] = low
    return a.model_copy(update=update)


# How far before a figure "notes of", "a denomination of" is looked for.
_DENOMINATION_REACH = 40


def _unscaled_money(m: AmountMatch) -> bool:
    """A sum with no scale word: only such a sum can be a note's face value ("Rs 8 lakh in notes" is not)."""
    return isinstance(m.value, MoneyValue) and m.value.scale is None


def _longest_non_overlapping(candidates: list[AmountMatch]) -> list[AmountMatch]:
    """Where forms overlap ('Rs 7,000 crore' also holds the inferred '7,000 crore'), keep the longest."""
    # The chosen spans never overlap, so kept sorted by start only the neighbours of a candidate
    # can overlap it (checking every chosen span was quadratic in the figures of a text).
    starts: list[int] = []
    chosen: list[AmountMatch] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and chosen[i - 1].end > cand.start or i < len(chosen) and chosen[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        chosen.insert(i, cand)
    return chosen


@lru_cache(maxsize=1)
def default_finder() -> AmountFinder:
    return AmountFinder()


def find_amounts(text: str) -> list[AmountMatch]:
    """Every money amount and percentage in ``text``, in order, with offsets into it."""
    return default_finder().find(text)


# A lost mark read as a written sign of the same length: "?" or "`" as "₹", "R." as "Rs".
_WRITTEN_SIGN = {1: "₹", 2: "Rs"}


def read_lost_signs(text: str, matches: list[AmountMatch]) -> tuple[str, dict[int, int]]:
    """``text`` with each lost rupee sign of ``matches`` read as a written one ("to ?30.80" as "to
    ₹30.80", "?2.5 lakh - ?5 lakh" inside a range too), one character for one so every offset holds,
    and where each such figure's sign starts, by the figure's start. Which mark is a lost sign is the
    recogniser's decision (a rupee figure whose currency it inferred from a lost mark right before
    it), so a rule reading the copy reads "?30.80" as it reads "₹30.80", and no "?" there is taken
    for a question's end or a clause mark."""
    g = default_grammar()
    signs: dict[int, int] = {}
    chars: list[str] | None = None
    for m in matches:
        if m.kind != "money" or not m.value.currency_inferred or m.value.currency != g.inferred_currency:
            continue
        mark = g.lost_sign_before.search(text, max(0, m.start - 4), m.start)
        if mark is None:
            continue
        sign = text[mark.start():m.start].rstrip(" \u00a0")
        written = _WRITTEN_SIGN.get(len(sign))
        if written is None:
            continue
        chars = chars if chars is not None else list(text)
        chars[mark.start():mark.start() + len(sign)] = written
        signs[m.start] = mark.start()
        for i in range(m.start + 1, m.end - 1):  # "?50 lakhs and ?1 crore": the second sign of one figure
            if text[i] == "?" and text[i + 1].isdigit():
                chars[i] = "₹"
    return ("".join(chars) if chars is not None else text), signs
