"""What makes bytes an article: a regular file under the size limit, a known encoding, text.

Each check turns something a folder can hold (a FIFO, ``/dev/zero``, a 50 GB
dump, ``/bin/ls``, a UTF-16 export, a JSON string with a lone surrogate) into
one :class:`InputError` for that input instead of a hang, a traceback or
thousands of bogus facts.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

# One article (a file, a JSON Lines line, standard input as one article) larger than this is an
# error, not an article: at the pipeline's ~1 MB/s it would hold a worker for over 20 s, and no news
# article comes near it (the corpora's largest is 30 KB). Longer texts below it run in pieces.
MAX_ARTICLE_BYTES = 20 * 2**20
# Byte-order marks, longest first (UTF-32-LE's starts with UTF-16-LE's).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# Control characters no text holds in quantity (tab, line and page breaks excluded), C1 included:
# a binary read as cp1252 or latin-1 is full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])  # the same, in ASCII
# Share of control characters in a text's first BINARY_SAMPLE characters above which it is binary.
# Text has next to none; executables and images have a quarter or more.
BINARY_SHARE = 0.10
BINARY_SAMPLE = 65_536
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def size_text(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def too_large(source: str, size: int | None = None) -> InputError:
    """The error for an article over the limit; ``size`` None when it was not read to its end."""
    found = f"{size_text(size)}; " if size is not None else ""
    return InputError(source, f"too large ({found}the limit is {size_text(MAX_ARTICLE_BYTES)} "
                              "per article, see 'Limits' in the README)")


def read_article_bytes(path: Path, source: str) -> bytes:
    """The bytes of a regular file of at most MAX_ARTICLE_BYTES. A FIFO or device would block or
    never end, so only a regular file is opened (the check is on the open descriptor, so a file
    swapped for a FIFO in between does not slip through)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with open(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file (a pipe, device or socket); give files or folders")
        if info.st_size > MAX_ARTICLE_BYTES:
            raise too_large(source, info.st_size)
        # The size the file says it has and one byte more: asking for the limit itself made the
        # reader set up a 20 MB buffer for each file (three quarters of the time spent reading).
        data = stream.read(info.st_size + 1)
        if len(data) > info.st_size:  # it grew since (or, like /proc's files, gives no size): read on
            data += stream.read(MAX_ARTICLE_BYTES + 1 - len(data))
    if len(data) > MAX_ARTICLE_BYTES:  # grew while we read it
        raise too_large(source, len(data))
    return data


def check_regular(path: Path, source: str) -> None:
    """Raise unless ``path`` names a regular file (after links)."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise InputError(source, "not a regular file (a pipe, device or socket); give files or folders")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, length of the mark) when ``data`` opens with a byte-order mark."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


def text_problem(text: str) -> str | None:
    """Why ``text`` is not an article (binary data, invalid Unicode), or None."""
    # An ASCII text holds no surrogate, and Python knows a str is ASCII without reading it again
    # (most articles are: the search read each one a second time, twice with --link).
    surrogate = None if text.isascii() else _SURROGATE.search(text)
    if surrogate is not None:
        return (f"lone surrogate \\u{ord(surrogate.group()):04x} at character {surrogate.start()}: "
                "not valid Unicode")
    sample = text[:BINARY_SAMPLE]
    if sample.isascii():  # (deleting the control bytes is one C pass; the regex scan cost twice that)
        data = sample.encode("ascii")
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    else:
        controls = len(_CONTROL.findall(sample))
    if sample and controls > BINARY_SHARE * len(sample):
        return "binary data, not text (over 10% control characters)"
    return None


def bounded_lines(stream: BinaryIO, limit: int = MAX_ARTICLE_BYTES) -> Iterator[bytes]:
    """The lines of a binary stream, none held in memory beyond ``limit`` + 1 bytes: a longer line
    comes out cut there (and is then reported as too large) and the rest of it is skipped."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        yield line
        if len(line) > limit and not line.endswith(b"\n"):  # skipped only if the next line is asked for
            rest = line
            while rest and not rest.endswith(b"\n"):
                rest = stream.readline(2**20)
