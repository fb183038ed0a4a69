"""Find and validate the data files in ``patterns/``: rule JSONL files and JSON tables.

The packaged copy is found with importlib.resources (the wheel carries it as
``extract/patterns``); an editable install or a source checkout has no such
copy, so we fall back to the ``patterns/`` folder beside the package.
User folders given with ``--patterns`` are read after the packaged ones, so
their lines extend (and, for the same id, add surface forms to) ours.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .errors import PatternError

# Lines with this label feed the predicate span ruler; every other label is an entity.
TRIGGER_LABEL = "TRIGGER"
QUALIFIER_LABEL = "QUALIFIER"
SPAN_LABELS = frozenset({TRIGGER_LABEL, QUALIFIER_LABEL})


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
    else:
        raise PatternError(path, "'pattern' must be a phrase string or a list of token dicts", lineno)
    return obj


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
