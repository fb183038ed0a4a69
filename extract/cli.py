"""The newsfacts command line: the only module that prints, shows progress or sets exit codes.

Exit codes: 0 everything read (or the reader of stdout went away); 1 some
inputs failed (the rest were processed), or ``conflicts --fail-on-conflict``
found one; 2 usage error, bad pattern file, unusable ``--output``, or no input
at all; 128 + N when stopped by signal N (SIGINT, SIGTERM, SIGHUP). Data goes to stdout (or ``--output``); messages,
progress and the summary go to stderr.

Heavy imports (spaCy, pydantic models, dateparser) happen inside commands so
that ``newsfacts --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, BinaryIO, NoReturn, Optional, cast

import typer

from . import __version__

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
# Piped input held in memory for the --link pre-pass; beyond this it goes to a temporary file.
STDIN_SPOOL_BYTES = 32 * 2**20

app = typer.Typer(
    name="newsfacts",
    help="Turn folders of news articles into validated facts, and show where the sources disagree.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


class ConflictFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class SchemaRecord(str, Enum):
    fact = "fact"
    conflict = "conflict"


# Options shared by the commands that read articles.
MinConfidenceOpt = Annotated[float, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Report findings at least this confident (0 also shows rounding, other periods, part vs whole, revisions).")]
GlobOpt = Annotated[Optional[str], typer.Option(help="Only files in folders matching this pattern, e.g. '*.txt'.")]
DateOpt = Annotated[Optional[dt.datetime], typer.Option(formats=["%Y-%m-%d"],
                                                        help="Published date for articles that carry none.")]
PatternsOpt = Annotated[list[Path], typer.Option("--patterns", exists=True, file_okay=False,
                                                 help="Folder of extra .jsonl pattern files (repeatable).")]
ModelOpt = Annotated[Optional[str], typer.Option(help="An installed spaCy model to use instead of the blank pipeline.")]
WorkersOpt = Annotated[int, typer.Option(min=0, help="Worker processes (0 = one per core; 1 = in this process).")]
SchedulerOpt = Annotated[Optional[str], typer.Option(
    help="Run on this Dask cluster (tcp://host:8786) instead of local processes; "
         "needs the dask extra: pip install 'newsfacts\\[dask]'.", show_default=False)]
LinkOpt = Annotated[bool, typer.Option(
    "--link/--no-link", help="First read every article for acronym definitions, so an acronym defined in one "
                             "article names the same subject in all.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
FollowLinksOpt = Annotated[bool, typer.Option(
    "--follow-links", help="Follow links in folders that lead outside the folder given (each folder is read once).")]
# At most this many worker processes per core: more only adds memory (each holds a pipeline).
MAX_WORKERS_PER_CORE = 4


def _err(message: str) -> None:
    sys.stderr.write(f"newsfacts: {message}\n")
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsfacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """newsfacts: facts with evidence from news articles, and where the sources disagree."""


def _pick_format(fmt: Optional[OutputFormat], output: Optional[Path]) -> OutputFormat:
    if fmt is not None:
        return fmt
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        return OutputFormat(suffix) if suffix in ("csv", "json", "jsonl") else OutputFormat.jsonl
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl


def _progress(enabled: bool, total: int | None):  # type: ignore[no-untyped-def]
    """A progress bar on stderr, never touching stdout (rich redirects it by default)."""
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.0f} articles/s"), TextColumn("{task.fields[failed]} failed"),
        TimeRemainingColumn(),
        console=Console(stderr=True), transient=True, redirect_stdout=False, redirect_stderr=False,
    )


def _results(inputs: list[str], *, glob: Optional[str], date: Optional[dt.datetime], patterns: list[Path],
             model: Optional[str], workers: int, quiet: bool, label: str, scheduler: Optional[str] = None,
             parts: Optional[Path] = None, link: bool = True,
             follow_links: bool = False, holding: bool = False):  # type: ignore[no-untyped-def]
    """Articles -> results, reporting errors and progress on stderr as they happen. ``holding``: the
    caller keeps every fact of the batch (see ``batch.HOLDING_WARM_UP_LEXEMES``)."""
    import time

    from .articles import STDIN
    from .batch import HOLDING_WARM_UP_LEXEMES, WARM_UP_LEXEMES, PipelineSpec, linked_spec, run_linked

    stdin = _spooled_stdin() if link and STDIN in inputs else None  # read twice when linking

    def sources():  # type: ignore[no-untyped-def]
        if stdin is not None:
            stdin.seek(0)
        return _sources(inputs, glob, date, stdin, follow_links)

    spec = PipelineSpec(patterns=tuple(patterns), model=model,
                        warm_up_lexemes=HOLDING_WARM_UP_LEXEMES if holding else WARM_UP_LEXEMES)
    if scheduler is not None:
        from .cluster import run_on_cluster

        spec = linked_spec(sources(), spec) if link else spec
        results = run_on_cluster(sources(), spec, scheduler, output_dir=parts)
    else:
        results = run_linked(sources, spec, workers=workers, link=link)
    show = not quiet and sys.stderr.isatty()
    total = _count_files(inputs, glob, follow_links) if show else None
    started, done, failed = time.monotonic(), 0, 0
    with _progress(show, total) as progress:
        task = progress.add_task(label, total=total, rate=0.0, failed=0) if progress else None
        for result in results:
            done += 1
            if result.error is not None:
                failed += 1
                _err(f"error: {result.error}")
            elif result.article is not None:
                for warning in result.article.warnings:
                    _err(f"warning: {warning}")
            if progress is not None:
                elapsed = max(time.monotonic() - started, 1e-6)
                progress.update(task, advance=1, rate=done / elapsed, failed=failed)
            yield result


def _spooled_stdin() -> BinaryIO:
    """Standard input copied aside so that it can be read twice: in memory while small, then in a
    temporary file, so a long piped feed does not grow the process."""
    import shutil
    import tempfile

    spool = tempfile.SpooledTemporaryFile(max_size=STDIN_SPOOL_BYTES)
    shutil.copyfileobj(sys.stdin.buffer, spool)
    spool.seek(0)
    return cast(BinaryIO, spool)


def _count_files(inputs: list[str], glob: Optional[str], follow_links: bool = False,
                 stop_at: Optional[int] = None) -> Optional[int]:
    """Articles to read, for the progress bar, counted without keeping the list; None if JSONL or stdin hide it.
    With ``stop_at``, counting ends there (the answer is then "at least stop_at")."""
    from .articles import expand_inputs

    total = 0
    for _, path in expand_inputs(inputs, glob, follow_links):
        if path is None or isinstance(path, Path) and path.suffix.lower() == ".jsonl":
            return None
        total += 1  # a file, or a folder entry that will be reported as an error
        if stop_at is not None and total >= stop_at:
            break
    return total


def _worker_count(requested: int, inputs: list[str], glob: Optional[str], follow_links: bool, quiet: bool) -> int:
    """``--workers`` capped at MAX_WORKERS_PER_CORE per core and at the number of articles (when the
    inputs are files and folders, whose articles are counted up to the cap); a cap asked for is reported."""
    from .batch import default_workers

    cores = default_workers()
    if requested == 0:
        requested = cores
    cap = min(requested, MAX_WORKERS_PER_CORE * cores)
    if cap > 1:
        counted = _count_files(inputs, glob, follow_links, stop_at=cap)
        if counted is not None:
            cap = max(1, min(cap, counted))
    if cap < requested and not quiet and requested != cores:
        why = f"{MAX_WORKERS_PER_CORE} per core" if cap == MAX_WORKERS_PER_CORE * cores else "one per article"
        _err(f"note: --workers {requested} capped at {cap} ({why})")
    return cap


def _sources(inputs: list[str], glob: Optional[str], date: Optional[dt.datetime],
             stdin: Optional[BinaryIO] = None, follow_links: bool = False):  # type: ignore[no-untyped-def]
    """The inputs as batch items: files are listed here and read where they are processed."""
    from .articles import article_sources

    return article_sources(inputs, glob=glob, default_date=date.date() if date else None, stdin=stdin,
                           follow_links=follow_links)


def _parts_folder(output: Optional[Path], scheduler: Optional[str], fmt: OutputFormat) -> Optional[Path]:
    """With --scheduler, an --output folder (existing, or named without a suffix) gets JSONL part files."""
    from .errors import UsageError

    if output is None or not (output.is_dir() or scheduler is not None and not output.suffix):
        return None
    if scheduler is None:
        raise UsageError(f"{output} is a folder: part files need --scheduler; give a file name")
    if fmt is not OutputFormat.jsonl:
        raise UsageError("part files are JSON Lines: drop --format or use --format jsonl")
    from .cluster import prepare_output_dir

    return prepare_output_dir(output)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt, .md, .jsonl), folders, or - for stdin.",
                                                show_default=False)],
    fmt: Annotated[Optional[OutputFormat], typer.Option("--format", "-f",
                   help="Output format. Default: table on a terminal, else jsonl (or from --output's suffix).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (atomically) instead of stdout. "
                      "With --scheduler, a folder (existing, or a name without suffix) gets JSONL part files.")] = None,
    glob: GlobOpt = None,
    date: DateOpt = None,
    patterns: PatternsOpt = [],  # noqa: B006
    model: ModelOpt = None,
    workers: WorkersOpt = 0,
    scheduler: SchedulerOpt = None,
    link: LinkOpt = True,
    quiet: QuietOpt = False,
    follow_links: FollowLinksOpt = False,
) -> None:
    """Extract money, percent, definition and relation facts with their evidence."""
    from .errors import NewsfactsError
    from .output import WRITERS, atomic_output, check_output

    chosen = _pick_format(fmt, output)
    articles = facts_count = failures = 0
    table_facts = []
    try:
        parts = _parts_folder(output, scheduler, chosen)
        if output is not None and not parts:
            check_output(output, inputs)
        n_workers = _worker_count(workers, inputs, glob, follow_links, quiet)
        target = nullcontext(None) if parts else atomic_output(output) if output is not None else nullcontext(sys.stdout)
        with target as stream:
            writer = WRITERS[chosen.value](stream) if chosen is not OutputFormat.table and not parts else None
            for result in _results(inputs, glob=glob, date=date, patterns=patterns, model=model,
                                   workers=n_workers, quiet=quiet, label="extracting", scheduler=scheduler,
                                   parts=parts, link=link, follow_links=follow_links):
                if result.error is not None:
                    failures += 1
                    continue
                articles += 1
                facts_count += result.fact_count
                for fact in result.facts:
                    if writer is not None:
                        writer.write(fact)
                    else:
                        table_facts.append(fact)
            if writer is not None:
                writer.close()
            elif not parts:
                from .render import facts_table, print_renderable

                print_renderable(facts_table(table_facts), stream)
    except NewsfactsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except BrokenPipeError:
        _reader_gone()
    if not quiet:
        _err(f"{articles} articles read, {facts_count} facts, {failures} failed")
    if articles == 0 and failures == 0:
        _err("error: no input articles found (give files, folders or - for stdin)")
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_INPUT_FAILED if failures else EXIT_OK)


def _facts_from_jsonl(sources: list[str], consume: Callable[[Any], None]) -> int:
    """Facts already extracted (``extract | conflicts -``), each passed to ``consume``; a bad line is
    reported, not fatal. Returns the number of bad lines."""
    from pydantic import ValidationError

    from .records import parse_fact_line

    failures = 0
    for source in sources:
        stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
        name = "<stdin>" if source == "-" else source
        with stream if source != "-" else nullcontext(stream):
            for lineno, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    consume(parse_fact_line(line.decode("utf-8")))
                except UnicodeDecodeError as exc:
                    failures += 1
                    _err(f"error: {name}:{lineno}: not valid UTF-8 (byte {exc.start})")
                except ValidationError as exc:
                    failures += 1
                    first = exc.errors()[0]
                    where = ".".join(str(p) for p in first.get("loc", ()))
                    _err(f"error: {name}:{lineno}: not a newsfacts fact ({where or 'line'}: {first['msg']})")
    return failures


def _is_fact_stream(inputs: list[str]) -> bool:
    """'-' or .jsonl files holding facts (with an evidence field) rather than articles."""
    import json

    for source in inputs:
        if source == "-":
            continue
        path = Path(source)
        if path.is_dir() or path.suffix.lower() != ".jsonl" or not path.is_file():
            return False
        with path.open(encoding="utf-8", errors="replace") as stream:
            first = next((line for line in stream if line.strip()), "")
        try:
            obj = json.loads(first) if first else {}
        except json.JSONDecodeError:
            return False
        if not (isinstance(obj, dict) and "evidence" in obj):
            return False
    return True


def _parse_rates(rates: list[str], base: Optional[str]) -> dict[str, float]:
    from .errors import UsageError

    parsed: dict[str, float] = {}
    for item in rates:
        code, _, value = item.partition("=")
        try:
            parsed[code.strip().upper()] = float(value)
        except ValueError:
            raise UsageError(f"--rate {item!r}: expected CUR=VALUE, e.g. USD=83.5") from None
        if len(code.strip()) != 3 or parsed[code.strip().upper()] <= 0:
            raise UsageError(f"--rate {item!r}: expected a 3-letter ISO code and a positive rate")
    if parsed and not base:
        raise UsageError("--rate needs --base: the currency the rates are in (e.g. --base INR)")
    return parsed


@app.command()
def conflicts(
    inputs: Annotated[list[str], typer.Argument(
        help="Article files/folders, or facts from 'extract' (FACTS.jsonl, or - for stdin).", show_default=False)],
    fmt: Annotated[Optional[ConflictFormat], typer.Option("--format", "-f",
                   help="Output format. Default: table on a terminal, else json.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (atomically).",
                                                   dir_okay=False)] = None,
    tolerance: Annotated[float, typer.Option(min=0.0, max=1.0,
                         help="Relative difference under which two exact figures are the same.")] = 0.01,
    fail_on_conflict: Annotated[bool, typer.Option("--fail-on-conflict", help="Exit 1 if any conflict is found.")] = False,
    rate: Annotated[list[str], typer.Option("--rate", metavar="CUR=VALUE",
                    help="Exchange rate: one unit of CUR in --base currency, e.g. USD=83.5 (repeatable).")] = [],  # noqa: B006
    base: Annotated[Optional[str], typer.Option(help="Currency the --rate values are in, e.g. INR.")] = None,
    min_confidence: MinConfidenceOpt = 0.5,
    glob: GlobOpt = None,
    date: DateOpt = None,
    patterns: PatternsOpt = [],  # noqa: B006
    model: ModelOpt = None,
    workers: WorkersOpt = 0,
    scheduler: SchedulerOpt = None,
    link: LinkOpt = True,
    quiet: QuietOpt = False,
    follow_links: FollowLinksOpt = False,
) -> None:
    """Show every figure, acronym or date on which the articles disagree."""
    from .conflicts import CONFLICT_ADAPTER, ConflictFinder
    from .errors import NewsfactsError
    from .output import check_output

    chosen = fmt or (ConflictFormat.table if sys.stdout.isatty() and output is None else ConflictFormat.json)
    failures = 0
    articles: int | None = None
    try:
        # A reduction over the fact stream: only what comparison needs is kept.
        finder = ConflictFinder(tolerance, _parse_rates(rate, base), base.upper() if base else None, min_confidence)
        if output is not None:
            check_output(output, inputs)
        if inputs and _is_fact_stream(inputs):
            failures = _facts_from_jsonl(inputs, finder.add)
        else:
            articles = 0
            n_workers = _worker_count(workers, inputs, glob, follow_links, quiet)
            for result in _results(inputs, glob=glob, date=date, patterns=patterns, model=model,
                                   workers=n_workers, quiet=quiet, label="reading", scheduler=scheduler,
                                   link=link, follow_links=follow_links, holding=True):
                if result.error is not None:
                    failures += 1
                else:
                    articles += 1
                    finder.update(result.facts)
        report = finder.report(articles)
        from .output import atomic_output

        target = atomic_output(output) if output is not None else nullcontext(sys.stdout)
        with target as stream:
            if chosen is ConflictFormat.table:
                from .render import conflicts_report, print_renderable

                print_renderable(conflicts_report(report), stream)
            elif chosen is ConflictFormat.jsonl:
                for conflict in report.conflicts:
                    stream.write(conflict.model_dump_json() + "\n")
            else:
                stream.write(CONFLICT_ADAPTER.dump_json(report.conflicts, indent=2).decode() + "\n")
            stream.flush()
    except NewsfactsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except BrokenPipeError:
        _reader_gone()
    if not quiet:
        _err(f"{report.articles} articles, {report.stories} stories, {report.facts} facts, "
             f"{report.groups_compared} groups compared, {len(report.real_conflicts)} conflicts, "
             + (f"{len(report.awaiting_date)} awaiting a reference date, " if report.awaiting_date else "")
             + f"{report.below_confidence} findings under --min-confidence, {failures} failed")
    if report.facts == 0 and failures == 0 and not articles:
        _err("error: no input found (give article files, folders, facts JSONL, or - for stdin)")
        raise typer.Exit(EXIT_USAGE)
    if failures or (fail_on_conflict and report.real_conflicts):
        raise typer.Exit(EXIT_INPUT_FAILED)
    raise typer.Exit(EXIT_OK)


@app.command()
def schema(
    record: Annotated[SchemaRecord, typer.Argument(help="Which record's schema: fact or conflict.")] = SchemaRecord.fact,
) -> None:
    """Print the JSON Schema of the records newsfacts writes."""
    import json

    if record is SchemaRecord.fact:
        from .records import FACT_ADAPTER as adapter
    else:
        from .conflicts import CONFLICT_ADAPTER as adapter
    try:
        sys.stdout.write(json.dumps(adapter.json_schema(), indent=2) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_gone()


def _reader_gone() -> NoReturn:
    """The reader of stdout (head, jq | head) went away: a normal end, as for any Unix tool. stdout
    then points at /dev/null, so the flush at exit has nowhere to fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(EXIT_OK)


class Stopped(BaseException):
    """A stop signal arrived. A BaseException, like KeyboardInterrupt, so that no ``except Exception``
    swallows it on the way out, while every ``finally`` (worker pools, the temporary output file) runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# SIGINT (Ctrl-C), SIGTERM (kill, a container runtime, a supervisor) and SIGHUP (the terminal went
# away) all end a run the same way: workers stopped, temporary output removed, exit 128 + signal.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _on_stop_signal(signum: int, frame: Any) -> None:
    for sig in STOP_SIGNALS:  # a second signal must not interrupt the clean-up
        signal.signal(sig, signal.SIG_IGN)
    raise Stopped(signum)


# Options of `report` that mean what they mean for `conflicts`.
ToleranceOpt = Annotated[float, typer.Option(min=0.0, max=1.0,
                                             help="Relative difference under which two exact figures are the same.")]
RateOpt = Annotated[list[str], typer.Option("--rate", metavar="CUR=VALUE",
                                            help="Exchange rate: one unit of CUR in --base currency (repeatable).")]
BaseOpt = Annotated[Optional[str], typer.Option(help="Currency the --rate values are in, e.g. INR.")]


@app.command()
def report(
    inputs: Annotated[list[str], typer.Argument(
        help="Article files/folders, or facts from 'extract' (FACTS.jsonl, or - for stdin).", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", dir_okay=False,
                                                   help="Write the HTML here (atomically); default: stdout.")] = None,
    title: Annotated[str, typer.Option(help="The report's heading.")] = "newsfacts report",
    tolerance: ToleranceOpt = 0.01,
    rate: RateOpt = [],  # noqa: B006
    base: BaseOpt = None,
    glob: GlobOpt = None,
    date: DateOpt = None,
    patterns: PatternsOpt = [],  # noqa: B006
    model: ModelOpt = None,
    workers: WorkersOpt = 0,
    link: LinkOpt = True,
    quiet: QuietOpt = False,
    follow_links: FollowLinksOpt = False,
    min_confidence: MinConfidenceOpt = 0.5,
) -> None:
    """Write one self-contained HTML evidence report: conflicts side by side, then every article with its facts marked."""
    from .articles import Article
    from .batch import default_workers
    from .conflicts import ConflictFinder
    from .errors import NewsfactsError
    from .output import atomic_output
    from .report import render_report

    facts: list[Any] = []
    articles: list[Article] = []
    failed: list[str] = []
    bad_lines = 0
    try:
        finder = ConflictFinder(tolerance, _parse_rates(rate, base), base.upper() if base else None, min_confidence)

        def keep(fact: Any) -> None:
            facts.append(fact)
            finder.add(fact)

        if inputs and _is_fact_stream(inputs):
            bad_lines = _facts_from_jsonl(inputs, keep)
        else:
            n_workers = default_workers() if workers == 0 else workers
            for result in _results(inputs, glob=glob, date=date, patterns=patterns, model=model,
                                   workers=n_workers, quiet=quiet, label="reading", link=link,
                                   follow_links=follow_links, holding=True):
                if result.error is not None:
                    failed.append(str(result.error))
                elif result.article is not None:
                    articles.append(result.article)
                    for fact in result.facts:
                        keep(fact)
        if not facts and not articles and not failed and not bad_lines:
            _err("error: no input found (give article files, folders, facts JSONL, or - for stdin)")
            raise typer.Exit(EXIT_USAGE)
        found = finder.report(len(articles) if articles else None)
        html = render_report(facts, articles, found, title=title, failures=failed)
        with atomic_output(output) if output is not None else nullcontext(sys.stdout) as stream:
            stream.write(html)
    except NewsfactsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if not quiet:
        _err(f"{found.articles} articles, {found.facts} facts, {len(found.real_conflicts)} conflicts"
             + (f"; report written to {output}" if output is not None else ""))
    raise typer.Exit(EXIT_INPUT_FAILED if failed or bad_lines else EXIT_OK)


@app.command()
def text(
    source: Annotated[str, typer.Argument(help="One article file (.txt, .md, .html, .htm, .jsonl) or - for stdin.",
                                          show_default=False)],
    article_id: Annotated[Optional[str], typer.Option("--id", help="Which article, when SOURCE holds several.")] = None,
) -> None:
    """Print an article's text exactly as newsfacts reads it (a web page's extracted text): evidence offsets index it."""
    from .articles import read_articles
    from .errors import InputError, NewsfactsError

    chosen: list[Any] = []
    try:
        for item in read_articles([source]):
            if isinstance(item, InputError):
                if article_id is None:
                    _err(f"error: {item}")
                    raise typer.Exit(EXIT_INPUT_FAILED)
                continue
            if article_id is None or item.id == article_id:
                chosen.append(item)
            if len(chosen) > (0 if article_id is not None else 1):
                break
    except NewsfactsError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if not chosen:
        _err(f"error: {source}: no article" + (f" with id {article_id!r}" if article_id is not None else ""))
        raise typer.Exit(EXIT_USAGE)
    if len(chosen) > 1:
        _err(f"error: {source} holds more than one article: pick one with --id")
        raise typer.Exit(EXIT_USAGE)
    sys.stdout.buffer.write(chosen[0].text.encode("utf-8"))  # bytes: no newline translation, nothing added
    sys.stdout.flush()


def main() -> None:
    for sig in STOP_SIGNALS:
        signal.signal(sig, _on_stop_signal)
    try:
        app()
    except Stopped as stop:
        import multiprocessing

        for child in multiprocessing.active_children():  # any pool the unwinding did not stop
            child.terminate()
        _err(f"stopped by {signal.Signals(stop.signum).name}")
        sys.exit(128 + stop.signum)


if __name__ == "__main__":
    main()
