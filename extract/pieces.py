"""Long or pathological articles cut into pieces the pipeline can take, offsets kept.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and some
of its steps (the tokenizer's prefix and suffix search on a run of brackets)
and ours (rules that look left and right of a figure) cost more than linear
time on a run of thousands of blanks, line breaks or punctuation marks. So
before the pipeline sees an article:

* a run of more than ``RUN_CHARS`` non-word characters (blanks, line breaks,
  punctuation; nothing a fact is made of) is left out, except ``RUN_KEEP``
  characters at each end, so the figure or bracket that touches it is kept;
* what remains is cut into pieces of at most ``PIECE_CHARS``, at a paragraph
  break if there is one in the piece's second half, else a line break, a
  sentence end, a space, or (one word of 100,000 letters) anywhere.

Each piece runs as its own document whose facts carry offsets and ids in the
whole text, so ``text[start:end]`` stays the evidence. An ordinary article
(shorter than a piece, no long run) is one piece, the whole text, and runs
exactly as before. What a piece loses is context across a cut: "the mission"
cannot point back to a programme named in an earlier piece.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from .articles import Article
from .records import AnyFact

# A tenth of spaCy's limit: long enough for any real article (news articles are 2-20 KB), short
# enough that a rule's cost on one piece stays small whatever the text is made of.
PIECE_CHARS = 100_000
# Non-word characters in a row beyond which the run is skipped: a rule of "=" under a heading or a
# markdown table's separator line stays well inside it.
RUN_CHARS = 200
# Characters kept at each end of a skipped run: a currency sign before a figure or a bracket after it.
RUN_KEEP = 16
# Only run starts are tried (a run's later characters fail the look-behind at once): linear. The
# look-behind follows the run's first character, so the pattern opens with a character set and the
# regex engine skips word characters without trying the pattern there (a third faster on news text).
_LONG_RUN = re.compile(rf"\W(?<!\W\W)\W{{{RUN_CHARS},}}")
# Where to cut a long piece, best first.
_CUTS = ("\n\n", "\n", ". ", " ")

Span = tuple[int, int]


def split_text(text: str) -> list[Span]:
    """(start, end) of each piece of ``text``, in order; [(0, len(text))] for an ordinary article."""
    if len(text) <= PIECE_CHARS and (not _may_hold_long_run(text) or _LONG_RUN.search(text) is None):
        return [(0, len(text))]
    spans: list[Span] = []
    start = 0
    for run in _LONG_RUN.finditer(text):
        spans.extend(_cut(text, start, run.start() + RUN_KEEP))
        start = run.end() - RUN_KEEP
    spans.extend(_cut(text, start, len(text)))
    # A piece of blanks and marks alone holds no fact: skip it rather than run the pipeline on it.
    return [(s, e) for s, e in spans if not _blank(text, s, e)]


_WORD_CHAR = re.compile(r"\w")
# A run of over RUN_CHARS non-word characters covers a whole block of this many characters that
# starts at a multiple of it (any run of 2 * _BLOCK - 1 does).
_BLOCK = RUN_CHARS // 2


def _may_hold_long_run(text: str) -> bool:
    """False when every block of ``_BLOCK`` characters (at multiples of it) holds a word character:
    then ``text`` holds no long run. One short search per block, each done at the block's first
    words, instead of the run pattern tried at every blank (an eighth of its cost on news text)."""
    return any(_WORD_CHAR.search(text, k, k + _BLOCK) is None for k in range(0, len(text) - _BLOCK + 1, _BLOCK))


def _blank(text: str, start: int, end: int) -> bool:
    return _WORD_CHAR.search(text, start, end) is None


def _cut(text: str, start: int, end: int) -> list[Span]:
    """[start, end) in pieces of at most PIECE_CHARS, each cut at the best break in its second half."""
    spans = []
    while end - start > PIECE_CHARS:
        limit = start + PIECE_CHARS
        cut = limit
        for mark in _CUTS:
            found = text.rfind(mark, start + PIECE_CHARS // 2, limit)
            if found != -1:
                cut = found + len(mark)
                break
        spans.append((start, cut))
        start = cut
    if end > start:
        spans.append((start, end))
    return spans


def facts_in_pieces(extract: Callable[[list[Article]], Iterable[list[AnyFact]]],
                    articles: list[Article]) -> list[list[AnyFact]]:
    """``extract`` (facts per article, in order) run over the pieces of ``articles``; each article's
    facts come back with offsets and ids as if it had run whole: a piece is an Article whose
    ``offset`` says where its text starts, and the facts found in it are built with offsets into
    the whole text (moving them afterwards cost a copy of each)."""
    owners: list[int] = []  # the article each piece is cut from
    pieces: list[Article] = []
    for i, article in enumerate(articles):
        spans = split_text(article.text)
        if spans == [(0, len(article.text))]:
            owners.append(i)
            pieces.append(article)
            continue
        for start, end in spans:
            owners.append(i)
            pieces.append(dataclasses.replace(article, text=article.text[start:end], offset=article.offset + start))
    found: list[list[AnyFact]] = [[] for _ in articles]
    for i, facts in zip(owners, extract(pieces)):
        found[i].extend(facts)
    return found
