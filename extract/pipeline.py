"""build_pipeline(): the one place the spaCy pipeline is assembled.

Default: ``spacy.blank("en")``, fully offline. With ``model=...`` an installed
statistical pipeline is loaded instead and our rulers go before its ``ner``,
so gazetteer entities win and the model fills in the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from . import affixes
from .components import amounts_of
from .doctext import ReadingTokenizer
from .entities import PhraseRuler
from .errors import UsageError
from .patterns import compile_patterns, load_patterns, load_table

TRIGGERS_KEY = "newsfacts_triggers"
# Components in the order they run; each reads what the ones before wrote (the trigger words come
# after them: they are looked for only in docs with a figure).
OUR_COMPONENTS = ("newsfacts_boilerplate", "newsfacts_amounts", "newsfacts_acronyms")
# Chunks (whitespace-separated strings) whose tokens the tokenizer keeps, against spaCy's 10,000.
# Past that limit it splits the affixes of every chunk it has not kept each time it meets it again:
# news text has some 65,000 distinct chunks in the 2,225 BBC articles (180,000 in the corpus folder),
# so with spaCy's limit one chunk in five was split again on every article, and tokenizing the
# corpus folder took 12.6 s of CPU against 9.3 s now (the same tokens). A kept chunk costs about 150
# bytes (25 MB more at the peak of ``conflicts`` over the corpus folder). Chunks are kept only
# outside memory zones (see batch.extract_chunk): a long ``extract`` keeps those of its warm-up.
TOKENIZER_CACHE_CHUNKS = 200_000


def build_pipeline(extra_patterns: Iterable[Path] = (), model: str | None = None,
                   batch_definitions: Mapping[str, str] | None = None) -> Language:
    """The newsfacts pipeline; ``batch_definitions`` (acronym -> long form, from
    linking.collect_definitions) lets a bare acronym name what another article defined."""
    import spacy

    from . import acronyms, components, entities, shapes  # noqa: F401  (registers the factories)

    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise UsageError(
                f"cannot load spaCy model {model!r}: install it first (python -m spacy download {model})"
            ) from exc
    else:
        nlp = spacy.blank("en")
    _add_infixes(nlp)
    if "parser" in nlp.pipe_names or "senter" in nlp.pipe_names:
        # The model finds sentences; line starts are fixed before it runs.
        first_trained = next(n for n in ("tok2vec", "parser", "senter") if n in nlp.pipe_names)
        nlp.add_pipe("newsfacts_line_breaks", before=first_trained)
    else:
        nlp.add_pipe("newsfacts_sentences", first=True)

    patterns = load_patterns(extra_patterns)
    gazetteer = compile_patterns(patterns.entities, nlp.make_doc)
    spans = compile_patterns(patterns.spans, nlp.make_doc)
    # A model's ner runs after the gazetteer and before the entities found by shape or definition,
    # so that those see its entities too; without one, a single component finds them all.
    with_ner = "ner" in nlp.pipe_names
    definitions = {"batch_definitions": dict(batch_definitions or {})}
    if not with_ner:
        nlp.add_pipe("newsfacts_acronyms")  # its definitions name entities
    finder = nlp.add_pipe("newsfacts_entities", **({"before": "ner"} if with_ner else {}),
                          config={"programme_shapes": not with_ner, "defined_names": not with_ner,
                                  **({} if with_ner else definitions)})
    finder.add_patterns([*gazetteer.lower_phrases, *gazetteer.token_patterns], gazetteer.cased_phrases)
    if with_ner:
        nlp.add_pipe("newsfacts_programme_shapes")
    for name in OUR_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    triggers = nlp.add_pipe("newsfacts_triggers", name="newsfacts_spans")
    _add_patterns(nlp, triggers, [*spans.lower_phrases, *spans.token_patterns,
                                  *_as_tokens(spans.cased_phrases, nlp.make_doc)])
    if with_ner:
        nlp.add_pipe("newsfacts_defined_names", config=definitions)
    return nlp


class CasedEntityRuler(SpanRuler):
    """spaCy's ``span_ruler`` (ORTH phrases, merged into doc.ents, ``overwrite`` off) for the
    case-sensitive entities. A doc with none of them (two in three on the corpora) keeps its
    doc.ents untouched: merging nothing into them wrote the same entities back, a pass over
    every token (this ruler took 0.36 s -> 0.21 s on half the corpus; the same tokens' entity
    types, ids and spans on all 11,135 files). ``build_pipeline`` now runs this step inside
    ``newsfacts_entities``; the factory stays for pipelines saved with it."""

    def set_annotations(self, doc: Doc, matches: list[Span]) -> None:
        if matches:
            super().set_annotations(doc, matches)


@Language.factory("newsfacts_cased_entities", assigns=["doc.ents"])
def make_cased_entities(nlp: Language, name: str) -> CasedEntityRuler:
    return CasedEntityRuler(nlp, name, spans_key=None, annotate_ents=True, overwrite=False, phrase_matcher_attr="ORTH")


class TriggerRuler(PhraseRuler):
    """spaCy's ``span_ruler`` (LOWER phrases) for the words that say what a figure measures
    (``doc.spans["newsfacts_triggers"]``), run only on docs that hold a figure: nothing else
    reads them, and half the articles hold none. A doc without one gets an empty group.
    Needs ``newsfacts_amounts`` before it."""

    def __call__(self, doc: Doc) -> Doc:
        if not amounts_of(doc):
            doc.spans[TRIGGERS_KEY] = []
            return doc
        return super().__call__(doc)


@Language.factory("newsfacts_triggers")
def make_triggers(nlp: Language, name: str) -> TriggerRuler:
    return TriggerRuler(nlp, name, spans_key=TRIGGERS_KEY, phrase_matcher_attr="LOWER")


def _add_patterns(nlp: Language, ruler: SpanRuler, lines: list[dict]) -> None:
    """A span_ruler's patterns, its phrases made by the tokenizer alone: a ruler runs every
    component before it on each phrase (a model's tagger and parser, on some 1,000 phrases),
    and LOWER and ORTH phrases need nothing but tokens."""
    with nlp.select_pipes(enable=[ruler.name]):
        ruler.add_patterns(lines)


def _as_tokens(lines: tuple[dict, ...], tokenize: Callable[[str], Doc]) -> list[dict]:
    """Case-sensitive phrases back as ORTH token patterns, for a ruler keyed on LOWER."""
    return [{**line, "pattern": [{"ORTH": t.text} for t in tokenize(line["pattern"])]} for line in lines]


def _add_infixes(nlp: Language) -> None:
    """Split the sentence joins of scraped text ("December 6.In Mumbai", "rose 5.6%.The", "in the
    US?Lenovo") into tokens, so the sentence rule sees their full stops (``patterns/tokenizer.json``).

    The tokenizer is made anew with our rules rather than changed in place: each change to its
    infixes or rules reloaded all its 4,000 special cases (0.14 s of every start-up). It reads lost
    apostrophes ("China?s") as apostrophes (doctext.ReadingTokenizer)."""
    from spacy.util import compile_infix_regex

    table = load_table("tokenizer.json")
    old = nlp.tokenizer
    dropped = set(table["not_exceptions"])
    rules = {k: v for k, v in old.rules.items() if k not in dropped}
    for word in table.get("abbreviations", []):  # "Rs. 1 billion": the stop ends no sentence
        rules[word] = [{"ORTH": word}]
    # The same searches, rewritten to find the same matches faster (see affixes.py).
    defaults = nlp.Defaults
    infixes = [piece for piece in [*defaults.infixes, *table["infixes"]] if piece.strip()]
    prefixes = ["^" + piece for piece in defaults.prefixes or () if piece.strip()]
    suffixes = [piece + "$" for piece in defaults.suffixes or () if piece.strip()]
    prefix_search, suffix_search = old.prefix_search, old.suffix_search
    if getattr(prefix_search, "__self__", None) is not None:
        prefix_search = affixes.prefix_search(prefixes, prefix_search.__self__)
    if getattr(suffix_search, "__self__", None) is not None:
        suffix_search = affixes.SuffixSearch(suffixes, suffix_search.__self__).search
    nlp.tokenizer = ReadingTokenizer(nlp.vocab, rules=rules, prefix_search=prefix_search,
                                     suffix_search=suffix_search,
                                     infix_finditer=affixes.infix_finditer(infixes, compile_infix_regex(infixes)),
                                     token_match=old.token_match, url_match=affixes.url_match(old.url_match),
                                     faster_heuristics=old.faster_heuristics)
    if hasattr(nlp.tokenizer, "max_cache_size"):  # spaCy >= 3.8 caps the cache (earlier ones never do)
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
