"""How big the HTML report of the whole corpus is, and how fast a browser shows it.

Usage::

    python tests/benchmarks/report_size.py [--shared PATH] [--workers N] [--keep FILE]

Builds ``newsfacts report`` over the real articles of ``../shared/corpora`` (the
``*.txt`` files under ``bbc/`` and ``inshorts_news_summary/articles/``), timed
from the outside next to ``newsfacts conflicts`` on the same input (the difference
is what the report adds), then opens the file in headless Chromium over the
DevTools protocol and reads, from the browser's own performance entries: first
paint, first contentful paint, DOMContentLoaded (the page's script has parsed the
embedded articles and drawn the first page by then) and load; the number of DOM
elements; the JS heap; how long the filter and a jump to an article deep in the
list take. Script errors are counted too.

If PATH is missing the script says so and exits 0; without Chromium it prints
the file size only. A script that prints a table, not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO.parent / "shared" / "corpora"
ARTICLE_DIRS = ("bbc", "inshorts_news_summary/articles")
sys.path.insert(0, str(REPO))

from tests.browser import Browser, find_chromium  # noqa: E402

# Time a filter takes to show its result, from the keystroke (includes the page's 120 ms debounce).
FILTER_PROBE = """new Promise(done => {
  const shown = document.getElementById('shown'), box = document.getElementById('filter');
  const t0 = performance.now();
  new MutationObserver((_, observer) => { observer.disconnect(); done([performance.now() - t0, shown.textContent]); })
    .observe(shown, {childList: true, characterData: true, subtree: true});
  box.value = %s; box.dispatchEvent(new Event('input'));
})"""
JUMP_PROBE = """new Promise(done => {
  const t0 = performance.now();
  location.hash = '#a%d';
  requestAnimationFrame(() => done([performance.now() - t0, !!(document.getElementById('a%d') || {}).open]));
})"""


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="also keep the report here")
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(f"{args.shared} not found: the report benchmark needs ../shared/corpora beside the project; stopping.")
        return 0
    inputs = [str(args.shared / d) for d in ARTICLE_DIRS]
    newsfacts = str(Path(sys.executable).with_name("newsfacts"))
    common = ["--glob", "*.txt", "--workers", str(args.workers), "--quiet"]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(args.keep or Path(tmp) / "report.html").resolve()
        report_s = timed([newsfacts, "report", *inputs, "-o", str(report), *common])
        conflicts_s = timed([newsfacts, "conflicts", *inputs, "--format", "json", *common])
        size = report.stat().st_size
        rows = [("articles in", len([p for d in ARTICLE_DIRS for p in (args.shared / d).rglob("*.txt")])),
                ("newsfacts report (s)", f"{report_s:.1f}"), ("newsfacts conflicts, same input (s)", f"{conflicts_s:.1f}"),
                ("report file (MB)", f"{size / 1e6:.1f}")]
        if find_chromium() is None:
            rows.append(("browser", "no chromium on PATH: apt-get install chromium"))
        else:
            with Browser(width=1280, height=900, timeout=120) as browser:
                started = time.perf_counter()
                browser.open(report.as_uri())
                wall = time.perf_counter() - started
                timings = browser.timings()
                elements = browser.evaluate("document.getElementsByTagName('*').length")
                heap = browser.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
                filter_ms, filter_result = browser.evaluate(FILTER_PROBE % '"india"')
                deep = browser.evaluate("JSON.parse(document.getElementById('nf-data').textContent).articles.length") - 1
                jump_ms, jumped = browser.evaluate(JUMP_PROBE % (deep, deep))
                errors = len(browser.errors)
            rows += [("first paint (ms)", f"{timings.get('first-paint', float('nan')):.0f}"),
                     ("first contentful paint (ms)", f"{timings.get('first-contentful-paint', float('nan')):.0f}"),
                     ("DOMContentLoaded: script done (ms)", f"{timings['domContentLoaded']:.0f}"),
                     ("load event (ms)", f"{timings['load']:.0f}"), ("navigate to load, wall (s)", f"{wall:.2f}"),
                     ("DOM elements", elements), ("JS heap used (MB)", f"{heap / 1e6:.0f}"),
                     ("filter 'india' shown after (ms, incl. 120 ms debounce)", f"{filter_ms:.0f} ({filter_result})"),
                     (f"jump to the last article, #a{deep} (ms)", f"{jump_ms:.0f} (opened: {jumped})"),
                     ("script errors", errors)]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}} | value")
    for name, value in rows:
        print(f"{name:<{width}} | {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
