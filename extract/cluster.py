"""The same extraction on a Dask distributed cluster (``pip install 'newsfacts[dask]'``).

The client reads the articles and cuts them into partitions; each partition
is one task. A worker builds the pipeline the first time it sees a spec and
keeps it for every later task (a module-level cache: the module is imported
once per worker process). Only a sliding window of partitions is submitted at
a time, so neither the client nor the scheduler holds the whole corpus, and
results are yielded in input order -- the same stream of ``Result`` objects as
``batch.run``, which is what ``extract`` prints and ``conflicts`` reduces.

With ``output_dir`` the workers write their partition's facts to
``part-NNNNNN.jsonl`` there instead of sending them back (the folder must be
reachable from the workers: a shared filesystem, or a LocalCluster);
concatenating the parts in name order gives the single-process output.
Pattern folders given with ``--patterns`` must likewise exist on the workers.

Dask is imported only when a cluster is asked for.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .articles import Article
from .batch import CHUNK_SIZE, Item, PipelineSpec, Result, chunks, extract_chunk, merge, read_chunk
from .errors import InputError, UsageError
from .records import AnyFact

if TYPE_CHECKING:
    from spacy.language import Language

INSTALL_HINT = "install newsfacts[dask] (pip install 'newsfacts[dask]')"
PART_GLOB = "part-*.jsonl"
# Partitions in flight per worker thread: enough to hide the round trip, bounded for memory.
PARTITIONS_IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "10s"

# -- on the workers ---------------------------------------------------------------------------

_PIPELINES: dict[PipelineSpec, tuple[Language, threading.Lock]] = {}
_PIPELINES_LOCK = threading.Lock()
# How many times this process built each spec's pipeline (the tests check it is once).
BUILDS: Counter[PipelineSpec] = Counter()


def _pipeline(spec: PipelineSpec) -> tuple[Language, threading.Lock]:
    """This worker's pipeline for ``spec``, built on first use; with a lock, as spaCy is not thread-safe."""
    with _PIPELINES_LOCK:
        entry = _PIPELINES.get(spec)
        if entry is None:
            entry = _PIPELINES[spec] = (spec.build(), threading.Lock())
            BUILDS[spec] += 1
        return entry


def extract_partition(articles: list[Article], spec: PipelineSpec) -> list[list[AnyFact]]:
    """Task: the facts of each article in the partition, in order."""
    nlp, lock = _pipeline(spec)
    with lock:
        return extract_chunk(nlp, articles, spec.batch_size, spec.warm_up_lexemes)


def write_partition(articles: list[Article], spec: PipelineSpec, path: str) -> list[int]:
    """Task: write the partition's facts as JSON Lines to ``path`` (atomically); the count per article."""
    facts_per_article = extract_partition(articles, spec)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as stream:
        for facts in facts_per_article:
            for fact in facts:
                stream.write(fact.model_dump_json() + "\n")
    os.replace(tmp, target)
    return [len(facts) for facts in facts_per_article]


def worker_builds() -> dict[str, int]:
    """How often this worker built each pipeline (run through ``Client.run`` by the tests)."""
    return {repr(spec): n for spec, n in BUILDS.items()}


# -- on the client ----------------------------------------------------------------------------

def _connect(scheduler: Any) -> tuple[Any, bool]:
    """A distributed Client for an address (ours to close) or the Client given (the caller's)."""
    try:
        import distributed
    except ImportError:
        raise UsageError(f"--scheduler needs Dask distributed: {INSTALL_HINT}") from None
    if isinstance(scheduler, distributed.Client):
        return scheduler, False
    try:
        return distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False), True
    except (OSError, ValueError) as exc:  # TimeoutError is an OSError
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def prepare_output_dir(path: Path) -> Path:
    """An absolute folder for part files (workers may run elsewhere); refuse to mix with an earlier run's parts."""
    folder = Path(path).resolve()
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{path}: not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.glob(PART_GLOB)):
        raise UsageError(f"{path}: already holds part files from an earlier run; remove them or pick another folder")
    return folder


def run_on_cluster(items: Iterable[Item], spec: PipelineSpec, scheduler: Any, *,
                   partition_size: int = CHUNK_SIZE, output_dir: Path | None = None,
                   window: int | None = None) -> Iterator[Result]:
    """Facts for every article (or its error) in input order, computed on the cluster at ``scheduler``.

    ``scheduler`` is an address ("tcp://host:8786") or a ``distributed.Client``.
    With ``output_dir`` (see ``prepare_output_dir``) facts go to part files and
    each Result carries only their number (``Result.written``).
    Connects right away, so a wrong address fails before any input is read.
    """
    client, owned = _connect(scheduler)
    return _results(client, owned, items, spec, partition_size, output_dir, window)


def _results(client: Any, owned: bool, items: Iterable[Item], spec: PipelineSpec, partition_size: int,
             output_dir: Path | None, window: int | None) -> Iterator[Result]:
    run_id = uuid.uuid4().hex[:12]
    pending: deque[tuple[list[Item], Any]] = deque()
    try:
        if window is None:
            threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
            window = max(2, PARTITIONS_IN_FLIGHT_PER_THREAD * threads)
        parts = 0
        for index, listed in enumerate(chunks(items, partition_size)):
            # Files are read here, by the client: a cluster's workers may not see this machine's disks.
            chunk: list[Item] = list(read_chunk(listed))
            articles = [a for a in chunk if isinstance(a, Article)]
            future = None
            if articles and output_dir is not None:
                path = str(output_dir / f"part-{parts:06d}.jsonl")
                parts += 1
                future = client.submit(write_partition, articles, spec, path,
                                       key=f"newsfacts-write-{run_id}-{index}", pure=False)
            elif articles:
                future = client.submit(extract_partition, articles, spec,
                                       key=f"newsfacts-extract-{run_id}-{index}", pure=False)
            pending.append((chunk, future))
            if len(pending) >= window:
                yield from _gather(*pending.popleft(), written=output_dir is not None)
        while pending:
            yield from _gather(*pending.popleft(), written=output_dir is not None)
    finally:
        for _, future in pending:
            if future is not None:
                future.cancel()
        if owned:
            client.close()


def _gather(chunk: list[Item], future: Any, written: bool) -> Iterator[Result]:
    if future is None:
        return merge(chunk, ())
    outcome = future.result()
    if not written:
        return merge(chunk, outcome)
    counts = iter(outcome)
    return (Result(None, error=item) if isinstance(item, InputError) else Result(item, written=next(counts))
            for item in chunk)
