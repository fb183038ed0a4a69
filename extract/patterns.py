"""Find and validate the data files in ``patterns/``: rule JSONL files and JSON tables.

The packaged copy is found with importlib.resources (the wheel carries it as
``extract/patterns``); an editable install or a source checkout has no such
copy, so we fall back to the ``patterns/`` folder beside the package.
User folders given with ``--patterns`` are read after the packaged ones, so
their lines extend (and, for the same id, add surface forms to) ours.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import PatternError

# Lines with this label feed the predicate span ruler; every other label is an entity.
TRIGGER_LABEL = "TRIGGER"
SPAN_LABELS = frozenset({TRIGGER_LABEL})


def packaged_patterns_dir() -> Path:
    packaged = resources.files("extract") / "patterns"
    if packaged.is_dir():
        return Path(str(packaged))
    source_tree = Path(__file__).resolve().parent.parent / "patterns"
    if source_tree.is_dir():
        return source_tree
    raise PatternError(source_tree, "the packaged patterns folder is missing; reinstall newsfacts")


@dataclass(frozen=True)
class PatternSet:
    """Rule lines split by the ruler that consumes them."""

    entities: tuple[dict[str, Any], ...]
    spans: tuple[dict[str, Any], ...]


def _validate_line(obj: Any, path: Path, lineno: int) -> dict[str, Any]:
    from spacy.schemas import validate_token_pattern

    if not isinstance(obj, dict):
        raise PatternError(path, "expected a JSON object with 'label' and 'pattern'", lineno)
    unknown = set(obj) - {"label", "pattern", "id"}
    if unknown:
        raise PatternError(path, f"unknown key(s) {sorted(unknown)}; allowed: label, pattern, id", lineno)
    label, pattern = obj.get("label"), obj.get("pattern")
    if not isinstance(label, str) or not label:
        raise PatternError(path, "'label' must be a non-empty string", lineno)
    if "id" in obj and not isinstance(obj["id"], str):
        raise PatternError(path, "'id' must be a string", lineno)
    if isinstance(pattern, str):
        if not pattern.strip():
            raise PatternError(path, "'pattern' is an empty string", lineno)
    elif isinstance(pattern, list):
        problems = validate_token_pattern(pattern)
        if problems:
            raise PatternError(path, f"invalid token pattern: {problems[0]}", lineno)
        for regex in _regexes(pattern):
            try:
                re.compile(regex)
            except re.error as exc:
                raise PatternError(path, f"invalid REGEX {regex!r}: {exc}", lineno) from None
    else:
        raise PatternError(path, "'pattern' must be a phrase string or a list of token dicts", lineno)
    return obj


def _regexes(value: Any) -> Iterator[str]:
    """Every REGEX value in a token pattern (spaCy compiles them only when the matcher is built)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "REGEX" and isinstance(item, str):
                yield item
            else:
                yield from _regexes(item)
    elif isinstance(value, list):
        for item in value:
            yield from _regexes(item)


def read_pattern_file(path: Path) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(path, f"cannot read: {exc}") from None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise PatternError(path, f"not valid JSON ({exc.msg} at column {exc.colno})", lineno) from None
        lines.append(_validate_line(obj, path, lineno))
    return lines


def pattern_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise PatternError(directory, "not a folder of .jsonl pattern files")
    return sorted(directory.rglob("*.jsonl"))


def load_patterns(extra_dirs: Iterable[Path] = ()) -> PatternSet:
    entities: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    for directory in (packaged_patterns_dir(), *map(Path, extra_dirs)):
        for path in pattern_files(directory):
            for line in read_pattern_file(path):
                (spans if line["label"] in SPAN_LABELS else entities).append(line)
    return PatternSet(tuple(entities), tuple(spans))


@lru_cache(maxsize=None)
def load_table(name: str) -> Any:
    """A JSON data table from the packaged patterns folder, read once per process."""
    path = packaged_patterns_dir() / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PatternError(path, f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise PatternError(path, f"not valid JSON ({exc.msg})", exc.lineno) from None


@dataclass(frozen=True)
class CompiledPatterns:
    """Rule lines sorted by the cheapest spaCy matcher that gives the same matches.

    A token pattern whose tokens are only exact ``LOWER`` (or only exact ``ORTH``)
    values, or ``IN`` lists of them, matches exactly the phrases it spells out;
    the PhraseMatcher finds those in one hash lookup per token where the token
    Matcher tests every pattern at every token. Data files stay readable
    (one line per word family); the pipeline gets the fast form.
    """

    lower_phrases: tuple[dict[str, Any], ...]
    cased_phrases: tuple[dict[str, Any], ...]
    token_patterns: tuple[dict[str, Any], ...]


# Beyond this many spelled-out phrases a line stays a token pattern (an IN list per token multiplies).
_MAX_PHRASES_PER_LINE = 256


def _spelled_out(pattern: list[dict[str, Any]]) -> tuple[str, list[tuple[str, ...]]] | None:
    """(attr, phrases) for a pattern of exact token values; None if it needs the token Matcher.

    A pattern mixing ORTH and LOWER tokens ("U.S." + "department") becomes LOWER
    phrases: case is then ignored for its ORTH tokens, which in practice are
    punctuated forms ("U.S.", "-") whose case never varies.
    """
    attrs = set()
    options: list[list[str]] = []
    for token in pattern:
        if len(token) != 1:
            return None
        key, value = next(iter(token.items()))
        key = "ORTH" if key == "TEXT" else key
        if key not in ("LOWER", "ORTH"):
            return None
        attrs.add(key)
        if isinstance(value, str):
            options.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            options.append(list(value["IN"]))
        else:
            return None
    total = 1
    for opt in options:
        total *= len(opt)
    if not attrs or total > _MAX_PHRASES_PER_LINE:
        return None
    from itertools import product

    attr = "LOWER" if "LOWER" in attrs else "ORTH"
    # Spelled as written: a LOWER phrase is still cut by the tokenizer in its written case ("U.S.").
    return attr, list(dict.fromkeys(product(*options)))


def compile_patterns(lines: Iterable[dict[str, Any]], tokenize: Any) -> CompiledPatterns:
    """Split rule lines for the phrase matchers where that is exact; ``tokenize`` is ``nlp.make_doc``."""
    lower: list[dict[str, Any]] = []
    cased: list[dict[str, Any]] = []
    tokens: list[dict[str, Any]] = []
    for line in lines:
        pattern = line["pattern"]
        if isinstance(pattern, str):
            lower.append(line)
            continue
        spelled = _spelled_out(pattern)
        phrases = []
        if spelled is not None:
            attr, forms = spelled
            # Only forms the tokenizer splits back into exactly these tokens: a phrase is matched as the
            # tokenizer cuts it. A form it never produces ("ltd." at the end of a string, "(india)") is
            # dropped when other forms of the line convert, since it could not match as a phrase.
            phrases = [(attr, " ".join(words)) for words in forms
                       if [t.text for t in tokenize(" ".join(words))] == list(words)]
        if not phrases:
            tokens.append(line)
            continue
        for attr, phrase in phrases:
            converted = {**line, "pattern": phrase}
            (lower if attr == "LOWER" else cased).append(converted)
    return CompiledPatterns(tuple(lower), tuple(cased), tuple(tokens))


def trie_alternation(words: list[str], *, space: str = r"\s?") -> str:
    """The words as one alternation, longest first, factored by shared prefixes ('b(?:illion|n)').

    For patterns tried at many positions (the amounts' word anchors at every space of an
    article, the owner rules' cues before every name): a trie lets the engine reject a
    position on its first letter instead of trying every word in turn. Longer words still
    win, as each optional tail is greedy.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return emit(trie)


def word_alternation(words: list[str]) -> str:
    """The words as one alternation, longest first, written as a trie ('c(?:eo|hairman)').

    The owner and hedge rules are searched in the short window before a name or in a figure's
    clause, so the alternation is tried at every character of it; a trie rejects a character
    at its first letter instead of trying each word in turn (the cues before names three times
    faster). The trie matches what the plain alternation matches, with the same preference, as
    long as no two words part at letters that differ only in case (in a case-insensitive
    pattern either could match): such a list stays plain.
    """
    seen: dict[tuple[str, str], str] = {}
    for word in words:
        for i, ch in enumerate(word):
            if seen.setdefault((word[:i], ch.casefold()), ch) != ch:
                return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return trie_alternation(words, space=re.escape(" "))
