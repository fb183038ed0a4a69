"""Draw more Inshorts summary/article pairs for the conflicts dev set, and help label them.

Usage::

    python tests/benchmarks/conflicts_dev_draw.py --pairs 200 --seed 20261130 > /tmp/draft.jsonl

Needs ``../shared/corpora``. Pairs are drawn with ``random.Random(seed)`` from the summaries
that have an article of the same number and at least one money or percent figure, leaving out
pairs already in the dev set (``tests/benchmarks/data/conflicts_dev.jsonl``). For each summary
figure the draft line names the article figures with the same value (within 1%, or one the
other's rounding) as a candidate ``agree``; every other line has ``relation: null`` and is for a
person to label by reading both texts (``disagree``, ``rounding``, ``converted``,
``different_period_or_scope``, ``absent``). Candidate ``agree`` lines are read too: one value
printed twice can be two different things. Drafts hold paths, offsets and answers only.

The extension made on 2026-11-30 used ``--pairs 200 --seed 20261130``; the second one
``--pairs 200 --seed 20261201``; the third ``--pairs 200 --seed 20261203``, which drew only 46
pairs (106 figures): no other summary with an article and a money or percent figure was left.
"""

from __future__ import annotations

import argparse
import json
import random

from corpus_facts import REPO, SHARED, missing

LABELS = REPO / "tests" / "benchmarks" / "data" / "conflicts_dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    root = SHARED / "corpora" / "inshorts_news_summary"
    if missing(root):
        return 0
    from extract.amounts import find_amounts
    from extract.conflicts import _agree, _rounding

    done = {json.loads(line)["pair"] for line in LABELS.open(encoding="utf-8") if line.strip()}
    candidates = []
    for summary in sorted((root / "summaries").glob("[0-9]*.txt")):
        article = root / "articles" / summary.name
        if summary.stem in done or not article.exists():
            continue
        candidates.append((summary, article))
    rng = random.Random(args.seed)
    rng.shuffle(candidates)


    drawn = 0
    for summary, article in candidates:
        s_found = find_amounts(summary.read_text(encoding="utf-8", errors="replace"))
        if not s_found:
            continue
        a_found = find_amounts(article.read_text(encoding="utf-8", errors="replace"))
        drawn += 1
        for s in s_found:
            same = [a for a in a_found if _unit(a) == _unit(s)
                    and (_agree(_Fact(s), _Fact(a), 0.01) or _rounding(_Fact(s), _Fact(a)))]
            # The closest value first: "over 85%" agrees with "more than 70%" too, but means the 85%.
            same.sort(key=lambda a: (abs(a.value.amount - s.value.amount), a.start))
            relation = None if not same else "agree" if _agree(_Fact(s), _Fact(same[0]), 0.01) else "rounding"
            print(json.dumps({
                "pair": summary.stem, "summary": str(summary.relative_to(root.parent)),
                "article": str(article.relative_to(root.parent)), "s_start": s.start, "s_end": s.end,
                "a_start": same[0].start if same else None, "a_end": same[0].end if same else None,
                "relation": relation, "owner": None, "measure": None,
                "note": "candidate: same value in the article" if same else None}))
        if drawn == args.pairs:
            break
    return 0


def _unit(match) -> str:  # type: ignore[no-untyped-def]
    return getattr(match.value, "currency", "%")


class _Fact:
    """Just enough of a fact for the value comparisons of extract.conflicts."""

    def __init__(self, match) -> None:  # type: ignore[no-untyped-def]
        self.value = match.value


if __name__ == "__main__":
    raise SystemExit(main())
