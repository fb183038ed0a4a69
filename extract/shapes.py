"""Entities found by their shape rather than by a gazetteer: programme names and defined names.

``newsfacts_programme_shapes``: a Title-case name ending in a programme word
("Green Minerals Mission"), found with one regular expression over the text
(``patterns/programme_shapes.json``): the token Matcher would pay for every
pattern at every token, this only looks where such a word occurs.

``newsfacts_defined_names``: a name defined with an acronym in brackets, and
the acronym wherever it recurs (``patterns/defined_names.json``).

Both run after the rulers and never override a curated programme or
organisation, so gazetteer names keep their ids.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .acronyms import are_variants, canonical_name, definitions_of
from .doctext import doc_text
from .patterns import load_table


def shape_regexes(table: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(programme words, the name before one): programme words are rare, so we find them first and
    only then read the words before each, instead of trying a name at every capitalised word."""
    word = r"[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]*)*"
    connectors = "|".join(re.escape(c) for c in table["connectors"])
    n = int(table["max_words_before_head"])
    # Each head is tried only where its first letter is, and the word start is checked after that
    # letter: a pattern that opens with letters lets Python's re skip straight to them (a lookahead
    # on them still stopped at every position), half the cost of this regex again.
    by_first: dict[str, list[str]] = {}
    for h in table["heads"]:
        by_first.setdefault(h[0], []).append(re.escape(h[1:]))
    heads = "|".join(rf"{re.escape(first)}(?<![\w-]{re.escape(first)})(?:{'|'.join(rests)})"
                     for first, rests in sorted(by_first.items()))
    head = re.compile(rf"(?:{heads})(?![\w-])")
    # Spaces and tabs only: a name never runs across a line break.
    before = re.compile(rf"(?<![\w-]){word}(?:[ \t]+(?:{word}|{connectors})){{0,{n}}}[ \t]+$")
    return head, before


# Curated programmes and organisations keep their spans and ids; a country or mineral inside a
# longer name ("National Green Hydrogen Mission", "Board of Control for Cricket in India") gives way,
# but not to a name of exactly its own span ("United States (US)" leaves the country as it is).
KEEP_LABELS = frozenset({"PROGRAMME", "ORG"})


class EntityEditor:
    """Adds entities to a doc without overriding curated ones, then writes doc.ents once.

    The entities are kept as sorted, non-overlapping (start_char, end_char, keep, span) rows, so
    finding the ones a new name overlaps is a bisection, not a scan: a doc may get an acronym
    added at every one of its uses. They start as ``ents`` (sorted, non-overlapping), or as
    doc.ents, read on the first name added: most docs get none.
    """

    def __init__(self, doc: Doc, ents: list[Span] | None = None) -> None:
        self.doc = doc
        self._ents = ents
        self.added: list[Span] = []

    @cached_property
    def rows(self) -> list[tuple[int, int, bool, Span]]:
        ents = self._ents if self._ents is not None else self.doc.ents
        return [(e.start_char, e.end_char, e.label_ in KEEP_LABELS, e) for e in ents]

    @cached_property
    def ends(self) -> list[int]:
        return [row[1] for row in self.rows]

    def add(self, start: int, end: int, label: str, min_tokens: int = 1, ent_id: str = "") -> bool:
        first = bisect_right(self.ends, start)  # the first entity ending after `start`
        last = first
        while last < len(self.rows) and self.rows[last][0] < end:
            row_start, row_end, keep, _ = self.rows[last]
            strictly_inside = start <= row_start and row_end <= end and (row_start, row_end) != (start, end)
            if keep or not strictly_inside:
                return False
            last += 1
        span = self.doc.char_span(start, end, label=label, alignment_mode="contract", span_id=ent_id)
        if span is None or len(span) < min_tokens:
            return False
        self.rows[first:last] = [(span.start_char, span.end_char, False, span)]
        self.ends[first:last] = [span.end_char]
        self.added.append(span)
        return True

    def drop(self, spans: list[tuple[int, int]], long: str) -> None:
        """Remove the entities that are exactly these spans unless they stand for ``long``: an acronym
        the article defines as a term ("minimum support price (MSP)") is not the gazetteer's programme
        of the same letters, while "the initiative on Critical and Emerging Technology (iCET)" is."""
        exact = set(spans)
        kept = [row for row in self.rows
                if (row[0], row[1]) not in exact or row[3].id_ and are_variants(row[3].id_, long)]
        if len(kept) != len(self.rows):
            self.rows[:] = kept
            self.ends[:] = [row[1] for row in kept]
            self.dropped = True

    def drop_unnamed(self, acronyms: frozenset[str]) -> None:
        """Remove the gazetteer entities written as one of ``acronyms`` whose name the article never
        gives in full: the letters mean something else there ("the Edinburgh MSP")."""
        if not any(row[3].text in acronyms for row in self.rows):
            return
        named = {row[3].id_ for row in self.rows if row[3].text not in acronyms}
        kept = [row for row in self.rows if row[3].text not in acronyms or not row[3].id_ or row[3].id_ in named]
        if len(kept) != len(self.rows):
            self.rows[:] = kept
            self.ends[:] = [row[1] for row in kept]
            self.dropped = True

    dropped = False

    def settle(self) -> None:
        """The names added so far become entities like those found before: a later step may not
        override a programme or organisation among them (as when each step was a component
        reading doc.ents back)."""
        if self.added:
            self.rows[:] = [(start, end, span.label_ in KEEP_LABELS, span) for start, end, _, span in self.rows]

    def commit(self) -> Doc:
        """Write doc.ents if they changed: a name was added, or they started as the ``ents`` given."""
        if self.added or self.dropped or self._ents is not None:
            set_ents(self.doc, [row[3] for row in self.rows] if self.added or self.dropped else self._ents)
            for span in self.added:
                if not span.id:  # spaCy keeps a replaced entity's id on the tokens when the new one has none
                    for token in span:
                        token.ent_id = 0
        return self.doc


def set_ents(doc: Doc, ents: list[Span]) -> None:
    """``doc.ents = ents``: the same annotation on every token, written faster. spaCy's setter marks
    each token outside the entities "O" in a Python loop (a set lookup per token: half a second
    over the corpora, on every doc, most of which hold few entities); here one array write marks
    every token "O" and ``set_ents`` then writes the entities alone."""
    if len(doc):
        outside = numpy.zeros((len(doc), 2), dtype="uint64")
        outside[:, 0] = 2  # ENT_IOB "O", ENT_TYPE none
        doc.from_array([ENT_IOB, ENT_TYPE], outside)
    doc.set_ents(ents, default="unmodified")


class ProgrammeShapes:
    def __init__(self, table: dict[str, Any] | None = None) -> None:
        table = table if table is not None else load_table("programme_shapes.json")
        self.label = table["label"]
        self.head_regex, self.before_regex = shape_regexes(table)
        # Enough characters for max_words_before_head long words.
        self.window = 24 * (int(table["max_words_before_head"]) + 1)
        self.not_first = frozenset(table["not_first"]) | frozenset(table["connectors"])
        self.heads = frozenset(table["heads"])
        self.org_after = re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, table['org_after']))})(?![\w-])")

    def _trimmed(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop sentence-opening words ('The', 'Under') from the front; a name keeps two words at least."""
        words = list(re.finditer(r"\S+", text[start:end]))
        while len(words) > 2 and words[0].group(0) in self.not_first:
            words.pop(0)
        if len(words) < 2 or words[0].group(0) in self.not_first or words[0].group(0) in self.heads:
            return None
        return start + words[0].start(), end

    def add_names(self, doc: Doc, editor: EntityEditor) -> None:
        """The programme names of ``doc``, added to ``editor``."""
        text = doc_text(doc)
        floor = 0  # a name never reaches back past the previous programme word or line break
        for head in self.head_regex.finditer(text):
            lo = max(floor, head.start() - self.window, text.rfind("\n", 0, head.start()) + 1)
            floor = head.end()
            if self.org_after.match(text, head.end()):
                continue  # "the Monetary Policy Committee": a body whose name holds a programme word
            name = self.before_regex.search(text, lo, head.start())
            if name is None:
                continue
            bounds = self._trimmed(text, name.start(), head.end())
            if bounds is not None:
                editor.add(*bounds, self.label, min_tokens=2)

    def __call__(self, doc: Doc) -> Doc:
        editor = EntityEditor(doc)
        self.add_names(doc, editor)
        return editor.commit()


@Language.factory("newsfacts_programme_shapes")
def make_programme_shapes(nlp: Language, name: str) -> ProgrammeShapes:
    return ProgrammeShapes()


class DefinedNames:
    """Names defined with an acronym in brackets, and the acronym wherever it recurs.

    Needs ``newsfacts_acronyms`` before it. Like the shapes, it never overrides an
    entity already found, so gazetteer names keep their ids.
    """

    def __init__(self, nlp: Language, table: dict[str, Any] | None = None,
                 batch_definitions: dict[str, str] | None = None) -> None:
        table = table if table is not None else load_table("defined_names.json")
        self.programme_heads = frozenset(table["programme_heads"])
        self.org_words = frozenset(table["org_words"])
        self.connectors = frozenset(table["connectors"])
        self.needs_long_form = frozenset(table.get("needs_long_form", ()))
        # Acronym -> long form, defined in other articles of the batch (linking.collect_definitions).
        self.batch_definitions = dict(batch_definitions or {})
        # (label, canonical name) of each batch acronym, worked out once; those whose long form is
        # not a name are left out, as they would add nothing.
        self.batch_names: dict[str, tuple[str, str]] = {}
        for short, long in self.batch_definitions.items():
            label = self.label_for(long)
            if label is not None:
                self.batch_names[short] = (label, canonical_name(long))
        # Their uses are found by spaCy's PhraseMatcher on the tokens: one pass per doc however many
        # acronyms the batch defined (there may be thousands), where a regex each would read the
        # text once per acronym.
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.short_of: dict[int, str] = {}
        for short in self.batch_names:
            self.short_of[nlp.vocab.strings.add(short)] = short
            self.matcher.add(short, [nlp.make_doc(short)])

    def _batch_uses(self, doc: Doc, text: str) -> dict[str, list[tuple[int, int]]]:
        """Character spans of the batch's acronyms in ``doc``, with the same edges a regex would
        demand: no letter, digit or hyphen touching either side ("US-based" holds no "US")."""
        uses: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in self.matcher(doc):
            first, last = doc[start], doc[end - 1]
            lo, hi = first.idx, last.idx + len(last)
            if not _stands_alone(text, lo, hi):
                continue
            uses.setdefault(self.short_of[match_id], []).append((lo, hi))
        return uses

    def label_for(self, long: str) -> str | None:
        words = [w for w in re.split(r"[\s-]+", long.strip()) if w]
        if not words:
            return None
        content = [w for w in words if w.lower() not in self.connectors]
        if not content or not all(w[0].isupper() or w[0].isdigit() for w in content):
            return None  # a lower-case expansion is a term, not a name
        if words[-1].lower() in self.programme_heads:
            return "PROGRAMME"
        return "ORG"

    def add_names(self, doc: Doc, editor: EntityEditor) -> None:
        """The defined names of ``doc`` and their acronyms' uses, added to ``editor``."""
        text = doc_text(doc)
        definitions = definitions_of(doc)
        if self.needs_long_form:
            editor.drop_unnamed(self.needs_long_form)
        # An acronym defined only elsewhere in the batch still names the same thing here.
        elsewhere = self._batch_uses(doc, text) if self.batch_names else {}
        if not definitions and not elsewhere:
            return
        names = {short: (*self.batch_names[short], spans) for short, spans in elsewhere.items()}
        uses: dict[str, list[tuple[int, int]]] = {}  # once per acronym, however often it is defined
        for d in definitions:
            label = self.label_for(d.long)
            if label is None:
                # defined here as a term: neither the batch's name nor the gazetteer's applies
                names.pop(d.short, None)
                editor.drop(_uses_of(d.short, text), d.long)
                continue
            canonical = canonical_name(d.long)
            editor.add(d.long_start, d.long_end, label, min_tokens=2, ent_id=canonical)
            if d.short not in uses:
                uses[d.short] = _uses_of(d.short, text)
            names[d.short] = (label, canonical, uses[d.short])
        for short in sorted(names):
            label, canonical, spans = names[short]
            for start, end in spans:
                editor.add(start, end, label, ent_id=canonical)

    def __call__(self, doc: Doc) -> Doc:
        editor = EntityEditor(doc)
        self.add_names(doc, editor)
        return editor.commit()


_WORD_EDGE = re.compile(r"[\w-]")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether no letter, digit or hyphen touches ``text[start:end]`` on either side."""
    return not (start and _WORD_EDGE.match(text, start - 1)) and not _WORD_EDGE.match(text, end)


def _uses_of(short: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each use of ``short`` in ``text`` that stands alone ("US-based" holds no
    "US"), in order and not overlapping, as ``(?<![\\w-])SHORT(?![\\w-])`` finds them: found with
    str.find, where the regex, opening with a look-behind, was tried at every character."""
    uses = []
    start = text.find(short)
    while start >= 0:
        end = start + len(short)
        if _stands_alone(text, start, end):
            uses.append((start, end))
            start = text.find(short, end)
        else:
            start = text.find(short, start + 1)
    return uses


@Language.factory("newsfacts_defined_names", default_config={"batch_definitions": {}})
def make_defined_names(nlp: Language, name: str, batch_definitions: dict[str, str]) -> DefinedNames:
    return DefinedNames(nlp, batch_definitions=batch_definitions)
