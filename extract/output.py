"""Writing facts and conflicts: JSON Lines, JSON, CSV, streamed, and atomic when to a file.

Data never goes through a rich Console (it wraps long lines and eats
``[...]`` as markup): writers take a plain text stream.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from pydantic import BaseModel

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
    """A file that appears complete or not at all: written beside the target, renamed on success."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
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
