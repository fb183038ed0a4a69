"""Seconds per MB of pathological inputs, by shape and size, against ordinary text in the same run.

Usage::

    python tests/benchmarks/pathological.py [--sizes 16000,64000,256000] [--only SHAPE]

Each input is one article run the way a batch runs it (``read`` step, the --link
scan, the pipeline in pieces, the facts), in this process, timed with
``perf_counter``. A stage whose time grows with the square of its input shows as
seconds/MB rising with the size; linear stages keep it flat. Two ratios per row:
``x ordinary`` against ordinary news-like text of the same size (written here, or
joined articles from ``../shared/corpora`` when it is present), and ``growth``
against the same shape at the smallest size (linear: about 1; quadratic: the
size ratio). A shape dense with figures costs more per MB than ordinary text
because it holds 100 times the facts; growth is the number that says linear.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
CORPORA = REPO.parent / "shared" / "corpora"

_SENTENCES = [
    "The ministry said the scheme would get Rs {n} crore over five years.",
    "Exports rose {p}% in the last fiscal year, officials said on Monday.",
    "The council met state representatives to review the first projects under the mission.",
    "Analysts expect demand for lithium and cobalt to keep growing as battery makers expand.",
    "A spokesperson declined to comment on the timeline for the remaining approvals.",
    "The company reported revenue of ${n} million, up from the year before.",
]


def ordinary(size: int) -> str:
    """News-like paragraphs written here (or joined corpus articles, when present) of ``size`` characters."""
    files = sorted(CORPORA.glob("bbc/*/*.txt")) if CORPORA.is_dir() else []
    rng = random.Random(size)
    parts: list[str] = []
    total = 0
    while total < size:
        if files:
            chunk = rng.choice(files).read_text(encoding="utf-8", errors="replace") + "\n\n"
        else:
            chunk = " ".join(rng.choice(_SENTENCES).format(n=rng.randint(2, 9_000), p=rng.randint(1, 40))
                             for _ in range(5)) + "\n\n"
        parts.append(chunk)
        total += len(chunk)
    return "".join(parts)[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary text": ordinary,
    "digit groups '123 123 ...'": _repeat("123 "),
    "blank lines after a figure": lambda size: "It got Rs 289 crore." + "\n" * size,
    "spaces after '289 crore'": lambda size: "It got 289 crore" + " " * size,
    "open brackets '((((...'": lambda size: "Rs 5 crore " + "(" * size,
    "mixed marks '([{-'": lambda size: "Rs 5 crore " + _repeat("([{-")(size),
    "dense 'Rs 5 ' repeats": _repeat("Rs 5 "),
    "one sentence of percentages": _repeat("The share rose 5% and "),
    "one endless word": _repeat("a"),
    "repeated definitions": _repeat("National Mission (NM) and "),
    "short blank runs '\\n' x 150": _repeat("Rs 5 crore.\n" + "\n" * 150),
}


def run_once(nlp, text: str) -> float:
    from extract.articles import article_from_text
    from extract.batch import extract_chunk
    from extract.linking import definition_pairs

    started = time.perf_counter()
    article = article_from_text("shape.txt", text)
    definition_pairs(article)
    extract_chunk(nlp, [article])
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="16000,64000,256000", help="input sizes in characters")
    parser.add_argument("--only", default="", help="shapes whose name contains this (ordinary text always runs)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from extract.pipeline import build_pipeline

    nlp = build_pipeline()
    run_once(nlp, ordinary(50_000))  # warm-up: vocabulary, caches, lazy tables
    print(f"ordinary text: {'../shared/corpora (BBC articles joined)' if CORPORA.is_dir() else 'written here'}")
    print(f"{'shape':<32} {'size':>8} {'seconds':>8} {'s/MB':>8} {'x ordinary':>10} {'growth':>7}")
    base: dict[int, float] = {}
    for name, make in SHAPES.items():
        if args.only and args.only not in name and name != "ordinary text":
            continue
        first = None
        for size in sizes:
            text = make(size)
            seconds = run_once(nlp, text)
            per_mb = seconds / (len(text) / 1e6)
            if name == "ordinary text":
                base[size] = per_mb
            first = first if first is not None else per_mb
            print(f"{name:<32} {len(text):>8,} {seconds:>8.3f} {per_mb:>8.2f} {per_mb / base[size]:>10.2f} "
                  f"{per_mb / first:>7.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
