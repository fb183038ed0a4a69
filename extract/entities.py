"""``newsfacts_entities``: every entity the rules find, with doc.ents written once.

The steps run in order, each adding to what the ones before found:

1. gazetteer phrases and token patterns, matched on lower case, longest first (spaCy's
   ``span_ruler``: the pattern id is the entity id);
2. case-sensitive gazetteer phrases (TRUST, MSP, US: acronyms that are also words), merged
   with the first step's, longest first, as if one ruler had found them all;
3. programme shapes (``shapes.ProgrammeShapes``);
4. defined names and their acronyms (``shapes.DefinedNames``; ``newsfacts_acronyms`` runs first).

As four components each wrote doc.ents (and the last three read them back), a pass over every
token each time; here the steps hand their entities on as a list and doc.ents is written once.
The entities are the same. With a statistical model, steps 3 and 4 run as their own components
after its ``ner`` (``programme_shapes=False, defined_names=False`` here), so they see its entities too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ContextManager
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .shapes import DefinedNames, EntityEditor, ProgrammeShapes

# The rulers' folders in a saved pipeline, under this component's own.
_RULERS = ("lower", "cased")


class PhraseRuler(SpanRuler):
    """spaCy's ``span_ruler`` whose ``match`` finds the same spans without its per-doc overhead:
    the token matcher runs only when it holds patterns (ours hold phrases alone, and an empty
    matcher's warning was silenced on every call by a ``warnings.catch_warnings`` block, a copy of
    the warning filters each time). The spans, their order and their labels are spaCy's."""

    def match(self, doc: Doc) -> list[Span]:
        self._require_patterns()
        matches = list(self.phrase_matcher(doc))
        if len(self.matcher):
            matches = list(self.matcher(doc)) + matches
        labels = self._match_label_id_map
        return sorted({Span(doc, start, end, label=labels[m_id]["label"], span_id=labels[m_id]["id"])
                       for m_id, start, end in matches if start != end})


class EntityFinder:
    """The steps above, as one component; ``add_patterns`` gives the rulers their patterns."""

    def __init__(self, nlp: Language, name: str, programme_shapes: bool = True, defined_names: bool = True,
                 batch_definitions: dict[str, str] | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.lower = PhraseRuler(nlp, f"{name}_lower", spans_key=None, phrase_matcher_attr="LOWER")
        self.cased = PhraseRuler(nlp, f"{name}_cased", spans_key=None, phrase_matcher_attr="ORTH")
        self.shapes = ProgrammeShapes() if programme_shapes else None
        self.defined_names = DefinedNames(nlp, batch_definitions=batch_definitions) if defined_names else None

    def add_patterns(self, lower: list[dict], cased: Iterable[dict] = ()) -> None:
        """Ruler pattern lines: ``lower`` (phrases matched on lower case, and token patterns) and
        ``cased`` (phrases matched as written)."""
        with self._tokenizer_only():
            self.lower.add_patterns(lower)
            self.cased.add_patterns(list(cased))

    def _tokenizer_only(self) -> ContextManager:
        """The rulers are no components of the pipeline, so spaCy's would make each phrase with every
        component: this makes it with the tokenizer alone (LOWER and ORTH phrases need nothing more)."""
        return self.nlp.select_pipes(disable=self.nlp.pipe_names)

    def __call__(self, doc: Doc) -> Doc:
        # What the two span_rulers wrote into doc.ents in turn (their default filter: the first
        # longest span wins, the entities found before first), as a list in text order.
        ents = filter_spans(self.lower.match(doc)) if self.lower.patterns else []
        cased = self.cased.match(doc) if self.cased.patterns else []
        if cased:
            ents = filter_spans([*ents, *cased])
        editor = EntityEditor(doc, ents)
        if self.shapes is not None:
            self.shapes.add_names(doc, editor)
            editor.settle()
        if self.defined_names is not None:
            self.defined_names.add_names(doc, editor)
        return editor.commit()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for folder, ruler in zip(_RULERS, (self.lower, self.cased)):
            ruler.to_disk(path / folder)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityFinder:
        path = Path(path)
        with self._tokenizer_only():
            for folder, ruler in zip(_RULERS, (self.lower, self.cased)):
                ruler.from_disk(path / folder)
        return self


@Language.factory("newsfacts_entities", assigns=["doc.ents"],
                  default_config={"programme_shapes": True, "defined_names": True, "batch_definitions": {}})
def make_entities(nlp: Language, name: str, programme_shapes: bool, defined_names: bool,
                  batch_definitions: dict[str, str]) -> EntityFinder:
    return EntityFinder(nlp, name, programme_shapes, defined_names, batch_definitions)
