"""Our spaCy components: line-break sentence starts, boilerplate lines, money and percent spans.

Each is a small class made by a ``@Language.factory`` and exposed through the
``spacy_factories`` entry point, so another spaCy user can ``nlp.add_pipe``
them. Names carry the ``newsfacts_`` prefix because spaCy's factory registry
is process-wide. They hold no trained state: their data comes from the
packaged tables, so saving a pipeline saves only their names and config.
"""

from __future__ import annotations

import re
from typing import Any

import numpy

from spacy.attrs import IS_PUNCT
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from .doctext import doc_text, keep_sent_starts, keep_token_offsets, token_offsets
from .amounts import AmountMatch, find_amounts
from .patterns import load_table

AMOUNTS_KEY = "newsfacts_amounts"
_NEWLINE = re.compile(r"\n")
BOILERPLATE_KEY = "newsfacts_boilerplate"
# Tokens in a sentence beyond which it is cut (see _cap_sentences): real sentences stay under 150;
# the corpora's longest (pages of inline CSS with no full stop) reach 900.
MAX_SENTENCE_TOKENS = 1000
# SENT_START -1 (not a sentence start) as the uint64 that Doc.from_array reads.
_NOT_START = numpy.uint64(2**64 - 1)

if not Doc.has_extension(AMOUNTS_KEY):
    # The parsed values, with exact character offsets (spans snap to token edges).
    Doc.set_extension(AMOUNTS_KEY, default=None)


def _span_over(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def line_break_starts(doc: Doc, offsets: numpy.ndarray | None = None) -> numpy.ndarray:
    """Indices of the tokens that open a line: headlines, datelines and bullets carry no full stop.

    ``offsets`` are the tokens' character offsets (``doc.to_array("IDX")``), if already read.
    """
    if offsets is None:
        offsets = token_offsets(doc)  # token offsets, without a Python loop over tokens
    breaks = [m.start() for m in _NEWLINE.finditer(doc_text(doc))]
    # The first token starting after a line break opens a sentence.
    found = numpy.searchsorted(offsets, numpy.asarray(breaks, dtype=offsets.dtype), side="right")
    return found[(found > 0) & (found < len(doc))]


class LineBreakSentences:
    """Line starts as sentence starts, for a pipeline whose parser or senter decides the rest."""

    def __call__(self, doc: Doc) -> Doc:
        for i in line_break_starts(doc).tolist():
            doc[int(i)].is_sent_start = True
        return doc


class Sentences:
    """spaCy's sentencizer rule plus line breaks, computed on token arrays.

    The rule is the sentencizer's: after a token in ``punct_chars`` and any
    punctuation that follows it (closing quotes, brackets), the next token
    opens a sentence. The sentencizer walks the tokens in Python; on whole
    articles that walk cost more than all our rules together.
    """

    def __init__(self, nlp: Language, punct_chars: list[str] | None = None) -> None:
        chars = punct_chars if punct_chars is not None else Sentencizer.default_punct_chars
        # Sorted, for a binary search: faster than numpy.isin or a broadcast compare on every token.
        self.punct_hashes = numpy.unique(numpy.asarray([nlp.vocab.strings.add(c) for c in chars], dtype="uint64"))
        self.lost_sign_hash = nlp.vocab.strings.add("?") if "?" in chars else None
        # Whether every sentence-ending mark is punctuation (IS_PUNCT), as all the default ones are:
        # then only the punctuation tokens (one in six) need the binary search.
        is_punct = nlp.vocab.lex_attr_getters.get(IS_PUNCT)
        self.marks_are_punct = is_punct is not None and all(is_punct(c) for c in chars)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        columns = doc.to_array(["ORTH", "IS_PUNCT", "IDX"])
        offsets = numpy.ascontiguousarray(columns[:, 2])
        keep_token_offsets(doc, offsets)
        orth = columns[:, 0]
        punct = columns[:, 1] == 1
        if self.marks_are_punct:
            marks = numpy.flatnonzero(punct)
            ends_sentence = numpy.zeros(n, dtype=bool)
            ends_sentence[marks] = self._is_mark(orth[marks])
        else:
            ends_sentence = self._is_mark(orth)
        text = doc_text(doc)
        if self.lost_sign_hash is not None and "?" in text:  # (seven articles in ten hold none: no scan)
            # A "?" glued to a digit or a lower-case word stands for a character the text lost
            # ("?91 lakh" was "₹91 lakh", "territory?s"): it ends nothing. Before a digit it is the
            # figure's sign, no punctuation either: a sentence opened after a mark opens at it, as
            # at a written "₹" ("... ? ?25,000, Das said": the figure's sentence holds its sign).
            for i in numpy.flatnonzero(ends_sentence & (orth == self.lost_sign_hash)).tolist():
                after = columns[i, 2] + 1
                if after < len(text) and (text[after].isdigit() or text[after].islower()):
                    ends_sentence[i] = False
                    punct[i] = not text[after].isdigit()
        punct |= ends_sentence
        # The first word (non-punctuation token) after each sentence-ending mark opens a sentence.
        words = numpy.flatnonzero(~punct)
        following = numpy.searchsorted(words, numpy.flatnonzero(ends_sentence), side="right")
        # Written as uint64 from the start (-1 wraps, as astype("uint64") of an int64 -1 did): no copy.
        written = numpy.full(n, _NOT_START, dtype="uint64")
        written[words[following[following < len(words)]]] = 1
        written[0] = 1
        written[line_break_starts(doc, offsets)] = 1
        _cap_sentences(written, MAX_SENTENCE_TOKENS)
        doc.from_array(["SENT_START"], written.reshape(-1, 1))
        keep_sent_starts(doc, written)
        return doc

    def _is_mark(self, orth: numpy.ndarray) -> numpy.ndarray:
        """Which of the tokens (their ORTH hashes) are sentence-ending marks."""
        found = numpy.minimum(numpy.searchsorted(self.punct_hashes, orth), len(self.punct_hashes) - 1)
        return self.punct_hashes[found] == orth


def _cap_sentences(sent_start: numpy.ndarray, limit: int) -> None:
    """Open a sentence every ``limit`` tokens inside a longer one, in place.

    Attribution looks at a figure's whole sentence for each figure in it, so a
    "sentence" of 100 KB (percentages with no full stop, "Rs 5 " repeated) cost the
    square of its length; no real sentence comes near the limit.
    """
    if len(sent_start) <= limit:
        return  # no sentence of a doc this short can be longer
    starts = numpy.flatnonzero(sent_start == 1)
    lengths = numpy.diff(numpy.append(starts, len(sent_start)))
    for start, length in zip(starts[lengths > limit].tolist(), lengths[lengths > limit].tolist()):
        sent_start[start + limit:start + length:limit] = 1


class BoilerplateMarker:
    """Marks page-furniture lines (``patterns/boilerplate.json``); facts are never read from them."""

    def __init__(self, line_patterns: list[str] | None = None) -> None:
        lines = line_patterns if line_patterns is not None else load_table("boilerplate.json")["lines"]
        # One pass over the whole text; MULTILINE makes each pattern's ^ and $ line edges.
        self.regex = re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE | re.MULTILINE)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = []
        for m in self.regex.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            end = len(text) if end == -1 else end
            end -= text[start:end].endswith("\r")
            if not text[start:end].strip():
                continue
            span = _span_over(doc, start, end, "BOILERPLATE")
            if span is not None and (not spans or span.start >= spans[-1].end):
                spans.append(span)
        doc.spans[BOILERPLATE_KEY] = spans
        return doc


class AmountRecognizer:
    """Money and percentages from the data-driven grammar in ``amounts``."""

    def __call__(self, doc: Doc) -> Doc:
        matches: list[AmountMatch] = find_amounts(doc_text(doc))
        doc._.set(AMOUNTS_KEY, matches)
        doc.spans[AMOUNTS_KEY] = char_spans(doc, [(m.start, m.end) for m in matches],
                                            [m.kind.upper() for m in matches])
        return doc


def char_spans(doc: Doc, bounds: list[tuple[int, int]], label: str | list[str]) -> list[Span]:
    """``doc.char_span(start, end, label, alignment_mode="expand")`` for each (start, end), where
    each starts and ends on a character of a token (never a blank), found in one binary search:
    char_span walks the tokens from the start of the doc for each one, and an article may hold
    50,000 figures. ``label`` is one for all, or one per span."""
    if not bounds or not len(doc):
        return []
    offsets = token_offsets(doc)
    firsts = numpy.searchsorted(offsets, numpy.asarray([b[0] for b in bounds]), side="right") - 1
    ends = numpy.searchsorted(offsets, numpy.asarray([b[1] - 1 for b in bounds]), side="right")
    labels = [label] * len(bounds) if isinstance(label, str) else label
    return [Span(doc, first, end, label=name) for first, end, name in zip(firsts.tolist(), ends.tolist(), labels)]


@Language.factory("newsfacts_sentences", default_config={"punct_chars": None})
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> Sentences:
    return Sentences(nlp, punct_chars)


@Language.factory("newsfacts_line_breaks")
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentences:
    return LineBreakSentences()


@Language.factory("newsfacts_boilerplate", default_config={"line_patterns": None})
def make_boilerplate(nlp: Language, name: str, line_patterns: list[str] | None) -> BoilerplateMarker:
    return BoilerplateMarker(line_patterns)


@Language.factory("newsfacts_amounts")
def make_amounts(nlp: Language, name: str) -> AmountRecognizer:
    return AmountRecognizer()


def amounts_of(doc: Doc) -> list[AmountMatch]:
    found: Any = doc._.get(AMOUNTS_KEY)
    return list(found or [])
