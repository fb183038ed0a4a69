"""build_pipeline(): the one place the spaCy pipeline is assembled.

Default: ``spacy.blank("en")``, fully offline. With ``model=...`` an installed
statistical pipeline is loaded instead and our rulers go before its ``ner``,
so gazetteer entities win and the model fills in the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language

from .errors import UsageError
from .patterns import load_patterns

TRIGGERS_KEY = "newsfacts_triggers"
# Components in the order they run; each reads what the ones before wrote.
OUR_COMPONENTS = ("newsfacts_boilerplate", "newsfacts_amounts", "newsfacts_acronyms")


def build_pipeline(extra_patterns: Iterable[Path] = (), model: str | None = None) -> Language:
    import spacy

    from . import acronyms, components  # noqa: F401  (registers the factories)

    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise UsageError(
                f"cannot load spaCy model {model!r}: install it first (python -m spacy download {model})"
            ) from exc
    else:
        nlp = spacy.blank("en")
    has_parser = "parser" in nlp.pipe_names or "senter" in nlp.pipe_names
    first_trained = next((n for n in ("tok2vec", "parser", "senter", "ner") if n in nlp.pipe_names), None)
    nlp.add_pipe("newsfacts_line_breaks", before=first_trained) if first_trained else nlp.add_pipe(
        "newsfacts_line_breaks")
    if not has_parser:
        nlp.add_pipe("sentencizer")

    patterns = load_patterns(extra_patterns)
    ruler_position = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="newsfacts_entities",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True}, **ruler_position)
    ruler.add_patterns(list(patterns.entities))
    spans = nlp.add_pipe("span_ruler", name="newsfacts_spans",
                         config={"spans_key": TRIGGERS_KEY, "phrase_matcher_attr": "LOWER"})
    spans.add_patterns(list(patterns.spans))
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
