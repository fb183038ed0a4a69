"""Find and normalise money amounts and percentages in plain text.

Pure functions over a string, driven by the tables in ``patterns/``
(currencies, scales, approximations, percent marks): no spaCy needed, so the
grammar can be tested case by case and reused outside a pipeline. Offsets are
into the string given, so ``text[m.start:m.end] == m.value.text`` always.

A figure is money only when something says so: a currency mark before or
after it, or an Indian scale word (lakh, crore), which in this domain means
rupees even when the sign was lost. Bare numbers (years, counts, fiscal years
like 2030-31, phone numbers) never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from text_to_num import text2num

from .patterns import load_table
from .records import MoneyValue, PercentValue

# Western (34,300 / 1,234,567) and Indian (1,63,000 / 1,63,00,00,00,000) digit
# grouping; the last group is always three digits.
_NUM = r"(?:\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.\d+)?|\.\d+"
_RANGE_SEP = r"\s?(?:-|–|—|to)\s?"
# A figure glued to letters or digits on its left is part of something else (I2U2, A4, v1.2).
_LEFT_EDGE = r"(?<![\w.,])"
_SPACES = r"\s+"
_SPACE_OR_HYPHEN = r"[\s-]"
_OPT_SPACE_OR_HYPHEN = r"[\s-]?"
# Number words are looked for only this many words before a scale or currency word.
_MAX_NUMBER_WORDS = 6


@dataclass(frozen=True, slots=True)
class AmountMatch:
    start: int
    end: int
    value: MoneyValue | PercentValue

    @property
    def kind(self) -> str:
        return "money" if isinstance(self.value, MoneyValue) else "percent"


def _alternation(words: list[str], *, space: str = r"\s?") -> str:
    """Longest first, so 'US$' wins over '$' and 'lakh crore' over 'lakh'."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", space)
        parts.append(escaped)
    return "|".join(parts)


def _needs_left_boundary(mark: str) -> bool:
    return mark[0].isalpha()


class AmountGrammar:
    """Regular expressions compiled once from the data tables."""

    def __init__(self, currencies: dict[str, Any], scales: dict[str, Any], approximations: dict[str, Any],
                 percent: dict[str, Any], not_money: dict[str, Any]) -> None:
        self.prefix_currency: dict[str, str] = {}
        self.suffix_currency: dict[str, str] = {}
        for entry in currencies["currencies"]:
            for mark in entry["prefixes"]:
                self.prefix_currency[_squash(mark)] = entry["code"]
            for mark in entry.get("suffixes", []):
                self.suffix_currency[_squash(mark).lower()] = entry["code"]
        self.scale_factor: dict[str, float] = {}
        self.indian_scales: set[str] = set()
        free, attached, indian = [], [], []
        for entry in scales["scales"]:
            for word in entry["words"]:
                key = _squash(word).lower()
                self.scale_factor[key] = float(entry["factor"])
                (attached if entry.get("attached_only") else free).append(word)
                if entry.get("indian"):
                    self.indian_scales.add(key)
                    indian.append(word)
        self.approx_kind: dict[str, str] = {}
        for kind, words in approximations["approximations"].items():
            for word in words:
                self.approx_kind[_squash(word).lower()] = kind
        count_nouns = not_money["count_nouns"]

        alpha_prefixes = [m for m in self.prefix_currency_marks(currencies) if _needs_left_boundary(m)]
        symbol_prefixes = [m for m in self.prefix_currency_marks(currencies) if not _needs_left_boundary(m)]
        prefix = (
            rf"(?:(?<![A-Za-z])(?:{_alternation(alpha_prefixes)})|(?:{_alternation(symbol_prefixes)}))"
        )
        suffix_marks = [m for e in currencies["currencies"] for m in e.get("suffixes", [])]
        suffix = rf"(?i:{_alternation(suffix_marks, space=_SPACES)})"
        scale = (
            rf"(?:[\s-]?(?P<scale>(?i:{_alternation(free, space=_SPACE_OR_HYPHEN)}))"
            rf"|(?P<scale_att>(?i:{_alternation(attached)})))(?![A-Za-z])"
        )
        number_range = rf"(?P<n1>{_NUM})(?:{_RANGE_SEP}(?:{prefix}\s?)?(?P<n2>{_NUM}))?"
        self.prefix_form = re.compile(rf"(?P<neg>(?<![\w.,])-)?(?P<cur>{prefix})\s?{number_range}(?:{scale})?(?![\w%])")
        self.suffix_form = re.compile(
            rf"(?P<neg>(?<![\w.,])-)?{_LEFT_EDGE}{number_range}(?:{scale})?\s?(?P<cur>{suffix})(?![A-Za-z])"
        )
        self.inferred_form = re.compile(
            rf"{_LEFT_EDGE}(?P<lost>\?\s?)?{number_range}[\s-]?(?P<scale>(?i:{_alternation(indian, space=_SPACE_OR_HYPHEN)}))"
            rf"(?![A-Za-z])(?!\s+(?i:{_alternation(count_nouns)})\b)"
        )
        marks = _alternation(percent["marks"], space=_OPT_SPACE_OR_HYPHEN)
        self.percent_form = re.compile(rf"{_LEFT_EDGE}{number_range}\s?(?P<mark>(?i:{marks}))(?![A-Za-z])")
        # Number words ("seven billion dollars", "two lakh crore", "twenty per cent"):
        # find the scale, currency or percent word, then read the words before it.
        self.word_anchor = re.compile(
            rf"(?<=[A-Za-z])[\s-]+(?:(?P<scale>(?i:{_alternation(free, space=_SPACE_OR_HYPHEN)}))(?:\s+(?P<cur>{suffix}))?"
            rf"|(?P<cur_only>{suffix})|(?P<mark>(?i:{marks})))(?![A-Za-z])"
        )
        self.approx_before = re.compile(
            rf"(?:^|(?<=[\s(*\"“']))(?P<approx>(?i:{_alternation(list(self.approx_kind), space=_SPACES)}))\s*$"
        )

    @staticmethod
    def prefix_currency_marks(currencies: dict[str, Any]) -> list[str]:
        return [m for e in currencies["currencies"] for m in e["prefixes"]]


def _squash(mark: str) -> str:
    return " ".join(mark.replace("-", " ").split())


@lru_cache(maxsize=1)
def default_grammar() -> AmountGrammar:
    return AmountGrammar(
        load_table("currencies.json"),
        load_table("scales.json"),
        load_table("approximations.json"),
        load_table("percent.json"),
        load_table("not_money.json"),
    )


def _to_float(number: str) -> float:
    return float(number.replace(",", ""))


def _words_number(words: list[str]) -> tuple[int, float] | None:
    """The longest tail of ``words`` that text2num reads as a number: (words used, value)."""
    for size in range(min(len(words), _MAX_NUMBER_WORDS), 0, -1):
        tail = words[-size:]
        if tail[0].lower() == "and":
            continue
        try:
            return size, float(text2num(" ".join(tail), "en"))
        except ValueError:
            continue
    return None


class AmountFinder:
    def __init__(self, grammar: AmountGrammar | None = None) -> None:
        self.g = grammar or default_grammar()

    def find(self, text: str) -> list[AmountMatch]:
        candidates: list[AmountMatch] = []
        for regex, build in (
            (self.g.prefix_form, self._money_from_prefix),
            (self.g.suffix_form, self._money_from_suffix),
            (self.g.inferred_form, self._money_inferred),
            (self.g.percent_form, self._percent),
        ):
            for m in regex.finditer(text):
                match = build(text, m)
                if match is not None:
                    candidates.append(match)
        candidates.extend(self._word_numbers(text))
        return _longest_non_overlapping(candidates)

    # -- builders -------------------------------------------------------------------------
    def _scale(self, m: re.Match[str]) -> tuple[str | None, float]:
        word = m.group("scale") or m.group("scale_att")
        if not word:
            return None, 1.0
        return word, self.g.scale_factor[_squash(word).lower()]

    def _approx(self, text: str, start: int) -> tuple[str | None, str | None]:
        window = text[max(0, start - 24):start]
        found = self.g.approx_before.search(window)
        if not found:
            return None, None
        word = found.group("approx")
        return self.g.approx_kind[_squash(word).lower()], word

    def _money(self, text: str, m: re.Match[str], currency: str, inferred: bool,
               span_start: int | None = None) -> AmountMatch:
        scale_word, factor = self._scale(m)
        negative = bool(m.groupdict().get("neg"))
        start = m.start() if span_start is None else span_start
        end = m.end()
        sign = -1.0 if negative else 1.0
        low = _to_float(m.group("n1")) * factor * sign
        high = _to_float(m.group("n2")) * factor * sign if m.group("n2") else None
        approx, approx_text = self._approx(text, start)
        value = MoneyValue(
            amount=low, currency=currency, currency_inferred=inferred,
            number=m.group("n1") if not m.group("n2") else f"{m.group('n1')}-{m.group('n2')}",
            scale=scale_word, text=text[start:end], approx=approx, approx_text=approx_text,
            low=low if high is not None else None, high=high,
        )
        return AmountMatch(start, end, value)

    def _money_from_prefix(self, text: str, m: re.Match[str]) -> AmountMatch | None:
        currency = self.g.prefix_currency[_squash(m.group("cur"))]
        return self._money(text, m, currency, inferred=False)

    def _money_from_suffix(self, text: str, m: re.Match[str]) -> AmountMatch | None:
        currency = self.g.suffix_currency[_squash(m.group("cur")).lower()]
        return self._money(text, m, currency, inferred=False)

    def _money_inferred(self, text: str, m: re.Match[str]) -> AmountMatch | None:
        # A '?' standing where the rupee sign was lost in a bad re-encoding is not part of the value.
        start = m.end("lost") if m.group("lost") else m.start()
        return self._money(text, m, "INR", inferred=True, span_start=start)

    def _percent(self, text: str, m: re.Match[str]) -> AmountMatch | None:
        low = _to_float(m.group("n1"))
        high = _to_float(m.group("n2")) if m.group("n2") else None
        approx, approx_text = self._approx(text, m.start())
        value = PercentValue(
            amount=low, number=m.group("n1") if high is None else f"{m.group('n1')}-{m.group('n2')}",
            text=m.group(0), approx=approx, approx_text=approx_text,
            low=low if high is not None else None, high=high,
        )
        return AmountMatch(m.start(), m.end(), value)

    def _word_numbers(self, text: str) -> list[AmountMatch]:
        found = []
        for anchor in self.g.word_anchor.finditer(text):
            before = text[max(0, anchor.start() - 80):anchor.start()]
            words = list(re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)*", before))
            # Only words directly before the anchor, joined by spaces or hyphens, can be the number.
            tail: list[re.Match[str]] = []
            for w in reversed(words):
                gap = before[w.end():tail[0].start()] if tail else before[w.end():]
                if gap.strip(" -"):
                    break
                tail.insert(0, w)
            parsed = _words_number([w.group(0) for w in tail])
            if parsed is None:
                continue
            size, number = parsed
            start = anchor.start() - len(before) + tail[-size].start()
            number_text = text[start:anchor.start()]
            end = anchor.end()
            approx, approx_text = self._approx(text, start)
            if anchor.group("mark"):
                found.append(AmountMatch(start, end, PercentValue(
                    amount=number, number=number_text, text=text[start:end],
                    approx=approx, approx_text=approx_text)))
                continue
            scale_word = anchor.group("scale")
            factor = self.g.scale_factor[_squash(scale_word).lower()] if scale_word else 1.0
            cur_word = anchor.group("cur") or anchor.group("cur_only")
            if cur_word:
                currency, inferred = self.g.suffix_currency[_squash(cur_word).lower()], False
            elif scale_word and _squash(scale_word).lower() in self.g.indian_scales:
                currency, inferred = "INR", True
            else:
                continue  # "seven billion" alone is a count, not money
            found.append(AmountMatch(start, end, MoneyValue(
                amount=number * factor, currency=currency, currency_inferred=inferred,
                number=number_text, scale=scale_word, text=text[start:end],
                approx=approx, approx_text=approx_text)))
        return found


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
