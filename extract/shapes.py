"""Programme names that no gazetteer lists, found by their shape.

One regular expression over the text (built from ``patterns/programme_shapes.json``)
instead of token patterns: the token Matcher pays for every pattern at every
token, while this only looks where a Title-case programme word occurs. Runs
after the entity ruler and never overrides it, so a curated name keeps its id.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .patterns import load_table


def shape_regex(table: dict[str, Any]) -> re.Pattern[str]:
    word = r"[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]*)*"
    connectors = "|".join(re.escape(c) for c in table["connectors"])
    heads = "|".join(re.escape(h) for h in table["heads"])
    n = int(table["max_words_before_head"])
    # Spaces and tabs only: a name never runs across a line break.
    return re.compile(rf"(?<![\w-])(?P<name>{word}(?:[ \t]+(?:{word}|{connectors})){{0,{n}}}?[ \t]+(?:{heads}))(?![\w-])")


class ProgrammeShapes:
    def __init__(self, table: dict[str, Any] | None = None) -> None:
        table = table if table is not None else load_table("programme_shapes.json")
        self.label = table["label"]
        self.regex = shape_regex(table)
        self.not_first = frozenset(table["not_first"]) | frozenset(table["connectors"])
        self.heads = frozenset(table["heads"])
        self.keep_labels = frozenset(table["keep_labels"])

    def _trimmed(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop sentence-opening words ('The', 'Under') from the front; a name keeps two words at least."""
        words = list(re.finditer(r"\S+", text[start:end]))
        while len(words) > 2 and words[0].group(0) in self.not_first:
            words.pop(0)
        if len(words) < 2 or words[0].group(0) in self.not_first or words[0].group(0) in self.heads:
            return None
        return start + words[0].start(), end

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        ents = list(doc.ents)
        added: list[Span] = []
        for m in self.regex.finditer(text):
            bounds = self._trimmed(text, m.start("name"), m.end("name"))
            if bounds is None:
                continue
            start, end = bounds
            inside = [e for e in ents if e.start_char < end and start < e.end_char]
            # A curated programme or organisation keeps its span and id; a country or mineral
            # inside a name ("National Green Hydrogen Mission") gives way to the name.
            if any(e.label_ in self.keep_labels or e.start_char < start or e.end_char > end for e in inside):
                continue
            span = doc.char_span(start, end, label=self.label, alignment_mode="contract")
            if span is None or len(span) < 2:
                continue
            ents = [e for e in ents if e not in inside] + [span]
            added.append(span)
        if added:
            doc.ents = sorted(ents, key=lambda s: s.start)
            for token in (t for span in added for t in span):
                token.ent_id = 0  # the replaced entity's id stays on its tokens otherwise

        return doc


@Language.factory("newsfacts_programme_shapes")
def make_programme_shapes(nlp: Language, name: str) -> ProgrammeShapes:
    return ProgrammeShapes()
