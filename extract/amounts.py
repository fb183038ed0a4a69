"""Find and normalise money amounts and percentages in plain text.

Pure functions over a string, driven by the tables in ``patterns/``
(currencies, scales, approximations, percent marks, not-money context): no
spaCy needed, so the grammar can be tested case by case and reused outside a
pipeline. Offsets are into the string given, so ``text[m.start:m.end] ==
m.value.text`` always.

A figure is money only when something says so: a currency mark before or
after it, or an Indian scale word (lakh, crore), which in this domain means
rupees even when the sign was lost (unless a count noun follows: 10 lakh
people). Bare numbers (years, counts, fiscal years like 2030-31, phone
numbers, times) never match.

Forms, each one compiled regular expression:

* prefix:   ``Rs 34,300 crore``, ``US$1.2bn``, ``$ 75 million``, ``₹16,300-crore``,
  ``Rs 1,500-2,000 crore`` (a range), ``$-99.99``;
* suffix:   ``323 million euros``, ``-15€``, ``10 000 dollars``, ``3 dollars 50 cents``;
* inferred: ``289 crore`` (INR, ``currency_inferred``), ``?289 crore`` (rupee sign lost);
* percent:  ``21.9%``, ``70 per cent``, ``5pc``, ``5-7%``, ``2 percentage points``,
  and the inverted ``percent of 10`` (only as a whole clause);
* words:    ``seven billion dollars``, ``two lakh crore``, ``twenty per cent``,
  ``thirteen dollars and forty-five cents`` (numbers read by text2num).

Every digit form holds a digit, so those expressions run only in windows
around digit runs; the word forms run over a lower-cased copy. Both keep the
scan fast on long articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from text_to_num import text2num

from .patterns import load_table
from .records import MoneyValue, PercentValue

# Western (34,300 / 1,234,567), Indian (1,63,000 / 1,63,00,00,00,000) and SI
# (10 000, with a space, NBSP or thin space) digit grouping; the last group is
# always three digits.
_NUM = r"(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?|\.\d+"
_RANGE_SEP = r"\s?(?:-|–|—|to)\s?"
# A figure glued to letters or digits on its left is part of something else (I2U2, A4, v1.2).
_LEFT_EDGE = r"(?<![\w.,])"
# A minus sign: not after a word, a number or a percent sign, so the dash of 5%-10% is not one.
_NEG = r"(?P<neg>(?<![\w.,%])[-−])?"
_SPACES = r"\s+"
_SPACE_OR_HYPHEN = r"[\s-]"
_OPT_SPACE_OR_HYPHEN = r"[\s-]?"
# Number words are looked for only this many words before a scale or currency word.
_MAX_NUMBER_WORDS = 6
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class AmountMatch:
    start: int
    end: int
    value: MoneyValue | PercentValue

    @property
    def kind(self) -> str:
        return "money" if isinstance(self.value, MoneyValue) else "percent"


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


def _alternation(words: list[str], *, space: str = r"\s?") -> str:
    """Longest first, so 'US$' wins over '$' and 'lakh crore' over 'lakh'."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", space)
        parts.append(escaped)
    return "|".join(parts)


def _needs_left_boundary(mark: str) -> bool:
    return mark[0].isalpha()


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

        # -- approximations and signs -----------------------------------------------------
        self.approx_kind: dict[str, str] = {}
        for kind, words in approximations["approximations"].items():
            for word in words:
                self.approx_kind[_key(word)] = kind
        negative_words = approximations.get("negative", [])

        # -- building blocks ----------------------------------------------------------------
        alpha_prefixes = [m for m in prefix_marks if _needs_left_boundary(m)]
        symbol_prefixes = [m for m in prefix_marks if not _needs_left_boundary(m)]
        prefix = rf"(?:(?<![A-Za-z])(?:{_alternation(alpha_prefixes)})|(?:{_alternation(symbol_prefixes)}))"
        not_after = rf"(?!\s+(?i:{_alternation(not_money.get('after_currency_word', []))})(?![A-Za-z]))"
        suffix = rf"(?i:{_alternation(suffix_marks, space=_SPACES)})"
        scale = (
            rf"(?:{_OPT_SPACE_OR_HYPHEN}(?P<scale>(?i:{_alternation(free, space=_SPACE_OR_HYPHEN)}))"
            rf"|(?P<scale_att>(?i:{_alternation(attached)})))(?![A-Za-z])"
        )
        number_range = rf"(?P<n1>{_NUM})(?:{_RANGE_SEP}(?:{prefix}\s?)?(?P<n2>{_NUM}))?"
        marks = _alternation(percent["marks"], space=_OPT_SPACE_OR_HYPHEN)
        attached_marks = _alternation(percent.get("attached_marks", []))

        # -- digit forms --------------------------------------------------------------------
        # Every digit form holds a number, so they are tried only where a number starts:
        # the number forms by matching there, the prefix form by first looking for a
        # currency mark that ends just before it.
        self.prefix_form = re.compile(
            rf"{_NEG}(?P<cur>{prefix})\s?(?P<neg2>[-−])?{number_range}(?:{scale})?(?![\w%])"
        )
        self.prefix_tail = re.compile(rf"{_NEG}(?P<cur>{prefix})\s?[-−]?$")
        self.prefix_last_chars = frozenset(m[-1] for m in prefix_marks)
        self.prefix_reach = max(len(m) for m in prefix_marks) + 4
        percent_mark = rf"\s?(?P<mark>(?i:{marks}))"
        if attached_marks:
            percent_mark += rf"|(?P<mark_att>{attached_marks})"
        self.number_form = re.compile(
            rf"{number_range}(?:"
            rf"(?:{scale})?\s?(?P<cur>{suffix})(?![A-Za-z]){not_after}"  # 323 million euros
            rf"|{_OPT_SPACE_OR_HYPHEN}(?P<iscale>(?i:{_alternation(indian, space=_SPACE_OR_HYPHEN)}))(?![A-Za-z])"  # 289 crore
            rf"|(?:{percent_mark})(?![A-Za-z])"  # 21.9%
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
        low_free = _alternation([w.lower() for w in free], space=_SPACE_OR_HYPHEN)
        low_suffix = _alternation([m.lower() for m in suffix_marks], space=_SPACES)
        low_marks = _alternation([m.lower() for m in percent["marks"]], space=_OPT_SPACE_OR_HYPHEN)
        anchor = (
            rf"[\s-][\s-]*(?:(?P<scale>{low_free})(?:\s+(?P<cur>{low_suffix}))?"
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
        self.subunit_after = re.compile(
            rf"[\s,]+(?:(?i:and)\s+)?(?P<sub>\d{{1,2}}|[A-Za-z]+(?:[\s-][A-Za-z]+)?)\s+"
            rf"(?P<unit>(?i:{_alternation(subunit_words)}))(?![A-Za-z])"
        ) if subunit_words else None
        stop = _alternation(not_money.get("function_words", []))
        money_nouns = _alternation(not_money.get("money_nouns", []))
        counts = _alternation(not_money["count_nouns"])
        self.count_after = re.compile(
            rf"(?i:(?:[\s-]+(?!(?:{stop})(?![\w-]))[A-Za-z][\w-]*)?[\s-]+"
            rf"(?:(?:{counts})|(?!(?:{stop}|{money_nouns})(?![\w-]))[A-Za-z][A-Za-z-]+s)(?![\w-]))"
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


def _number_starts(text: str) -> list[tuple[int, bool]]:
    """Where a number may start: (offset, whether the left edge is clear).

    A run of digits after a digit and ',' or '.' continues a number (34,300 / 1.63);
    '.5' starts at the point. The left edge is clear when no letter, digit, ',' or
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
        if before in ",." and s >= 2 and text[s - 2].isdigit():
            continue  # 34,300 / 1.63
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
        for start, clear in _number_starts(text):
            if clear:
                m = g.number_form.match(text, start)
                if m is not None:
                    draft = self._number_draft(text, m)
                    if draft is not None:
                        drafts.append(draft)
            # the prefix form: a currency mark ending just before the number
            k = start - 1
            while k >= 0 and text[k] in " \u00a0\u2009\u202f-−":
                k -= 1
            if k >= 0 and text[k] in g.prefix_last_chars and start - k <= 3:
                tail = g.prefix_tail.search(text, max(0, start - g.prefix_reach), start)
                if tail is not None:
                    m = g.prefix_form.match(text, tail.start())
                    if m is not None:
                        drafts.append(self._prefix_draft(m))
        drafts.extend(self._word_numbers(text))
        drafts.extend(self._inverted_percents(text))
        matches = [self._finish(text, d) for d in drafts]
        return _longest_non_overlapping(matches)

    # -- digit forms ------------------------------------------------------------------------
    def _prefix_draft(self, m: re.Match[str]) -> _Draft:
        g = self.g
        low, high = _dec(m.group("n1")), (_dec(m.group("n2")) if m.group("n2") else None)
        scale_word = m.group("scale") or m.group("scale_att")
        factor = g.scale_factor[_key(scale_word)] if scale_word else Decimal(1)
        return _Draft(m.start(), m.end(), self._number_text(m), low, high, factor, scale_word,
                      g.prefix_currency[_squash(m.group("cur"))], negative=bool(m.group("neg") or m.group("neg2")))

    def _number_draft(self, text: str, m: re.Match[str]) -> _Draft | None:
        """A figure that starts with its number: suffix currency, Indian scale or percent mark."""
        g = self.g
        low, high = _dec(m.group("n1")), (_dec(m.group("n2")) if m.group("n2") else None)
        if high is not None and high < low:
            return None  # '2019 to 5 per cent' is no range; the second number is tried on its own
        start = m.start()
        # a minus sign right before: not after a word, a number or a percent sign (5%-10%)
        negative = start >= 1 and text[start - 1] in "-−" and (start < 2 or not (
            text[start - 2].isalnum() or text[start - 2] in "_.,%"))
        if m.group("mark") or m.group("mark_att"):
            return _Draft(start - negative, m.end(), self._number_text(m), low, high, Decimal(1), None, None,
                          negative=negative)
        if m.group("cur"):
            scale_word = m.group("scale") or m.group("scale_att")
            cur = _key(m.group("cur"))
            if cur in g.ambiguous_suffixes and not scale_word:
                return None  # 'a twenty-pound bag': weight, not money
            factor = g.scale_factor[_key(scale_word)] if scale_word else Decimal(1)
            return _Draft(start - negative, m.end(), self._number_text(m), low, high, factor, scale_word,
                          g.suffix_currency[cur], negative=negative, currency_word=cur)
        # an Indian scale and no currency mark: rupees, unless a count noun follows (10 lakh people)
        if g.count_after.match(text, m.end()):
            return None
        scale_word = m.group("iscale")
        return _Draft(start, m.end(), self._number_text(m), low, high, g.scale_factor[_key(scale_word)],
                      scale_word, "INR", inferred=True)

    @staticmethod
    def _number_text(m: re.Match[str]) -> str:
        return m.group("n1") if not m.group("n2") else f"{m.group('n1')}-{m.group('n2')}"

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
            a_start = anchor.start()
            if a_start == 0 or not text[a_start - 1].isalpha():
                continue
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
            parsed = _words_number([w.group(0) for w in tail])
            if parsed is None:
                # 'a billion dollars': a/an stands for one before a scale word
                if not (scale_word and tail[-1].group(0).lower() in g.one_words):
                    continue
                parsed = (1, 1.0)
            size, number = parsed
            start = offset + tail[-size].start()
            number_text = text[start:a_start]
            end = anchor.end()
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
                if cur in g.ambiguous_suffixes and not scale_word:
                    continue
                found.append(_Draft(start, end, number_text, value, None, factor, scale_word,
                                    g.suffix_currency[cur], currency_word=cur))
            elif scale_word and _key(scale_word) in g.indian_scales and not g.count_after.match(text, end):
                found.append(_Draft(start, end, number_text, value, None, factor, scale_word, "INR", inferred=True))
            # else: 'seven billion' alone is a count, not money
        return found

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
    def _approx(self, text: str, start: int) -> tuple[str | None, str | None]:
        window = text[max(0, start - 24):start]
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

    def _finish(self, text: str, d: _Draft) -> AmountMatch:
        start, end, negative = d.start, d.end, d.negative
        if not negative and self.g.negative_before is not None:
            sign = self.g.negative_before.search(text, max(0, start - 12), start)
            if sign:
                start, negative = sign.start(), True
        end, extra = self._subunits(text, d)
        if d.currency is not None and not negative and self._accounting_negative(text, start, end):
            # '(US$99.99)' standing alone after 'is' / ':' / a line start: an accounting loss
            start, end, negative = text.rindex("(", 0, start), text.index(")", end) + 1, True
        approx, approx_text = self._approx(text, start)
        sign = -1 if negative else 1
        low = float(sign * (d.low * d.factor + extra))
        high = float(sign * d.high * d.factor) if d.high is not None else None
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
        return AmountMatch(start, end, value)


def _longest_non_overlapping(candidates: list[AmountMatch]) -> list[AmountMatch]:
    """Where forms overlap ('Rs 7,000 crore' also holds the inferred '7,000 crore'), keep the longest."""
    chosen: list[AmountMatch] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=1)
def default_finder() -> AmountFinder:
    return AmountFinder()


def find_amounts(text: str) -> list[AmountMatch]:
    """Every money amount and percentage in ``text``, in order, with offsets into it."""
    return default_finder().find(text)
