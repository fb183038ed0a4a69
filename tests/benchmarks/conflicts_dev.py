"""Conflicts and story grouping scored on a dev set of Inshorts summary/article pairs.

Usage::

    python tests/benchmarks/conflicts_dev.py [--labels FILE] [--facts FILE] [--workers N] [--verbose]

Needs ``../shared/corpora`` (says so and stops when it is missing). The labels
(``tests/benchmarks/data/conflicts_dev.jsonl``) hold only paths, offsets and
judgements, one line per summary figure: ``summary``/``article`` paths (relative
to the corpora folder), ``s_start``/``s_end`` the figure in the summary,
``a_start``/``a_end`` the article figure it corresponds to (null when absent) and
``relation``: ``agree``, ``disagree``, ``rounding``, ``converted``,
``different_period_or_scope``, ``absent``.

The first 170 pairs (364 figures) were labelled at the start of issue 10. 200 more pairs (429
figures) were drawn with ``conflicts_dev_draw.py --pairs 200 --seed 20261130`` (rows marked
``drawn: seed 20261130``): every figure was read in both texts; where the article prints the
same value the draft's candidate was checked, every other figure was judged by reading.
200 more pairs (414 figures) were drawn and labelled the same way with ``--seed 20261201``
(rows marked ``drawn: seed 20261201``), their labels written before any score was run.
``--pairs 200 --seed 20261203`` then drew the last 46 unlabelled pairs with a summary figure
(106 figures, rows marked ``drawn: seed 20261203``), labelled the same way and committed before
any score was run; the corpus has no more. 616 pairs, 1,313 figures in all.
Disagreements are rare between a summary and its own source (11 of 1,313 figures), so the
"found" share moves in steps of one in eleven.

The whole corpus is run at once, as a user would (``--facts`` reuses the JSON
Lines of one ``newsfacts extract`` run over it), then:

* conflicts found: labelled disagreements for which a reported conflict puts
  the summary figure and the article figure in different values (target >= 80%);
* false conflicts: reported conflicts between a labelled summary figure and
  its own article whose label is not a disagreement (target <= 10% of those
  reported);
* story grouping: the share of summaries in the same story as their own article,
  with every summary and article of the corpus grouped at once (target >= 95%).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from corpus_facts import REPO, SHARED, facts_of, missing

DEFAULT_LABELS = REPO / "tests" / "benchmarks" / "data" / "conflicts_dev.jsonl"


def _overlaps(ev, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    return ev.start < end and start < ev.end


def story_grouping(corpora: Path) -> tuple[int, int, float]:
    """(summaries with their article, summaries with an article, seconds) over the whole corpus."""
    from extract.stories import group_stories, story_terms

    started = time.perf_counter()
    terms = {}
    for path in sorted(corpora.rglob("[0-9]*.txt")):
        terms[str(path.relative_to(corpora))] = story_terms(path.read_text(encoding="utf-8", errors="replace"))
    stories = group_stories(terms)
    elapsed = time.perf_counter() - started
    together = total = 0
    for doc in terms:
        if "/summaries/" in doc:
            article = doc.replace("/summaries/", "/articles/")
            if article in terms:
                total += 1
                together += stories.story_of(doc) == stories.story_of(article)
    return together, total, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--facts", type=Path, default=None, help="facts JSONL of the corpora (reuse an extraction)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    corpora = SHARED / "corpora"
    if missing(corpora) or missing(args.labels):
        return 0
    from extract.conflicts import ConflictFinder

    labels = [json.loads(line) for line in args.labels.open(encoding="utf-8") if line.strip()]
    by_summary: dict[str, list[dict]] = defaultdict(list)
    for row in labels:
        by_summary[row["summary"]].append(row)
    article_of = {row["summary"]: row["article"] for row in labels}

    started = time.perf_counter()
    report = ConflictFinder().update(facts_of(corpora, args.facts, args.workers)).report()
    elapsed = time.perf_counter() - started
    value_conflicts = [c for c in report.conflicts if c.kind == "value" and c.label == "conflict"]

    # Every (summary evidence, article evidence) a reported conflict sets against each other.
    opposed = []
    for conflict in value_conflicts:
        for i, vi in enumerate(conflict.values):
            for vj in conflict.values[i + 1:]:
                for a in vi.evidence:
                    for b in vj.evidence:
                        for s, t in ((a, b), (b, a)):
                            if s.doc in article_of and t.doc == article_of[s.doc]:
                                opposed.append((s, t, conflict))

    disagreements = [r for r in labels if r["relation"] == "disagree" and r["a_start"] is not None]
    found = [r for r in disagreements
             if any(s.doc == r["summary"] and _overlaps(s, r["s_start"], r["s_end"])
                    and _overlaps(t, r["a_start"], r["a_end"]) for s, t, _ in opposed)]
    judged, false = 0, []
    for s, t, conflict in opposed:
        row = next((r for r in by_summary[s.doc] if _overlaps(s, r["s_start"], r["s_end"])), None)
        if row is None:
            continue  # a summary figure nobody labelled
        judged += 1
        right = row["relation"] == "disagree" and (row["a_start"] is None or _overlaps(t, row["a_start"], row["a_end"]))
        if not right:
            false.append((row, s, t, conflict))

    together, total, grouping_s = story_grouping(corpora)
    print(f"dev set: {len(labels)} labelled summary figures in {len({r['pair'] for r in labels})} pairs; "
          f"{len(disagreements)} disagreements")
    print(f"corpus: {report.articles} articles, {report.stories} stories, {len(value_conflicts)} value conflicts "
          f"reported ({elapsed:.1f} s)")
    share = len(found) / len(disagreements) if disagreements else float("nan")
    print(f"conflicts found: {len(found)}/{len(disagreements)} = {share:.1%} (target >= 80%)")
    share = len(false) / judged if judged else 0.0
    print(f"false conflicts: {len(false)}/{judged} reported among labelled pairs = {share:.1%} (target <= 10%)")
    print(f"story grouping: {together}/{total} summaries with their own article = {together / max(total, 1):.1%} "
          f"(target >= 95%; {grouping_s:.1f} s for the whole corpus)")
    if args.verbose:
        for r in disagreements:
            if r not in found:
                print(f"  missed: {r['summary']} [{r['s_start']}:{r['s_end']}] vs [{r['a_start']}:{r['a_end']}] "
                      f"{r.get('owner')} / {r.get('measure')}")
        for row, s, t, conflict in false:
            print(f"  false: {s.doc} '{s.sentence[s.start - s.sentence_start:s.end - s.sentence_start]}' vs "
                  f"'{t.sentence[t.start - t.sentence_start:t.end - t.sentence_start]}' labelled {row['relation']}; "
                  f"{conflict.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
