"""Articles in: files, folders, stdin and JSON Lines, decoded and dated.

Reading yields either an Article or an InputError in input order, so one bad
file is reported and the batch goes on. The text is kept exactly as it was
decoded (CRLF, BOM-less, markdown and all) because every fact's offsets point
into it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from .dates import find_published
from .errors import InputError
from .folders import walk
from .html_input import HTML_SUFFIXES, is_html_path
from .reading import (MAX_ARTICLE_BYTES, bom_encoding, bounded_lines, check_regular, read_article_bytes,
                      text_problem, too_large)

ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl", *HTML_SUFFIXES)
STDIN = "-"
STDIN_SOURCE = "<stdin>"  # how errors and article ids name standard input
# A first line longer than this is a paragraph, not a headline.
_MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # Where ``text`` starts in the article it was cut from (pieces.py): facts found in it carry
    # offsets and ids into that whole article.
    offset: int = 0


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM; anything else is read as cp1252,
    with a warning."""
    bom = bom_encoding(data)
    if bom is not None and bom[0] != "utf-8":
        codec, skip = bom
        try:
            return data[skip:].decode(codec), ()
        except UnicodeDecodeError as exc:
            return (data[skip:].decode(codec, errors="replace"),
                    (f"{source}: not valid {codec.upper()} after its byte-order mark (byte {exc.start + skip}); "
                     "bad characters replaced",))
    if bom is not None:
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        warning = f"{source}: not valid UTF-8 (byte {exc.start}); read as cp1252"
    try:
        return data.decode("cp1252"), (warning,)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), (f"{source}: not valid UTF-8 or cp1252; read as latin-1",)


def guess_title(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip().strip("*").strip()
        if not stripped:
            continue
        if len(stripped) <= _MAX_TITLE_CHARS and not stripped.endswith((".", ":")):
            return stripped
        return None
    return None


def _parse_date_field(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be a date string, got {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        from .dates import parse_date

        parsed = parse_date(value)
        if parsed is None:
            raise ValueError(f"cannot read the date {value!r}") from None
        return parsed


def article_from_text(article_id: str, text: str, default_date: dt.date | None = None,
                      warnings: tuple[str, ...] = ()) -> Article:
    return Article(
        id=article_id,
        text=text,
        title=guess_title(text),
        published=find_published(text) or default_date,
        warnings=warnings,
    )


def article_from_json_line(source: str, lineno: int, line: str, default_date: dt.date | None = None
                           ) -> Article | InputError | None:
    """One JSONL article line (None for a blank line); a bad line is an error for that line only."""
    if not line.strip():
        return None
    where = f"{source}:{lineno}"
    if len(line) > MAX_ARTICLE_BYTES:
        return too_large(where, len(line))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON ({exc.msg})")
    except RecursionError:
        return InputError(where, "not valid JSON (nested too deeply)")
    if not isinstance(obj, dict) or not isinstance(obj.get("text", obj.get("html")), str):
        return InputError(where, "expected an object with a string 'text' (or 'html') field")
    for key in ("text", "html", "id", "title", "url"):
        problem = text_problem(obj[key]) if isinstance(obj.get(key), str) else None
        if problem is not None:
            return InputError(where, f"'{key}': {problem}")
    try:
        published = _parse_date_field(obj.get("published", obj.get("date")))
    except ValueError as exc:
        return InputError(where, str(exc))
    if not isinstance(obj.get("text"), str):
        return _article_from_json_html(obj, f"{source}#{lineno}", where, published, default_date)
    body = obj["text"]
    return Article(
        id=str(obj.get("id") or f"{source}#{lineno}"),
        text=body,
        title=obj.get("title") or guess_title(body),
        published=published or find_published(body) or default_date,
        url=obj.get("url"),
    )


def _article_from_json_html(obj: dict, default_id: str, where: str, published: dt.date | None,
                            default_date: dt.date | None) -> Article | InputError:
    """A JSONL line carrying a page's ``html`` (and maybe its ``url``, never fetched) instead of ``text``."""
    from .html_input import article_from_html

    article = article_from_html(obj["html"], str(obj.get("id") or default_id), url=obj.get("url"),
                                title=obj.get("title"), published=published, default_date=default_date)
    return InputError(where, article.reason) if isinstance(article, InputError) else article


def _looks_like_json_object(line: bytes) -> bool:
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return False


def _article_from_bytes(data: bytes, source: str, default_date: dt.date | None,
                        header: bool = True) -> Article | InputError:
    text, warnings = decode(data, source)
    if not text.strip():
        return InputError(source, "empty article")
    problem = text_problem(text)
    if problem is not None:
        return InputError(source, problem)
    if not header:
        return Article(id=source, text=text, warnings=warnings)
    return article_from_text(source, text, default_date, warnings)


@dataclass(frozen=True)
class ArticleFile:
    """An article file listed but not read yet. Whoever needs its text reads it: with
    ``--workers`` that is the worker process, so the reading runs in parallel and the parent
    only lists files."""

    source: str
    path: Path
    default_date: dt.date | None = None

    def read(self, header: bool = True) -> Article | InputError:
        """The article, or the error reading it; with ``header=False`` its text alone, without the
        title and published date read from its lines (the ``--link`` pass needs only the text)."""
        try:
            data = read_article_bytes(self.path, self.source)
        except InputError as exc:
            return exc
        except OSError as exc:
            return _read_error(self.source, exc)
        if is_html_path(self.path):
            from .html_input import article_from_html

            return article_from_html(data, self.source, default_date=self.default_date)
        return _article_from_bytes(data, self.source, self.default_date, header)


def _read_error(source: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(source, "no such file or folder")
    if isinstance(exc, IsADirectoryError):
        return InputError(source, "is a folder of no articles")
    return InputError(source, f"cannot read: {exc.strerror or exc}")


def _with_warnings(article: Article, warnings: tuple[str, ...]) -> Article:
    return dataclasses.replace(article, warnings=warnings)


def expand_inputs(inputs: Iterable[str], glob: str | None = None, follow_links: bool = False
                  ) -> Iterator[tuple[str, Path | InputError | None]]:
    """(article id prefix, path) pairs in a reproducible order; (STDIN, None) for '-'; (source, the
    error) for a folder entry that cannot be walked (see folders.walk)."""
    for arg in inputs:
        if arg == STDIN:
            yield STDIN, None
            continue
        path = Path(arg)
        if path.is_dir():
            for child in walk(path, follow_links):
                if isinstance(child, InputError):
                    yield child.source, child
                    continue
                rel = "/".join(child.parts[len(path.parts):])  # child.relative_to(path), without a new Path
                if glob is not None:
                    if not fnmatch.fnmatch(rel, glob) and not fnmatch.fnmatch(child.name, glob):
                        continue
                elif child.suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                yield rel, child
        else:
            yield path.as_posix(), path


def _utf8_lines(stream: BinaryIO) -> Iterable[bytes]:
    """A JSON Lines file's lines as UTF-8 bytes; one saved as UTF-16 or UTF-32 (with its BOM) is
    decoded first, since its line breaks are not single bytes."""
    bom = bom_encoding(stream.peek(4)[:4] if hasattr(stream, "peek") else b"")
    if bom is None or bom[0] == "utf-8":
        return bounded_lines(stream)
    codec = bom[0][:6]  # utf-16 / utf-32: the codec reads the BOM and the byte order from it
    text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="")
    return (line.encode("utf-8") for line in text)


def _jsonl_lines(lines: Iterable[bytes], source: str, default_date: dt.date | None) -> Iterator[Article | InputError]:
    """JSON Lines read one line at a time, so a large feed is never held in memory whole."""
    for lineno, raw in enumerate(lines, start=1):
        if len(raw) > MAX_ARTICLE_BYTES:
            yield too_large(f"{source}:{lineno}", len(raw))
            continue
        text, warnings = decode(raw, f"{source}:{lineno}")
        item = article_from_json_line(source, lineno, text, default_date)
        if isinstance(item, Article) and warnings:
            item = _with_warnings(item, warnings)
        if item is not None:
            yield item


def _stdin_articles(stream: BinaryIO, default_date: dt.date | None) -> Iterator[Article | InputError]:
    """Standard input is JSON Lines, streamed, when its first non-blank line is a JSON object;
    otherwise it is one article."""
    head: list[bytes] = []
    lines = bounded_lines(stream)
    for line in lines:
        head.append(line)
        if line.strip() or len(head) > MAX_ARTICLE_BYTES:
            break
    if head and _looks_like_json_object(head[-1]):
        yield from _jsonl_lines(chain(head, lines), STDIN_SOURCE, default_date)
    else:
        data = b"".join(head)
        data += stream.read(max(0, MAX_ARTICLE_BYTES + 1 - len(data)))
        if len(data) > MAX_ARTICLE_BYTES:
            yield too_large(STDIN_SOURCE)  # not read to its end: it may never end
        else:
            yield _article_from_bytes(data, STDIN_SOURCE, default_date)


def read_articles(inputs: Iterable[str], *, glob: str | None = None, default_date: dt.date | None = None,
                  stdin: BinaryIO | None = None, follow_links: bool = False) -> Iterator[Article | InputError]:
    """Every article behind ``inputs`` (files, folders, '-'), or an error for each one that can't be read."""
    for item in article_sources(inputs, glob=glob, default_date=default_date, stdin=stdin,
                                follow_links=follow_links):
        yield item.read() if isinstance(item, ArticleFile) else item


def article_sources(inputs: Iterable[str], *, glob: str | None = None, default_date: dt.date | None = None,
                    stdin: BinaryIO | None = None, follow_links: bool = False
                    ) -> Iterator[Article | InputError | ArticleFile]:
    """``read_articles`` with each plain article file left unread, as an :class:`ArticleFile`.

    JSON Lines files and standard input are read here, line by line: their articles
    cannot be listed without reading them.
    """
    for source, path in expand_inputs(inputs, glob, follow_links):
        if isinstance(path, InputError):
            yield path
        elif path is None:
            yield from _stdin_articles(stdin if stdin is not None else sys.stdin.buffer, default_date)
        elif path.suffix.lower() == ".jsonl":
            try:
                check_regular(path, source)
                with path.open("rb") as stream:
                    yield from _jsonl_lines(_utf8_lines(stream), source, default_date)
            except InputError as exc:
                yield exc
            except OSError as exc:
                yield _read_error(source, exc)
        else:
            if is_html_path(path):
                from .html_input import require_html_extra

                require_html_extra()  # here, in the parent: one clear error, not one per page
            yield ArticleFile(source, path, default_date)
