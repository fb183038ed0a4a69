"""Running the pipeline over a stream of articles, in this process or in N worker processes.

Output order is input order whatever the number of workers, and only a fixed
number of chunks is in flight at once, so memory stays flat however long the
input stream is (``Pool.imap`` would read the whole input ahead):

* the input is read lazily, ``CHUNK_SIZE`` articles at a time;
* each chunk goes through ``nlp.pipe`` inside a spaCy memory zone (once the
  vocabulary is warm), so the strings and lexemes of its documents are freed
  once its facts are out (a long run would otherwise grow the vocabulary with
  every new word and number);
* with workers, at most ``CHUNKS_IN_FLIGHT_PER_WORKER`` chunks per worker are
  queued, and results are yielded as soon as the oldest chunk is done.

The pipeline is built once per process. Where ``fork`` exists the parent
builds it (which also reports a bad pattern file before any worker starts)
and the workers inherit it; elsewhere each worker builds its own copy.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from .articles import Article, ArticleFile
from .errors import InputError
from .records import AnyFact

if TYPE_CHECKING:
    from spacy.language import Language

# Articles per chunk: one nlp.pipe batch, one task for a worker. Large enough to
# amortise pickling and batching, small enough that output keeps flowing.
CHUNK_SIZE = 64
# Chunks queued per worker: keeps every worker busy without reading far ahead.
CHUNKS_IN_FLIGHT_PER_WORKER = 3
# Lexemes a pipeline's vocabulary gathers before its chunks run in memory zones (see
# extract_chunk): about 2,000 news articles' worth, some 10 MB.
WARM_UP_LEXEMES = 40_000
# The same for a run that holds every fact of the batch in memory anyway (``conflicts``, ``report``):
# a vocabulary of up to some 50 MB is small next to them. Conflicts over the corpus folder (11,139
# files, 88,000 distinct words) then runs no zone at all: 2% less CPU, 24 MB more at its peak.
HOLDING_WARM_UP_LEXEMES = 200_000
_WARMED: WeakKeyDictionary[Language, bool] = WeakKeyDictionary()

# An article, an input that could not be read, or a file to read where the work is done.
Item = Article | InputError | ArticleFile
Outcome = tuple[Article | InputError, list[AnyFact]]


@dataclass(frozen=True)
class PipelineSpec:
    """Everything a worker needs to build the same pipeline as the parent."""

    patterns: tuple[Path, ...] = ()
    model: str | None = None
    batch_size: int = CHUNK_SIZE
    # Acronym -> long form across the whole batch (linking.collect_definitions), as pairs so the spec hashes.
    batch_definitions: tuple[tuple[str, str], ...] = ()
    # Lexemes gathered before chunks run in memory zones (see extract_chunk).
    warm_up_lexemes: int = WARM_UP_LEXEMES

    def build(self) -> Language:
        from .pipeline import build_pipeline

        return build_pipeline(self.patterns, self.model, dict(self.batch_definitions))


@dataclass
class Result:
    """One input's outcome: its facts, or the error that stopped it.

    ``written`` counts facts a cluster worker wrote straight to a part file
    instead of returning them (``facts`` is then empty).
    """

    article: Article | None
    facts: list[AnyFact] = field(default_factory=list)
    error: InputError | None = None
    written: int = 0

    @property
    def fact_count(self) -> int:
        return len(self.facts) + self.written


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def chunks(items: Iterable[Item], size: int = CHUNK_SIZE) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_chunk(nlp: Language, articles: list[Article], batch_size: int = CHUNK_SIZE,
                  warm_up_lexemes: int | None = None) -> list[list[AnyFact]]:
    """Facts of each article, in order.

    Once a pipeline's vocabulary holds ``warm_up_lexemes`` (``WARM_UP_LEXEMES`` by default), its chunks run in a
    spaCy memory zone, which frees everything interned for their docs on return.
    The warm-up chunks run outside one: their words stay in the vocabulary and in
    the tokenizer's cache (which spaCy does not fill inside a zone), so the common
    words of later chunks are neither re-tokenized nor re-created. Memory then
    stays at a fixed amount, set by the number of lexemes rather than by the input.
    On the corpora, a quarter of this warm-up ran 10% slower over 20,000 articles;
    twice it ran 5% faster, but memory then grew 18% from 2,000 to 20,000 articles.
    """
    from .facts import facts_from_articles
    from .pieces import facts_in_pieces

    zone = getattr(nlp, "memory_zone", None)  # spaCy >= 3.8
    # Checked before any zone: inside one, len(vocab) also counts the lexemes a zone freed.
    limit = WARM_UP_LEXEMES if warm_up_lexemes is None else warm_up_lexemes
    warm = _WARMED.get(nlp, False) or len(nlp.vocab) >= limit
    if warm:
        _WARMED[nlp] = True
    with zone() if zone is not None and warm else nullcontext(), collector_paused():
        # Long and pathological articles run in pieces (see pieces.py); ordinary ones whole.
        return facts_in_pieces(lambda pieces: (facts for _, facts in facts_from_articles(nlp, pieces, batch_size)),
                               articles)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a chunk's facts are built, back on (if it was) after.

    Building records allocates only acyclic objects (a fact, its value, evidence and qualifiers),
    but each full collection walks every live object, and a collection comes every so many
    allocations: the cost per fact grew with the facts already built. An article dense with
    figures (50,000 in 256 KB) spent 40% of its time there. The chunk's facts and documents are
    freed by reference counting as usual; any cycle is collected at the first collection after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_chunk(chunk: list[Item], header: bool = True) -> list[Article | InputError]:
    """The chunk with its files read (each becomes its article, or the error reading it); with
    ``header=False`` a file's article is its text alone (see ``ArticleFile.read``)."""
    return [item.read(header) if isinstance(item, ArticleFile) else item for item in chunk]


def process_chunk(nlp: Language, items: list[Article | ArticleFile], spec: PipelineSpec = PipelineSpec()
                  ) -> list[Outcome]:
    """Each item read if it is a file, then extracted: (article or read error, facts), in order."""
    read = read_chunk(list(items))
    facts = iter(extract_chunk(nlp, [a for a in read if isinstance(a, Article)], spec.batch_size,
                               spec.warm_up_lexemes))
    return [(item, next(facts) if isinstance(item, Article) else []) for item in read]


def merge(chunk: list[Item], facts_per_article: Iterable[list[AnyFact]]) -> Iterator[Result]:
    """Put a chunk's errors back between its articles' results."""
    facts = iter(facts_per_article)
    for item in chunk:
        if isinstance(item, InputError):
            yield Result(None, error=item)
        else:
            yield Result(item, next(facts))


def run(items: Iterable[Item], spec: PipelineSpec = PipelineSpec(), workers: int = 1,
        nlp: Language | None = None) -> Iterator[Result]:
    """Facts for every article (or its error), in input order.

    ``workers <= 1`` runs in this process (with ``nlp`` if given). Otherwise
    the worker processes start now, before the first result is asked for, so
    that they are forked before the caller starts any thread (a progress bar).
    """
    if workers <= 1:
        return _run_in_process(items, spec, nlp)
    return _run_in_pool(items, spec, workers, nlp)


def _run_in_process(items: Iterable[Item], spec: PipelineSpec, nlp: Language | None) -> Iterator[Result]:
    pipeline = nlp if nlp is not None else spec.build()
    for chunk in chunks(items, CHUNK_SIZE):
        read = read_chunk(chunk)
        articles = [a for a in read if isinstance(a, Article)]
        yield from merge(read, extract_chunk(pipeline, articles, spec.batch_size, spec.warm_up_lexemes) if articles else ())


# -- worker processes -----------------------------------------------------------------------

_WORKER_NLP: Language | None = None
_WORKER_SPEC: PipelineSpec | None = None


def _worker_signals() -> None:
    """Ctrl-C and a hang-up reach the whole process group: the parent handles them and stops the
    pool. SIGTERM gets its default action back (a forked worker inherits the parent's handler), so
    the parent's terminate() ends a worker at once, even in the middle of a chunk."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _worker_init(spec: PipelineSpec, nlp: Language | None) -> None:
    global _WORKER_NLP, _WORKER_SPEC
    _worker_signals()
    if nlp is None:  # spawned, not forked: build our own copy

        nlp = spec.build()
    _WORKER_SPEC, _WORKER_NLP = spec, nlp


def _worker_run(items: list[Article | ArticleFile]) -> list[Outcome]:
    assert _WORKER_NLP is not None and _WORKER_SPEC is not None
    return process_chunk(_WORKER_NLP, items, _WORKER_SPEC)


def _run_in_pool(items: Iterable[Item], spec: PipelineSpec, workers: int, nlp: Language | None) -> Iterator[Result]:
    forking = "fork" in mp.get_all_start_methods()
    if forking and nlp is None:

        nlp = spec.build()
    ctx = mp.get_context("fork" if forking else "spawn")
    # With fork the initializer's arguments are inherited, not pickled: the workers share the built pipeline.
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init,
                               initargs=(spec, nlp if forking else None))
    pool.submit(os.getpid)  # start (fork) the workers now rather than at the first chunk
    return _ordered_results(pool, items, workers * CHUNKS_IN_FLIGHT_PER_WORKER)


def _ordered_results(pool: ProcessPoolExecutor, items: Iterable[Item], limit: int) -> Iterator[Result]:
    for chunk, outcomes in _in_pool(pool, _worker_run, items, limit):
        yield from _merge_outcomes(chunk, outcomes)


def _in_pool(pool: ProcessPoolExecutor, work: Callable[[list[Any]], list[Any]], items: Iterable[Item],
             limit: int) -> Iterator[tuple[list[Item], list[Any]]]:
    """(chunk, ``work`` on its items that are not read errors), in input order, with at most
    ``limit`` chunks queued; the pool is shut down when the caller is done."""
    pending: deque[tuple[list[Item], Future[Any] | None]] = deque()

    def oldest() -> tuple[list[Item], list[Any]]:
        chunk, future = pending.popleft()
        return chunk, future.result() if future is not None else []

    try:
        for chunk in chunks(items, CHUNK_SIZE):
            todo = [item for item in chunk if not isinstance(item, InputError)]
            pending.append((chunk, pool.submit(work, todo) if todo else None))
            if len(pending) >= limit:
                yield oldest()
        while pending:
            yield oldest()
    except BaseException:
        # Stopped (a signal, the reader gone, an error): end the workers now rather than after
        # their running chunks, which may take long (a large article).
        _end_workers(pool)
        raise
    finally:
        # Queued work dropped (an early exit); the pool's thread finds ended workers gone and cleans up.
        pool.shutdown(wait=True, cancel_futures=True)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """The pool's workers ended at once, even mid-chunk, in a way its shutdown cannot wait on for ever.

    A chunk's result is larger than a pipe holds, so a worker sends it piece by piece while the
    pool's thread reads it. A worker ended mid-send leaves that thread waiting for the rest of the
    message, and ``shutdown(wait=True)`` waiting for that thread: the read never sees an end of
    file, since this process holds the pipe's write end too. So once the workers are gone, that
    end is closed here: the read fails, the pool counts itself broken and shuts down.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)
        if process.exitcode is None:  # SIGTERM not acted on yet (a worker still starting)
            process.kill()
            process.join()
    results = getattr(pool, "_result_queue", None)
    if results is not None:
        results._writer.close()  # no worker is left to write: a read waiting on one ends


def _merge_outcomes(chunk: list[Item], outcomes: list[Outcome]) -> Iterator[Result]:
    """A chunk's results: the parent's read errors in place, the rest as the worker read and extracted them."""
    done = iter(outcomes)
    for item in chunk:
        if isinstance(item, InputError):
            yield Result(None, error=item)
            continue
        read, facts = next(done)
        yield Result(None, error=read) if isinstance(read, InputError) else Result(read, facts)


# -- the --link pre-pass ---------------------------------------------------------------------

def linked_spec(sources: Iterable[Item], spec: PipelineSpec = PipelineSpec(), workers: int = 1) -> PipelineSpec:
    """``spec`` with the batch's acronym table: one pass over ``sources`` (see ``collect_batch_definitions``)."""
    return replace(spec, batch_definitions=tuple(collect_batch_definitions(sources, workers).items()))


def run_linked(sources: Callable[[], Iterable[Item]], spec: PipelineSpec = PipelineSpec(), workers: int = 1,
               link: bool = True) -> Iterator[Result]:
    """What ``newsfacts extract`` and ``conflicts`` run: the batch-wide pre-pass, then ``run``.

    ``sources`` is called once for the pre-pass (acronyms defined anywhere in the batch name the
    same subject everywhere) and once for extraction. Story grouping, the other batch-wide step,
    needs no pass of its own: it is done by ``find_conflicts`` from the story terms on the facts.
    So ``find_conflicts(f for r in run_linked(lambda: article_sources(paths)) for f in r.facts)``
    is what ``newsfacts conflicts paths`` reports.
    """
    if link:
        spec = linked_spec(sources(), spec, workers)
    nlp = spec.build()  # fail fast on bad patterns; forked workers share it
    return run(sources(), spec, workers=workers, nlp=nlp)


def collect_batch_definitions(items: Iterable[Item], workers: int = 1) -> dict[str, str]:
    """``linking.collect_definitions`` over the whole input; with workers, the files are read and
    scanned in worker processes too, since reading is most of this pass."""
    from .linking import collect_definitions, definition_table

    if workers <= 1:
        return collect_definitions(a for chunk in chunks(items) for a in read_chunk(chunk, header=False)
                                   if isinstance(a, Article))
    forking = "fork" in mp.get_all_start_methods()
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork" if forking else "spawn"),
                               initializer=_worker_signals)
    pairs = (pair for _, found in _in_pool(pool, _definitions_of, items, workers * CHUNKS_IN_FLIGHT_PER_WORKER)
             for pair in found)
    return definition_table(pairs)


def _definitions_of(items: list[Article | ArticleFile]) -> list[tuple[str, str]]:
    from .linking import definition_pairs

    return [pair for article in read_chunk(list(items), header=False) if isinstance(article, Article)
            for pair in definition_pairs(article)]
