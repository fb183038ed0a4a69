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

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doctext import doc_text
from .amounts import AmountMatch, find_amounts
from .patterns import load_table

AMOUNTS_KEY = "newsfacts_amounts"
_NEWLINE = re.compile(r"\n")
BOILERPLATE_KEY = "newsfacts_boilerplate"

if not Doc.has_extension(AMOUNTS_KEY):
    # The parsed values, with exact character offsets (spans snap to token edges).
    Doc.set_extension(AMOUNTS_KEY, default=None)


def _span_over(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


class LineBreakSentences:
    """A line break ends a sentence: headlines, datelines and bullets carry no full stop."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        starts = doc.to_array("IDX")  # token offsets, without a Python loop over tokens
        for m in _NEWLINE.finditer(doc_text(doc)):
            # The first token starting after the line break opens a sentence.
            i = int(numpy.searchsorted(starts, m.start(), side="right"))
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
        return doc


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
        spans = []
        for match in matches:
            span = _span_over(doc, match.start, match.end, match.kind.upper())
            if span is not None:
                spans.append(span)
        doc.spans[AMOUNTS_KEY] = spans
        return doc


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
