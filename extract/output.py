"""Writing facts and conflicts: JSON Lines, JSON, CSV, streamed, and atomic when to a file.

Data never goes through a rich Console (it wraps long lines and eats
``[...]`` as markup): writers take a plain text stream.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Protocol

from pydantic import BaseModel

from .articles import ARTICLE_SUFFIXES, STDIN
from .errors import UsageError
from .records import Fact

CSV_COLUMNS = (
    "id", "kind", "doc", "published", "subject", "subject_name", "subject_acronym", "subject_label",
    "predicate", "amount", "currency", "currency_inferred", "text", "approx", "low", "high",
    "qualifiers", "value", "start", "end", "sentence",
)


class RecordWriter(Protocol):
    def write(self, record: BaseModel) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: BaseModel) -> None:
        self.stream.write(record.model_dump_json() + "\n")
        # Flushed per line so a consumer (jq, a database loader) sees facts while the run goes on.
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonArrayWriter:
    """A JSON array written element by element, so memory does not grow with the batch."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: BaseModel) -> None:
        self.stream.write(("[\n" if self.count == 0 else ",\n") + record.model_dump_json())
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


def fact_row(fact: Fact) -> dict[str, object]:
    value = fact.value
    subject = fact.subject
    data = value.model_dump(mode="json") if isinstance(value, BaseModel) else {}
    return {
        "id": fact.id, "kind": fact.kind, "doc": fact.evidence.doc,
        "published": fact.evidence.published.isoformat() if fact.evidence.published else "",
        "subject": subject.text if subject else "", "subject_name": subject.name if subject else "",
        "subject_acronym": (subject.acronym or "") if subject else "", "subject_label": subject.label if subject else "",
        "predicate": fact.predicate, "amount": data.get("amount", ""), "currency": data.get("currency", data.get("unit", "")),
        "currency_inferred": data.get("currency_inferred", ""), "text": data.get("text", ""),
        "approx": data.get("approx") or "", "low": data.get("low") if data.get("low") is not None else "",
        "high": data.get("high") if data.get("high") is not None else "",
        "qualifiers": json.dumps(fact.qualifiers, ensure_ascii=False, sort_keys=True) if fact.qualifiers else "",
        "value": json.dumps(data, ensure_ascii=False, sort_keys=True),
        "start": fact.evidence.start, "end": fact.evidence.end, "sentence": " ".join(fact.evidence.sentence.split()),
    }


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, record: BaseModel) -> None:
        if not isinstance(record, Fact):
            raise TypeError("CSV output holds facts only")
        self.writer.writerow(fact_row(record))

    def close(self) -> None:
        self.stream.flush()


WRITERS = {"jsonl": JsonLinesWriter, "json": JsonArrayWriter, "csv": CsvWriter}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A file that appears complete or not at all: written beside the target, renamed on success.

    A device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is written in place: renaming a file
    over it would replace the device for every other program (as root) or fail (as anyone else)."""
    path = Path(path)
    if _special(path):
        with open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise UsageError(f"--output {path}: cannot write there ({exc.strerror or exc})") from None
    # mkstemp makes the file 0600; the result gets the mode any other tool would give it.
    os.fchmod(fd, _mode_for(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); the output gets the usual umask-based mode instead.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _special(path: Path) -> bool:
    """An existing target that is not a regular file or a folder: a device, a pipe or a socket."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, else what the umask gives a new file (as ``>`` does)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def check_output(path: Path, inputs: Iterable[str]) -> None:
    """Refuse, before any work, an output that cannot be written or that would replace an input:
    the run would otherwise end in a traceback after the work, or overwrite an article with facts."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError(f"--output {path}: is a folder; give a file name")
    if _special(path):  # written in place, so its folder need not be writable
        if not os.access(path, os.W_OK):
            raise UsageError(f"--output {path}: cannot write it (permission denied)")
        return
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise UsageError(f"--output {path}: the folder {parent} {what}")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"--output {path}: cannot write in {parent} (permission denied)")
    if not path.exists():
        return
    for arg in inputs:
        given = Path(arg)
        if arg == STDIN or not given.exists():
            continue
        if os.path.samefile(given, path):
            raise UsageError(f"--output {path} is one of the inputs: the facts would replace it")
        if given.is_dir() and path.suffix.lower() in ARTICLE_SUFFIXES and _inside(path, given):
            raise UsageError(f"--output {path} is an article file in the input folder {arg}: "
                             "the facts would replace it; write elsewhere")


def _inside(path: Path, folder: Path) -> bool:
    return os.path.realpath(path).startswith(os.path.realpath(folder).rstrip(os.sep) + os.sep)
