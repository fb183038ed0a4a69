"""batch.run: the same facts in the same order for 1 or N workers, streaming, bounded memory."""

from __future__ import annotations

import datetime as dt
import os
import pty
import random
import subprocess
import sys
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from extract import batch
from extract.articles import Article, read_articles
from extract.batch import CHUNK_SIZE, CHUNKS_IN_FLIGHT_PER_WORKER, PipelineSpec, Result, run
from extract.cli import app
from extract.errors import InputError, PatternError

from .conftest import ROOT, SAMPLES

runner = CliRunner()

# -- generated articles (our own template sentences; no third-party text) ----------------------------

_ORGS = ["Northwind Mining", "Bluewater Energy", "Harbour Steel", "Crestline Motors", "Sunfield Agritech",
         "Granite Telecom", "Riverside Pharma", "Oakridge Logistics"]
_PLACES = ["Ohio", "Kerala", "Queensland", "Wales", "Ontario", "Gujarat", "Bavaria", "Chile"]
_PROGRAMMES = ["Clean Rivers Mission", "Rural Broadband Scheme", "Battery Storage Initiative",
               "Green Hydrogen Mission", "Skills For Growth Programme"]
_SENTENCES = [
    "{org} said on Monday it would invest ${n} million in a new plant in {place} over {k} years.",
    "Revenue at {org} rose {p}% to £{m}bn in {year}, the company said in a statement.",
    "The {prog}, with an outlay of Rs {c} crore, was approved by the cabinet on {day} {month} {year}.",
    "Shares in {org} fell {p} per cent after it reported a loss of €{n}m for the quarter.",
    "The National Widget Agency (NWA) said exports grew {p}% while imports were worth about ${m} billion.",
    "Under the {prog}, {k} grants worth ${n},{t:03d} each will go to towns in {place}.",
    "Analysts expect {org} to spend nearly ${n}.{k} million on research next year.",
    "Officials in {place} did not give a figure, and the talks will resume in {month}.",
]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def generated_article(i: int) -> Article:
    """One synthetic news story with varied figures, deterministic in ``i``."""
    rng = random.Random(i)
    lines = [f"{rng.choice(_ORGS)} update {i}", ""]
    for _ in range(rng.randint(3, 7)):
        lines.append(rng.choice(_SENTENCES).format(
            org=rng.choice(_ORGS), place=rng.choice(_PLACES), prog=rng.choice(_PROGRAMMES),
            n=rng.randint(2, 950), m=rng.randint(1, 99), c=f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}",
            k=rng.randint(2, 9), t=rng.randint(0, 999), p=round(rng.uniform(0.5, 40), 1),
            year=rng.randint(2015, 2024), day=rng.randint(1, 28), month=rng.choice(_MONTHS)))
    return Article(id=f"generated/{i:05d}.txt", text="\n".join(lines) + "\n",
                   title=lines[0], published=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300))


def generated_articles(n: int, start: int = 0) -> Iterator[Article]:
    return (generated_article(i) for i in range(start, start + n))


def mixed_items(n_generated: int = 150) -> list[Article | InputError]:
    """The samples, generated articles and some read errors, interleaved: many chunks, errors at edges."""
    items: list[Article | InputError] = [InputError("first-missing.txt", "no such file or folder")]
    items += list(read_articles([str(SAMPLES)]))
    for i, article in enumerate(generated_articles(n_generated)):
        items.append(article)
        if i % 37 == 0:
            items.append(InputError(f"missing-{i}.txt", "no such file or folder"))
    items.append(InputError("last-missing.txt", "no such file or folder"))
    return items


def snapshot(results: Iterator[Result]) -> list[tuple[str | None, str | None, list[str]]]:
    """Everything a result says, as plain comparable data."""
    return [(r.article.id if r.article else None, str(r.error) if r.error else None,
             [f.model_dump_json() for f in r.facts]) for r in results]


# -- workers -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def items():
    return mixed_items()


@pytest.fixture(scope="module")
def in_process(items, nlp):
    return snapshot(run(items, workers=1, nlp=nlp))


def test_in_process_results_keep_input_order_and_errors(items, in_process):
    assert len(in_process) == len(items)
    for item, (article_id, error, _) in zip(items, in_process):
        if isinstance(item, InputError):
            assert (article_id, error) == (None, str(item))
        else:
            assert (article_id, error) == (item.id, None)
    assert sum(len(facts) for _, _, facts in in_process) > 300


@pytest.mark.parametrize("workers", [2, 3])
def test_n_workers_give_identical_output_to_one(items, in_process, workers):
    assert snapshot(run(iter(items), workers=workers)) == in_process


def test_in_process_builds_the_pipeline_when_not_given(items, in_process):
    assert snapshot(run(items[:40], workers=1)) == in_process[:40]


def test_cli_workers_n_prints_exactly_what_workers_1_prints():
    one = runner.invoke(app, ["extract", str(SAMPLES), "--workers", "1", "--format", "jsonl"])
    two = runner.invoke(app, ["extract", str(SAMPLES), "--workers", "2", "--format", "jsonl"])
    default = runner.invoke(app, ["extract", str(SAMPLES), "--format", "jsonl"])
    assert one.exit_code == two.exit_code == default.exit_code == 0
    assert one.stdout and one.stdout == two.stdout == default.stdout


def test_cli_conflicts_workers_n_equals_workers_1():
    one = runner.invoke(app, ["conflicts", str(SAMPLES), "--workers", "1", "--format", "json"])
    two = runner.invoke(app, ["conflicts", str(SAMPLES), "--workers", "2", "--format", "json"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and '"values"' in one.stdout


def test_bad_pattern_file_fails_before_any_worker_starts(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"label": "ORG"\n', encoding="utf-8")
    with pytest.raises(PatternError):
        run(iter([]), PipelineSpec(patterns=(tmp_path,)), workers=2)


def test_pipeline_is_built_once_and_forked_workers_share_it(tmp_path, monkeypatch):
    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("workers build their own pipeline where fork is missing")
    import extract.pipeline

    log = tmp_path / "builds"
    real = extract.pipeline.build_pipeline

    def counting(*args, **kwargs):
        with log.open("a") as stream:
            stream.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(extract.pipeline, "build_pipeline", counting)
    results = list(run(generated_articles(4 * CHUNK_SIZE), workers=2))
    assert len(results) == 4 * CHUNK_SIZE
    assert log.read_text().split() == [str(os.getpid())]


# -- streaming and memory ------------------------------------------------------------------------

class _CountingFeed:
    """An endless input that remembers how much was read from it."""

    def __init__(self) -> None:
        self.read = 0

    def __iter__(self) -> Iterator[Article]:
        while True:
            self.read += 1
            yield generated_article(self.read)


@pytest.mark.parametrize("workers", [1, 2])
def test_results_stream_while_the_input_is_still_being_read(nlp, workers):
    feed = _CountingFeed()
    results = run(feed, workers=workers, nlp=nlp)
    first = next(results)
    assert first.article is not None and first.article.id == "generated/00001.txt"
    # Only the chunks in flight have been read, however long the input is.
    assert feed.read <= CHUNK_SIZE * (workers * CHUNKS_IN_FLIGHT_PER_WORKER + 1) + 1
    taken = [next(results) for _ in range(3 * CHUNK_SIZE)]
    assert [r.article.id for r in taken] == [f"generated/{i:05d}.txt" for i in range(2, 2 + 3 * CHUNK_SIZE)]
    results.close()


# Run in a process of its own, so that a shutdown that hangs fails the test instead of hanging it.
_CLOSE_EARLY = """
import faulthandler, multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from extract import batch

def large_answer(items):  # more than a pipe holds: a worker spends a while sending it
    return [bytes(2 << 20)]

if __name__ == "__main__":
    context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    for i in range(16):
        faulthandler.dump_traceback_later(60, exit=True)  # a hang: every thread's stack, exit 1
        pool = ProcessPoolExecutor(2, mp_context=context, initializer=batch._worker_signals)
        stream = batch._in_pool(pool, large_answer, range(10**9), 2 * batch.CHUNKS_IN_FLIGHT_PER_WORKER)
        for _ in range(1 + i % 8):
            next(stream)
        stream.close()
        faulthandler.cancel_dump_traceback_later()
        assert not mp.active_children(), mp.active_children()
    print("closed 16 streams")
"""


def test_closing_the_stream_while_workers_send_results_never_hangs(tmp_path):
    """The stream closed early, many times, at different points, while the workers are sending
    results: the workers are ended mid-send, and the pool's shutdown must still return (it used
    to wait for ever on the rest of a half-sent result)."""
    script = tmp_path / "close_early.py"
    script.write_text(_CLOSE_EARLY, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    try:
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=600)
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"closing the stream hung: {hung.stderr}")
    assert done.returncode == 0 and done.stdout.strip() == "closed 16 streams", done.stderr


def _rss_mb() -> float:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="RSS sampling needs /proc")
def test_memory_does_not_grow_with_the_number_of_articles(nlp):
    """2,000 articles through batch.run: RSS after 2,000 is within a generous bound of RSS after 200."""
    samples: dict[int, float] = {}
    facts = 0
    # Start past the articles other tests used, so every string here is new to the vocabulary.
    for done, result in enumerate(run(generated_articles(2000, start=10_000), workers=1, nlp=nlp), start=1):
        facts += len(result.facts)
        if done in (200, 2000):
            samples[done] = _rss_mb()
    assert done == 2000 and facts > 2000
    assert samples[2000] - samples[200] < 50, samples


# -- the progress bar ----------------------------------------------------------------------------

def _run_with_terminal_stderr(args: list[str], tmp_path) -> tuple[int, str, str]:
    """Run the CLI with stdout to a file and stderr to a pseudo-terminal; return (exit, stdout, stderr)."""
    leader, follower = pty.openpty()
    env = dict(os.environ, COLUMNS="100", TERM="xterm")
    out_path = tmp_path / "stdout.txt"
    with out_path.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "extract", *args], stdout=out, stderr=follower,
                                stdin=subprocess.DEVNULL, env=env)
    os.close(follower)
    err = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        err += chunk
    proc.wait(timeout=120)
    os.close(leader)
    return proc.returncode, out_path.read_text(encoding="utf-8"), err.decode(errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_goes_to_a_terminal_stderr_and_never_to_stdout(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in generated_articles(300):
        (corpus / article.id.split("/")[1]).write_text(article.text, encoding="utf-8")
    code, out, err = _run_with_terminal_stderr(["extract", str(corpus), "--workers", "1", "--format", "jsonl"],
                                               tmp_path)
    assert code == 0
    assert "extracting" in err and "articles/s" in err and "failed" in err
    assert "extracting" not in out and "\x1b" not in out
    assert out.count("\n") > 300 and all(line.startswith("{") for line in out.splitlines())
    code, quiet_out, quiet_err = _run_with_terminal_stderr(
        ["extract", str(corpus), "--workers", "1", "--format", "jsonl", "--quiet"], tmp_path)
    assert code == 0 and quiet_out == out
    assert "extracting" not in quiet_err and quiet_err.strip() == ""


def test_batch_module_does_not_import_dask():
    assert "distributed" not in vars(batch)


def test_after_the_warm_up_chunks_free_their_words_and_give_the_same_facts(monkeypatch):
    """Past WARM_UP_LEXEMES a chunk runs in a memory zone: its new words leave the vocabulary
    afterwards, and its facts are those a pipeline outside any zone finds."""
    cold, warm = PipelineSpec().build(), PipelineSpec().build()
    monkeypatch.setattr(batch, "WARM_UP_LEXEMES", len(warm.vocab) + 1)
    batch.extract_chunk(warm, [generated_article(1)])  # the warm-up chunk: its words stay
    strings = len(warm.vocab.strings)
    zoned = batch.extract_chunk(warm, list(generated_articles(40, start=500)))
    assert len(warm.vocab.strings) == strings
    unzoned = [list(facts) for facts in batch.extract_chunk(cold, list(generated_articles(40, start=500)))]
    assert [f.model_dump_json() for facts in zoned for f in facts] == \
        [f.model_dump_json() for facts in unzoned for f in facts] != []
    assert len(cold.vocab.strings) > strings  # the cold pipeline, still warming up, kept them


def test_a_run_holding_its_facts_warms_up_longer(monkeypatch):
    """``conflicts`` and ``report`` keep every fact anyway: their pipelines gather more words
    before the zones start, so a chunk past the usual warm-up still keeps its words."""
    from extract import cli

    specs = []
    monkeypatch.setattr(batch, "run_linked", lambda sources, spec, **_: specs.append(spec) or iter(()))
    for holding in (False, True):
        list(cli._results(["x.txt"], glob=None, date=None, patterns=[], model=None, workers=1, quiet=True,
                          label="reading", holding=holding))
    assert [s.warm_up_lexemes for s in specs] == [batch.WARM_UP_LEXEMES, batch.HOLDING_WARM_UP_LEXEMES]
    nlp = PipelineSpec().build()
    batch.extract_chunk(nlp, [generated_article(1)], warm_up_lexemes=len(nlp.vocab) + 10**6)
    strings = len(nlp.vocab.strings)
    batch.extract_chunk(nlp, list(generated_articles(5, start=500)), warm_up_lexemes=len(nlp.vocab) + 10**6)
    assert len(nlp.vocab.strings) > strings


# -- files read where they are processed ------------------------------------------------------------

def _folder_with_bad_files(tmp_path):
    from extract.articles import article_sources

    for i, article in enumerate(generated_articles(150)):
        (tmp_path / f"{i:03d}.txt").write_text(article.text, encoding="utf-8")
    (tmp_path / "040-empty.txt").write_text("  \n", encoding="utf-8")  # read in a worker: an error there
    (tmp_path / "090-defines.txt").write_text("The Green Steel Transition Plan (GSTP) starts.", encoding="utf-8")
    (tmp_path / "100-bare.txt").write_text("The GSTP has an outlay of Rs 500 crore.", encoding="utf-8")
    return lambda: article_sources([str(tmp_path), str(tmp_path / "missing.txt")])


def test_files_read_by_workers_give_what_one_process_gives(tmp_path, nlp):
    from extract.articles import ArticleFile

    sources = _folder_with_bad_files(tmp_path)
    assert any(isinstance(item, ArticleFile) for item in sources())
    one = snapshot(run(sources(), workers=1, nlp=nlp))
    assert snapshot(run(sources(), workers=2, nlp=nlp)) == one
    errors = [(article_id, error) for article_id, error, _ in one if error]
    assert errors == [(None, "040-empty.txt: empty article"), (None, f"{tmp_path / 'missing.txt'}: no such file or folder")]


def test_link_pre_pass_in_workers_equals_one_process(tmp_path):
    from extract.linking import collect_definitions

    sources = _folder_with_bad_files(tmp_path)
    expected = collect_definitions(a for a in read_articles([str(tmp_path)]) if isinstance(a, Article))
    assert expected["GSTP"] == "Green Steel Transition Plan"
    assert batch.collect_batch_definitions(sources(), workers=2) == expected
    assert batch.collect_batch_definitions(sources(), workers=1) == expected
