"""Typed errors of the library. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class NewsfactsError(Exception):
    """Base class: anything the user can fix by changing input or options."""


class InputError(NewsfactsError):
    """One input (file, stdin, JSONL line) could not be read; the rest of the batch still runs."""

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Errors travel from worker processes: rebuild from both fields, not from the message.
        return InputError, (self.source, self.reason)


class PatternError(NewsfactsError):
    """A pattern or data file is malformed; names the file and, where known, the line."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class UsageError(NewsfactsError):
    """Options that cannot work together, or no input at all."""


class MissingExtraError(NewsfactsError):
    """A feature needs an optional extra that is not installed; the message says how to install it."""

    def __init__(self, extra: str, feature: str, missing: str = "") -> None:
        self.extra = extra
        self.missing = missing
        why = f" ({missing} is not installed)" if missing else ""
        super().__init__(f"{feature} needs the '{extra}' extra{why}: pip install 'newsfacts[{extra}]'")
