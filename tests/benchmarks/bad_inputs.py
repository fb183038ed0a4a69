"""Bad inputs and faults a real folder or operator produces, each run through the CLI.

Usage::

    python tests/benchmarks/bad_inputs.py [--only SUBSTRING] [--verbose]

Every case builds its inputs in a fresh temporary folder, runs ``python -m extract``
with a timeout (a hang is a failure, not a stuck script) and checks what a user
would: the exit code, one clear line on stderr instead of a traceback, the other
inputs' facts still written, offsets still exact. It prints one line per case
and the pass count, so a change can be measured before and after.

This is a script, not a test (pytest never collects it): several cases need
seconds and the quadratic ones would need minutes when they fail. The tests in
``tests/test_limits.py`` and friends pin each class in the suite. Cases that
need a non-root user (an unreadable folder) run the CLI as ``nobody`` through
``setpriv`` when this script runs as root, and are skipped when that is not
possible.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
PYTHON = sys.executable
ARTICLE = ("NEW DELHI: The Cabinet approved the Green Steel Mission with an outlay of Rs 4,250 crore "
           "on Tuesday, and officials said 12% of it would go to research.\n\n")


@dataclass
class Run:
    rc: int | None  # None: timed out (killed)
    out: str
    err: str
    seconds: float

    @property
    def clean(self) -> bool:
        return self.rc is not None and "Traceback" not in self.err

    def facts(self) -> list[dict]:
        rows = []
        for line in self.out.splitlines():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                pass
        return rows


def cli(args: list[str], cwd: Path, *, stdin: bytes | None = None, timeout: float = 60,
        user: bool = False) -> Run:
    cmd = [PYTHON, "-m", "extract", *args]
    if user:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(cwd)}
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
        rc: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        rc = None
    return Run(rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), time.monotonic() - started)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def one_error_line(run: Run, name: str) -> bool:
    lines = [line for line in run.err.splitlines() if "error" in line and name in line]
    return len(lines) == 1


def ok_article(tmp: Path, name: str = "good.txt") -> Path:
    return write(tmp / name, ARTICLE)


def has_good_facts(run: Run) -> bool:
    return any(f.get("value", {}).get("amount") == 42_500_000_000.0 for f in run.facts())


# -- the cases ----------------------------------------------------------------------------
# Each takes a temporary folder and returns (passed, detail).

Case = Callable[[Path], tuple[bool, str]]
CASES: dict[str, tuple[str, Case]] = {}


def case(klass: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        CASES[fn.__name__] = (klass, fn)
        return fn
    return register


def _verdict(run: Run, ok: bool) -> tuple[bool, str]:
    detail = f"rc={run.rc} {run.seconds:.1f}s"
    if not run.clean:
        detail += " TIMEOUT" if run.rc is None else " traceback"
    tail = [line for line in run.err.strip().splitlines() if line][-1:] if run.err.strip() else []
    return ok and run.clean, detail + (f" | {tail[0][:110]}" if tail else "")


@case("1 size")
def big_1mb_word(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    write(tmp / "big.txt", "a" * 1_000_001)
    run = cli(["extract", "good.txt", "big.txt", "--workers", "1", "-q"], tmp, timeout=120)
    return _verdict(run, run.rc == 0 and has_good_facts(run))


@case("1 size")
def big_1mb_output(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    write(tmp / "big.txt", "a" * 1_000_001)
    run = cli(["extract", "good.txt", "big.txt", "--workers", "1", "-q", "-o", "out.jsonl"], tmp, timeout=120)
    written = (tmp / "out.jsonl").exists() and "42500000000.0" in (tmp / "out.jsonl").read_text()
    return _verdict(run, run.rc == 0 and written)


@case("1 size")
def big_article_offsets(tmp: Path) -> tuple[bool, str]:
    text = ARTICLE * 8_000  # ~1.2 MB of real sentences
    write(tmp / "long.txt", text)
    run = cli(["extract", "long.txt", "--workers", "1", "-q"], tmp, timeout=240)
    facts = run.facts()
    exact = all(text[f["evidence"]["start"]:f["evidence"]["end"]] == f["value"]["text"]
                for f in facts if f["kind"] in ("money", "percent"))
    late = any(f["evidence"]["start"] > 1_000_000 for f in facts)
    return _verdict(run, run.rc == 0 and exact and late and len({f["id"] for f in facts}) == len(facts))


@case("1 size")
def big_jsonl_10mb(tmp: Path) -> tuple[bool, str]:
    body = ("Officials said the fund would get Rs 5 crore more. " * 200 + "\n\n") * 1_000  # ~10 MB
    lines = [json.dumps({"id": "big", "text": body}), json.dumps({"id": "small", "text": ARTICLE})]
    write(tmp / "feed.jsonl", "\n".join(lines) + "\n")
    run = cli(["extract", "feed.jsonl", "--workers", "1", "-q", "--no-link"], tmp, timeout=400)
    docs = {f["evidence"]["doc"] for f in run.facts()}
    return _verdict(run, run.rc == 0 and docs == {"big", "small"})


@case("1 size")
def big_50mb_file(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    with open(tmp / "huge.txt", "wb") as fh:
        fh.write(b"word " * 10_000_000)
    run = cli(["extract", "good.txt", "huge.txt", "--workers", "1", "-q"], tmp, timeout=120)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "huge.txt"))


def _timed_shape(tmp: Path, text: str, limit: float) -> tuple[bool, str]:
    ok_article(tmp)
    write(tmp / "shape.txt", text)
    run = cli(["extract", "good.txt", "shape.txt", "--workers", "1", "-q", "--no-link"], tmp, timeout=limit)
    return _verdict(run, run.rc == 0 and has_good_facts(run))


@case("2 time")
def digit_groups_12k(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "123 " * 3_000, 15)


@case("2 time")
def blank_lines_after_figure(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "It got Rs 289 crore." + "\n" * 20_000 + "The end.", 15)


@case("2 time")
def spaces_after_crore(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "It got 289 crore" + " " * 25_000 + "more.", 15)


@case("2 time")
def open_parens_20k(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "Rs 5 crore " + "(" * 20_000, 15)


@case("2 time")
def mixed_punct_run(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "Rs 5 crore " + "([{-" * 10_000 + " end.", 15)


@case("2 time")
def dots_run(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "Rs 5 crore" + "." * 50_000 + " end.", 15)


@case("2 time")
def dense_rs_repeats(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "Rs 5 " * 40_000, 25)  # 200 KB


@case("2 time")
def percent_sentence_100k(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "The share rose 5% and " * 4_500 + "ended.", 25)  # 100 KB, one sentence


@case("2 time")
def tabs_and_crlf_run(tmp: Path) -> tuple[bool, str]:
    return _timed_shape(tmp, "It got Rs 289 crore" + "\t\r\n" * 20_000 + "end.", 15)


@case("3 per input")
def unreadable_subfolder(tmp: Path) -> tuple[bool, str]:
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        return True, "skipped (root, no setpriv)"
    feed = tmp / "feed"
    write(feed / "a.txt", ARTICLE)
    write(feed / "locked" / "b.txt", ARTICLE)
    for p in (tmp, feed):
        p.chmod(0o755)
    (feed / "a.txt").chmod(0o644)
    (feed / "locked").chmod(0o000)
    run = cli(["extract", str(feed), "--workers", "1", "-q"], tmp, timeout=60, user=os.geteuid() == 0)
    (feed / "locked").chmod(0o755)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "locked"))


@case("3 per input")
def symlink_loop_in_folder(tmp: Path) -> tuple[bool, str]:
    feed = tmp / "feed"
    write(feed / "a.txt", ARTICLE)
    (feed / "sub").mkdir()
    (feed / "sub" / "up").symlink_to("..")
    (feed / "self").symlink_to("self")
    run = cli(["extract", "feed", "--workers", "1", "-q"], tmp, timeout=60)
    docs = [f["evidence"]["doc"] for f in run.facts() if f["kind"] == "money"]
    return _verdict(run, run.rc in (0, 1) and docs == ["a.txt"])


@case("3 per input")
def symlink_out_of_folder(tmp: Path) -> tuple[bool, str]:
    write(tmp / "outside" / "x.txt", ARTICLE)
    write(tmp / "feed" / "a.txt", ARTICLE)
    (tmp / "feed" / "link").symlink_to(tmp / "outside")
    plain = cli(["extract", "feed", "--workers", "1", "-q"], tmp, timeout=60)
    follow = cli(["extract", "feed", "--workers", "1", "-q", "--follow-links"], tmp, timeout=60)
    docs = {f["evidence"]["doc"] for f in plain.facts()}
    docs_follow = {f["evidence"]["doc"] for f in follow.facts()}
    ok = docs == {"a.txt"} and docs_follow == {"a.txt", "link/x.txt"} and follow.clean
    return _verdict(plain, ok)


@case("3 per input")
def symlink_loop_named(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    (tmp / "loop.txt").symlink_to("loop.txt")
    run = cli(["extract", "good.txt", "loop.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "loop.txt"))


@case("3 per input")
def deep_json_line(tmp: Path) -> tuple[bool, str]:
    lines = ["[" * 100_000, json.dumps({"id": "ok", "text": ARTICLE}), '{"text": ' + "[" * 100_000]
    write(tmp / "feed.jsonl", "\n".join(lines) + "\n")
    run = cli(["extract", "feed.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    errors = [line for line in run.err.splitlines() if "feed.jsonl:" in line]
    return _verdict(run, run.rc == 1 and has_good_facts(run) and len(errors) == 2)


@case("3 per input")
def deep_json_stdin(tmp: Path) -> tuple[bool, str]:
    run = cli(["extract", "-", "--workers", "1", "-q"], tmp, stdin=b"{" * 100_000, timeout=30)
    return _verdict(run, run.rc in (0, 1))


@case("3 per input")
def deep_json_stdin_lines(tmp: Path) -> tuple[bool, str]:
    data = (json.dumps({"text": ARTICLE}) + "\n" + "[" * 100_000 + "\n").encode()
    run = cli(["extract", "-", "--workers", "1", "-q"], tmp, stdin=data, timeout=30)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "<stdin>:2"))


@case("3 per input")
def lone_surrogate(tmp: Path) -> tuple[bool, str]:
    lines = ['{"id": "bad", "text": "It got Rs 5 crore \\ud800 today."}', json.dumps({"id": "ok", "text": ARTICLE})]
    write(tmp / "feed.jsonl", "\n".join(lines) + "\n")
    run = cli(["extract", "feed.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "feed.jsonl:1"))


@case("3 per input")
def lone_surrogate_workers(tmp: Path) -> tuple[bool, str]:
    lines = ['{"id": "bad", "text": "It got Rs 5 crore \\udfff today."}', json.dumps({"id": "ok", "text": ARTICLE})]
    write(tmp / "feed.jsonl", "\n".join(lines) + "\n")
    run = cli(["extract", "feed.jsonl", "--workers", "2", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 1 and has_good_facts(run))


def _facts_file(tmp: Path) -> Path:
    run = cli(["extract", str(SAMPLES), "--workers", "1", "-q", "-o", "facts.jsonl"], tmp, timeout=120)
    assert run.rc == 0, run.err
    return tmp / "facts.jsonl"


@case("3 per input")
def conflicts_invalid_utf8(tmp: Path) -> tuple[bool, str]:
    facts = _facts_file(tmp)
    data = facts.read_bytes().splitlines(keepends=True)
    data.insert(2, b'{"kind": "money", "evidence": "\xff\xfe bad"}\n')
    facts.write_bytes(b"".join(data))
    run = cli(["conflicts", "facts.jsonl", "-q", "--format", "json"], tmp, timeout=60)
    return _verdict(run, run.rc == 1 and one_error_line(run, "facts.jsonl:3") and run.out.strip().startswith("["))


@case("3 per input")
def fifo_named(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    os.mkfifo(tmp / "pipe.txt")
    run = cli(["extract", "good.txt", "pipe.txt", "--workers", "1", "-q"], tmp, timeout=20)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "pipe.txt"))


@case("3 per input")
def fifo_named_workers(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    os.mkfifo(tmp / "pipe.txt")
    run = cli(["extract", "good.txt", "pipe.txt", "--workers", "2", "-q"], tmp, timeout=20)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "pipe.txt"))


@case("3 per input")
def fifo_in_folder(tmp: Path) -> tuple[bool, str]:
    write(tmp / "feed" / "a.txt", ARTICLE)
    os.mkfifo(tmp / "feed" / "pipe.txt")
    run = cli(["extract", "feed", "--workers", "1", "-q"], tmp, timeout=20)
    return _verdict(run, run.rc in (0, 1) and has_good_facts(run))


@case("3 per input")
def fifo_jsonl(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    os.mkfifo(tmp / "pipe.jsonl")
    run = cli(["extract", "good.txt", "pipe.jsonl", "--workers", "1", "-q"], tmp, timeout=20)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "pipe.jsonl"))


@case("3 per input")
def missing_file(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    run = cli(["extract", "good.txt", "nope.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "nope.txt"))


@case("3 per input")
def conflicts_missing_facts_file(tmp: Path) -> tuple[bool, str]:
    _facts_file(tmp)
    run = cli(["conflicts", "facts.jsonl", "gone.jsonl", "-q", "--format", "json"], tmp, timeout=120)
    return _verdict(run, run.rc == 1 and one_error_line(run, "gone.jsonl"))


@case("4 encoding")
def utf16_le_bom(tmp: Path) -> tuple[bool, str]:
    write(tmp / "u16.txt", b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    run = cli(["extract", "u16.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run) and "warning" not in run.err)


@case("4 encoding")
def utf16_be_bom(tmp: Path) -> tuple[bool, str]:
    write(tmp / "u16.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be"))
    run = cli(["extract", "u16.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run) and "warning" not in run.err)


@case("4 encoding")
def utf32_le_bom(tmp: Path) -> tuple[bool, str]:
    write(tmp / "u32.txt", b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"))
    run = cli(["extract", "u32.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run) and "warning" not in run.err)


@case("4 encoding")
def utf16_jsonl(tmp: Path) -> tuple[bool, str]:
    line = json.dumps({"id": "ok", "text": ARTICLE}) + "\n"
    write(tmp / "feed.jsonl", b"\xff\xfe" + (line * 2).encode("utf-16-le"))
    run = cli(["extract", "feed.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run))


@case("4 encoding")
def utf16_stdin(tmp: Path) -> tuple[bool, str]:
    run = cli(["extract", "-", "--workers", "1", "-q"], tmp, stdin=b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
              timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run))


@case("4 encoding")
def cp1252_fallback(tmp: Path) -> tuple[bool, str]:
    write(tmp / "old.txt", ARTICLE.replace("said", "said \u201cthis\u201d").encode("cp1252"))
    run = cli(["extract", "old.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run) and "cp1252" in run.err)


def _signal_case(tmp: Path, sig: int, code: int, output: bool) -> tuple[bool, str]:
    feed = tmp / "feed"
    for i in range(3_000):
        write(feed / f"{i:05d}.txt", ARTICLE * 30)  # some 60 s of work: the signal comes mid-run
    args = [PYTHON, "-m", "extract", "extract", "feed", "--workers", "2", "-q", "--no-link"]
    if output:
        args += ["-o", "out.jsonl"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(args, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    time.sleep(6)
    children = _children(proc.pid)
    started = time.monotonic()
    proc.send_signal(sig)  # to the parent only, as kill(1) or a supervisor does
    try:
        _, err = proc.communicate(timeout=20)
        rc: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        rc = None
    time.sleep(0.5)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists() and _state(pid) != "Z"]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    leftovers = [p.name for p in tmp.iterdir() if p.name.endswith(".part")]
    text = err.decode("utf-8", "replace")
    lines = [line for line in text.splitlines() if line.strip()]
    run = Run(rc, "", text, time.monotonic() - started)
    ok = rc == code and not alive and not leftovers and len(lines) == 1 and len(children) >= 2
    detail_ok, detail = _verdict(run, ok)
    return detail_ok, f"{detail} children={len(children)} alive_after={len(alive)} part={leftovers}"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


@case("5 signals")
def sigterm_output(tmp: Path) -> tuple[bool, str]:
    return _signal_case(tmp, signal.SIGTERM, 143, True)


@case("5 signals")
def sighup_stdout(tmp: Path) -> tuple[bool, str]:
    return _signal_case(tmp, signal.SIGHUP, 129, False)


@case("5 signals")
def sigint_output(tmp: Path) -> tuple[bool, str]:
    return _signal_case(tmp, signal.SIGINT, 130, True)


def _closed_pipe(tmp: Path, args: list[str]) -> tuple[bool, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    proc = subprocess.Popen([PYTHON, "-m", "extract", *args], cwd=tmp, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader is gone, as with | head -1
    try:
        err = proc.stderr.read() if proc.stderr else b""
        rc: int | None = proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc, err = None, b""
    run = Run(rc, "", err.decode("utf-8", "replace"), time.monotonic() - started)
    return _verdict(run, rc == 0 and not run.err.strip())


@case("5 signals")
def pipe_conflicts_json(tmp: Path) -> tuple[bool, str]:
    return _closed_pipe(tmp, ["conflicts", str(SAMPLES), "--format", "json", "-q", "--workers", "1"])


@case("5 signals")
def pipe_conflicts_jsonl(tmp: Path) -> tuple[bool, str]:
    return _closed_pipe(tmp, ["conflicts", str(SAMPLES), "--format", "jsonl", "-q", "--workers", "1"])


@case("5 signals")
def pipe_conflicts_table(tmp: Path) -> tuple[bool, str]:
    return _closed_pipe(tmp, ["conflicts", str(SAMPLES), "--format", "table", "-q", "--workers", "1"])


@case("5 signals")
def pipe_extract_csv(tmp: Path) -> tuple[bool, str]:
    return _closed_pipe(tmp, ["extract", str(SAMPLES), "--format", "csv", "-q", "--workers", "1"])


@case("5 signals")
def pipe_extract_table(tmp: Path) -> tuple[bool, str]:
    return _closed_pipe(tmp, ["extract", str(SAMPLES), "--format", "table", "-q", "--workers", "1"])


@case("5 signals")
def pipe_schema(tmp: Path) -> tuple[bool, str]:
    return _closed_pipe(tmp, ["schema"])


@case("6 output")
def output_is_input(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    run = cli(["extract", "good.txt", "-o", "good.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 2 and (tmp / "good.txt").read_text() == ARTICLE)


@case("6 output")
def output_is_input_in_folder(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp / "feed")
    run = cli(["extract", "feed", "-o", "feed/good.txt", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 2 and (tmp / "feed" / "good.txt").read_text() == ARTICLE)


@case("6 output")
def output_missing_folder(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    run = cli(["extract", "good.txt", "-o", "no/such/dir/out.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 2 and run.seconds < 10 and "no/such/dir" in run.err)


@case("6 output")
def output_parent_is_file(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    run = cli(["extract", "good.txt", "-o", "good.txt/out.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 2)


@case("6 output")
def output_unwritable_folder(tmp: Path) -> tuple[bool, str]:
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        return True, "skipped (root, no setpriv)"
    ok_article(tmp)
    tmp.chmod(0o755)
    (tmp / "good.txt").chmod(0o644)
    (tmp / "ro").mkdir(mode=0o555)
    run = cli(["extract", "good.txt", "-o", "ro/out.jsonl", "--workers", "1", "-q"], tmp, timeout=60,
              user=os.geteuid() == 0)
    return _verdict(run, run.rc == 2 and run.seconds < 10 and "ro" in run.err)


@case("6 output")
def conflicts_output_missing_folder(tmp: Path) -> tuple[bool, str]:
    run = cli(["conflicts", str(SAMPLES), "-o", "no/dir/c.json", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 2 and run.seconds < 8)


@case("6 output")
def output_umask(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    old = os.umask(0o022)
    try:
        run = cli(["extract", "good.txt", "-o", "out.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    finally:
        os.umask(old)
    mode = stat.S_IMODE((tmp / "out.jsonl").stat().st_mode) if (tmp / "out.jsonl").exists() else 0
    ok, detail = _verdict(run, run.rc == 0 and mode == 0o644)
    return ok, f"{detail} mode={oct(mode)}"


@case("7 limits")
def workers_1000(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    ok_article(tmp, "two.txt")
    run = cli(["extract", "good.txt", "two.txt", "--workers", "1000"], tmp, timeout=60)
    return _verdict(run, run.rc == 0 and has_good_facts(run) and "workers" in run.err and run.seconds < 30)


@case("7 limits")
def bad_regex_pattern(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    write(tmp / "pats" / "mine.jsonl", '{"label": "ORG", "pattern": "Acme Ltd"}\n'
          '{"label": "ORG", "pattern": [{"TEXT": {"REGEX": "(unclosed"}}]}\n')
    run = cli(["extract", "good.txt", "--patterns", "pats", "--workers", "1", "-q"], tmp, timeout=60)
    return _verdict(run, run.rc == 2 and "mine.jsonl:2:" in run.err)


@case("7 limits")
def conflicts_nan_amount(tmp: Path) -> tuple[bool, str]:
    facts = _facts_file(tmp)
    lines = facts.read_text().splitlines()
    money = next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == "money")
    obj = json.loads(lines[money])
    obj["value"]["amount"] = float("nan")
    lines.append(json.dumps(obj))
    facts.write_text("\n".join(lines) + "\n")
    run = cli(["conflicts", "facts.jsonl", "-q", "--format", "json"], tmp, timeout=60)
    valid = "NaN" not in run.out
    return _verdict(run, run.rc == 1 and valid and one_error_line(run, f"facts.jsonl:{len(lines)}"))


@case("7 limits")
def conflicts_infinite_amount(tmp: Path) -> tuple[bool, str]:
    facts = _facts_file(tmp)
    lines = facts.read_text().splitlines()
    obj = json.loads(next(line for line in lines if json.loads(line)["kind"] == "money"))
    lines.append(json.dumps(obj).replace('"amount": ' + json.dumps(obj["value"]["amount"]), '"amount": 1e999', 1))
    facts.write_text("\n".join(lines) + "\n")
    run = cli(["conflicts", "facts.jsonl", "-q", "--format", "json"], tmp, timeout=60)
    return _verdict(run, run.rc == 1 and "Infinity" not in run.out and one_error_line(run, "facts.jsonl:"))


@case("7 limits")
def binary_file(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    shutil.copy("/bin/ls", tmp / "ls.txt")
    run = cli(["extract", "good.txt", "ls.txt", "--workers", "1", "-q"], tmp, timeout=60)
    docs = {f["evidence"]["doc"] for f in run.facts()}
    return _verdict(run, run.rc == 1 and docs == {"good.txt"} and one_error_line(run, "ls.txt"))


@case("7 limits")
def binary_in_jsonl_text(tmp: Path) -> tuple[bool, str]:
    junk = bytes(range(256)).decode("latin-1") * 8
    lines = [json.dumps({"id": "junk", "text": junk}), json.dumps({"id": "ok", "text": ARTICLE})]
    write(tmp / "feed.jsonl", "\n".join(lines) + "\n")
    run = cli(["extract", "feed.jsonl", "--workers", "1", "-q"], tmp, timeout=60)
    docs = {f["evidence"]["doc"] for f in run.facts()}
    return _verdict(run, run.rc == 1 and docs == {"ok"} and one_error_line(run, "feed.jsonl:1"))


@case("7 limits")
def dev_zero_named(tmp: Path) -> tuple[bool, str]:
    ok_article(tmp)
    run = cli(["extract", "good.txt", "/dev/zero", "--workers", "1", "-q"], tmp, timeout=20)
    return _verdict(run, run.rc == 1 and has_good_facts(run) and one_error_line(run, "/dev/zero"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="run the cases whose name or class contains this")
    args = parser.parse_args()
    passed = total = 0
    failed_names = []
    for name, (klass, fn) in CASES.items():
        if args.only and args.only not in name and args.only not in klass:
            continue
        tmp = Path(tempfile.mkdtemp(prefix="nf-bad-"))
        try:
            ok, detail = fn(tmp)
        except Exception as exc:  # a broken case is a failed case, reported, not a crashed script
            ok, detail = False, f"case raised {type(exc).__name__}: {exc}"
        finally:
            for p in tmp.rglob("*"):
                if p.is_dir() and not p.is_symlink():
                    p.chmod(0o755)
            shutil.rmtree(tmp, ignore_errors=True)
        total += 1
        passed += ok
        if not ok:
            failed_names.append(name)
        print(f"{'PASS' if ok else 'FAIL'}  {klass:<12} {name:<32} {detail}", flush=True)
    print(f"\n{passed}/{total} passed" + (f"; failed: {', '.join(failed_names)}" if failed_names else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
