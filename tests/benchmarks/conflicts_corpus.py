"""``conflicts`` over the whole corpus: how many findings, are they between sources, and 40 to read.

Usage::

    python tests/benchmarks/conflicts_corpus.py [--facts FILE] [--workers N] [--show 40] [--seed 7]

Needs ``../shared/corpora`` (says so and stops when it is missing). Runs the whole
corpus at once through the library call ``newsfacts conflicts`` uses (``--facts``
reuses the JSON Lines of one ``newsfacts extract`` run), then prints:

* findings by kind and label, at the default confidence and at 0;
* checks: no conflict whose values all come from one article (or one origin,
  near-copies counted once), and none whose values come from stories that are not
  the same story, unless the owner is linked across stories (a programme or a
  batch-defined acronym), which is listed for reading;
* ``--show`` conflicts drawn with a fixed seed, each with its values, evidence
  sentences and the reason it was compared, for a person to judge.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter

from corpus_facts import SHARED, facts_of, missing


def _figure_in(ev) -> str:  # type: ignore[no-untyped-def]
    rel = ev.start - ev.sentence_start
    sentence = re.sub(r"\s+", " ", ev.sentence[:rel]) + "[" + ev.sentence[rel:rel + ev.end - ev.start] + "]" + \
        re.sub(r"\s+", " ", ev.sentence[rel + ev.end - ev.start:])
    return sentence.strip()[:220]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=__import__("pathlib").Path, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpora = SHARED / "corpora"
    if missing(corpora):
        return 0
    from extract.conflicts import ConflictFinder

    started = time.perf_counter()
    finder = ConflictFinder(min_confidence=0.0).update(facts_of(corpora, args.facts, args.workers))
    report = finder.report()
    elapsed = time.perf_counter() - started
    stories = finder.stories()
    default = [c for c in report.conflicts if c.confidence >= 0.5]
    print(f"{report.articles} articles with comparable facts, {report.facts} facts, {report.stories} stories; "
          f"{elapsed:.1f} s (extraction included unless --facts)")
    print("at the default confidence:", dict(Counter((c.kind, c.status, c.label) for c in default)))
    print("at confidence 0:          ", dict(Counter((c.kind, c.status, c.label) for c in report.conflicts)))

    real = [c for c in default if c.status == "conflict" and c.label == "conflict"]
    one_origin = [c for c in real if len({stories.origin_of(a) for v in c.values for a in v.articles}) < 2]
    unlinked_apart = [c for c in real if c.story is None and c.kind == "definition"]
    linked = [c for c in real if c.story is None]
    print(f"conflicts with values from one article or one origin: {len(one_origin)}")
    print(f"definition conflicts across stories: {len(unlinked_apart)}; "
          f"conflicts across stories through a linked owner: {len(linked)}")
    for c in linked:
        print(f"   linked: {c.subject.name if c.subject else '?'} · {c.predicate}: "
              f"{' vs '.join(v.display for v in c.values)}")

    sample = random.Random(args.seed).sample(real, min(args.show, len(real)))
    print(f"\n{len(sample)} of {len(real)} conflicts to read (seed {args.seed}):")
    for n, c in enumerate(sample, 1):
        subject = c.subject.name if c.subject else "?"
        print(f"\n#{n} {c.kind} · {subject} · {c.predicate} · confidence {c.confidence:.2f} · story {c.story}")
        print(f"   why: {c.reason}")
        for v in c.values:
            print(f"   {v.display}  [{', '.join(v.articles[:4])}{' ...' if len(v.articles) > 4 else ''}]")
            for ev in v.evidence[:2]:
                print(f"      {_figure_in(ev)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
