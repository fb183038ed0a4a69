"""Walking an input folder: sorted, lazy, each folder once, links kept inside unless asked.

A real folder holds what the walk must survive: a subfolder it may not read, a
link to itself or to its parent, a link into the rest of the disk. So:

* an unreadable folder or a link that cannot be resolved is an error for that
  entry alone (the walk goes on);
* each folder is visited once, however many links lead to it (no loop, no
  article read twice through two paths);
* a link whose target lies outside the folder given is followed only with
  ``follow_links`` (``--follow-links``), as find(1) and rsync do not follow them
  by default either.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError


def walk(folder: Path, follow_links: bool = False) -> Iterator[Path | InputError]:
    """Files below ``folder`` in sorted path order, or an error for an entry that can't be walked.

    One directory's sorted listing is held at a time, and each entry is dropped
    once it has been handed on: an entry keeps the ``stat`` it cached, and a
    folder may hold millions of articles.
    """
    root = os.path.realpath(folder)
    seen: set[tuple[int, int]] = set()
    try:
        info = os.stat(folder)
        seen.add((info.st_dev, info.st_ino))
    except OSError as exc:
        yield _error(folder, folder, exc)
        return
    yield from _walk(folder, folder, root, follow_links, seen)


def _walk(top: Path, folder: Path, root: str, follow_links: bool, seen: set[tuple[int, int]]
          ) -> Iterator[Path | InputError]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name, reverse=True)
    except OSError as exc:
        yield _error(top, folder, exc)
        return
    while entries:
        entry = entries.pop()
        path = folder / entry.name  # (cheaper than parsing entry.path again, and the same path)
        try:
            if entry.is_symlink() and not follow_links and not _inside(entry.path, root):
                continue  # leaves the folder given: only with --follow-links
            if entry.is_dir():
                info = entry.stat()
                key = (info.st_dev, info.st_ino)
                if key in seen:
                    continue  # reached again through a link: once is enough
                seen.add(key)
                yield from _walk(top, path, root, follow_links, seen)
            elif entry.is_file():
                yield path
        except OSError as exc:  # a link loop (ELOOP), a vanished entry
            yield _error(top, path, exc)


def _inside(path: str, root: str) -> bool:
    target = os.path.realpath(path)
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _error(top: Path, path: Path, exc: OSError) -> InputError:
    source = path.relative_to(top).as_posix() if path != top else top.as_posix()
    if isinstance(exc, PermissionError):
        return InputError(source, "cannot read the folder: permission denied")
    return InputError(source, f"cannot read: {exc.strerror or exc}")
