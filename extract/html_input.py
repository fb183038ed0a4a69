"""Saved web pages as articles: main text, title, published date and URL (``newsfacts[html]``).

trafilatura finds the article body among menus, ads and comments; htmldate reads the
published date from the page's metadata and markup. Both are an optional extra, so they
are imported only when a page is read, and a missing extra is one typed error that
names it. Nothing is ever fetched: pages are parsed from the bytes given, and a ``url``
is only recorded. The article's ``text`` is the extracted text, so every fact's offsets
point into it (``newsfacts text PAGE.html`` prints exactly that text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError, MissingExtraError

HTML_SUFFIXES = (".html", ".htm")
EXTRA = "html"


def is_html_path(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


@lru_cache(maxsize=1)
def require_html_extra() -> None:
    """Raise :class:`MissingExtraError` unless trafilatura and htmldate can be imported."""
    try:
        import htmldate  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as exc:
        require_html_extra.cache_clear()  # installing the extra mid-session should work
        raise MissingExtraError(EXTRA, "reading HTML pages", missing=exc.name or "trafilatura") from None


@dataclass(frozen=True)
class Page:
    """What a web page holds for newsfacts."""

    text: str
    title: str | None
    published: dt.date | None
    url: str | None


def _parse(html: str | bytes) -> Any:
    """An lxml tree parsed from the page's own bytes: handing htmldate a tree (never a string)
    guarantees it never mistakes a short page for an address to download."""
    from trafilatura.utils import load_html

    return load_html(html)


def _published(html: str | bytes, url: str | None) -> dt.date | None:
    from htmldate import find_date

    tree = _parse(html)
    if tree is None:
        return None
    # original_date: the date the story was first published, not its last update.
    found = find_date(tree, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    return dt.date.fromisoformat(found) if found else None


def extract_page(html: str | bytes, url: str | None = None) -> Page | None:
    """The page's main text and metadata; None when trafilatura finds no article body."""
    require_html_extra()
    from trafilatura import bare_extraction

    tree = _parse(html)
    if tree is None:
        return None
    document = bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
                               include_images=False, include_links=False)
    if document is None or not (document.text or "").strip():
        return None
    return Page(text=document.text, title=document.title or None, published=_published(html, url),
                url=document.url or url)


def article_from_html(html: str | bytes, article_id: str, *, url: str | None = None, title: str | None = None,
                      published: dt.date | None = None, default_date: dt.date | None = None) -> Any:
    """An :class:`~extract.articles.Article` (or an InputError) from one page. Dates given win over the
    page's; then htmldate's; then the datelines in the extracted text; then ``default_date``."""
    from .articles import Article, find_published, guess_title

    page = extract_page(html, url)
    if page is None:
        return InputError(article_id, "no article text found in the HTML page")
    return Article(
        id=article_id,
        text=page.text,
        title=title or page.title or guess_title(page.text),
        published=published or page.published or find_published(page.text) or default_date,
        url=url or page.url,
    )
