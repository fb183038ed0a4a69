"""Running the pipeline over a stream of articles, in this process or in N worker processes.

Output order is input order whatever the number of workers, and only a fixed
number of chunks is in flight at once, so memory stays flat however long the
input stream is (``Pool.imap`` would read the whole input ahead).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .articles import Article
from .errors import InputError
from .records import AnyFact

# Articles per task sent to a worker: large enough to amortise pickling and
# nlp.pipe batching, small enough that output keeps flowing.
CHUNK_SIZE = 32
# Chunks queued per worker: keeps every worker busy without reading ahead.
CHUNKS_IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class PipelineSpec:
    """Everything a worker needs to build the same pipeline as the parent."""

    patterns: tuple[Path, ...] = ()
    model: str | None = None
    batch_size: int = 64


@dataclass
class Result:
    """One input's outcome: its facts, or the error that stopped it."""

    article: Article | None
    facts: list[AnyFact] = field(default_factory=list)
    error: InputError | None = None


_WORKER_NLP = None
_WORKER_SPEC: PipelineSpec | None = None


def _worker_init(spec: PipelineSpec) -> None:
    global _WORKER_NLP, _WORKER_SPEC
    from .pipeline import build_pipeline

    _WORKER_SPEC = spec
    _WORKER_NLP = build_pipeline(spec.patterns, spec.model)


def _worker_run(articles: list[Article]) -> list[list[AnyFact]]:
    from .facts import facts_from_articles

    assert _WORKER_NLP is not None and _WORKER_SPEC is not None
    return [facts for _, facts in facts_from_articles(_WORKER_NLP, articles, _WORKER_SPEC.batch_size)]


def _chunks(items: Iterable[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run(items: Iterable[Article | InputError], spec: PipelineSpec = PipelineSpec(), workers: int = 1,
        nlp: object | None = None) -> Iterator[Result]:
    """Facts for every article (or its error), in input order."""
    if workers <= 1:
        yield from _run_in_process(items, spec, nlp)
    else:
        yield from _run_in_pool(items, spec, workers)


def _run_in_process(items: Iterable[Article | InputError], spec: PipelineSpec, nlp: object | None) -> Iterator[Result]:
    from .facts import facts_from_articles
    from .pipeline import build_pipeline

    pipeline = nlp if nlp is not None else build_pipeline(spec.patterns, spec.model)
    for chunk in _chunks(items, CHUNK_SIZE):
        articles = [a for a in chunk if isinstance(a, Article)]
        results = iter(facts_from_articles(pipeline, articles, spec.batch_size))  # type: ignore[arg-type]
        for item in chunk:
            if isinstance(item, InputError):
                yield Result(None, error=item)
            else:
                _, facts = next(results)
                yield Result(item, facts)


def _run_in_pool(items: Iterable[Article | InputError], spec: PipelineSpec, workers: int) -> Iterator[Result]:
    # fork shares the parent's imported modules; spawn is the portable fallback.
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(workers, initializer=_worker_init, initargs=(spec,)) as pool:
        pending: deque[tuple[list[Article | InputError], object]] = deque()
        limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
        for chunk in _chunks(items, CHUNK_SIZE):
            articles = [a for a in chunk if isinstance(a, Article)]
            pending.append((chunk, pool.apply_async(_worker_run, (articles,))))
            if len(pending) >= limit:
                yield from _drain(pending.popleft())
        while pending:
            yield from _drain(pending.popleft())


def _drain(entry: tuple[list[Article | InputError], object]) -> Iterator[Result]:
    chunk, async_result = entry
    facts_per_article = iter(async_result.get())  # type: ignore[attr-defined]
    for item in chunk:
        if isinstance(item, InputError):
            yield Result(None, error=item)
        else:
            yield Result(item, next(facts_per_article))
