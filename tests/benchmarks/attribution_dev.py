"""Score owner and measure attribution against the labelled dev set (issue 9).

The dev set, ``tests/benchmarks/data/attribution_dev.jsonl``, holds no article text: each line
is a path under ``../shared/corpora``, the figure's character offsets, and what a careful reader
says of it (``owner`` with ``owner_alts``, ``measure`` from the vocabulary of
``patterns/measures.json``). The figures were drawn at random with a fixed seed from every
money and percent fact the tool found in both corpora (BBC articles, Indian articles and the
Inshorts summaries), then labelled by reading the text, without the tool's answers. The held-out
sets were drawn the same way from other articles by ``attribution_holdout_draw.py``, one figure per
article, and labelled by reading before the rules of the release that first scored them. Held-out 1
and the second dev set (``attribution_dev2.jsonl``) were read for rules releases ago, held-out 2 to
12 in the releases since, and held-out 13 and 14 (blind for four releases, seeds 20261215 and
20261216) four releases ago; held-out 23 and 24 (seeds 20261225 and 20261226, n=26000.. and 27000..,
100 Inshorts articles each whose stories no earlier set holds) were drawn two releases ago, scored
once on that release's starting code and read since: all of those are dev sets now, and their gains are upper bounds. The blind
sets, whose misses were never read, are held-out 15 and 16 (seeds 20261217 and 20261218,
n=18000.. and 19000..; drawn eight releases ago), held-out 17 and 18 (seeds 20261219 and 20261220,
n=20000.. and 21000..; seven releases ago), held-out 19 and 20 (seeds 20261221 and 20261222,
n=22000.. and 23000..; six releases ago) and held-out 21 and 22 (``attribution_holdout21.jsonl`` /
``..._holdout22.jsonl``, seeds 20261223 and 20261224, n=24000.. and 25000..; 90 and 30 draws, when
the corpus ran out of BBC articles and summaries; five releases ago), each drawn and labelled before the
rules of the release that first scored it. The scorer prints each set, then the blind sets pooled
(``held-out 15-22 pooled``: the honest figure), each with its 95% interval.

    python tests/benchmarks/attribution_dev.py              # run newsfacts on the labelled articles
    python tests/benchmarks/attribution_dev.py --facts F    # score facts already extracted (JSON Lines)
    python tests/benchmarks/attribution_dev.py --errors 30  # also list 30 misses (never a blind set's)

Owner is right when the tool's subject name (or its text) is the reader's owner or one of the
alternatives, after case, "the", possessive, company suffixes and plural "s" are set aside, or
when one is the other plus words ("Kraft" for "Kraft Foods"). Measure is right when the predicate
is the reader's measure; ``mentions`` counts as right only where the reader named none either.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
DATA = ROOT / "tests" / "benchmarks" / "data"
# The dev set the rules were tuned on; held-out 1 and the second dev set, whose misses were read
# for earlier rounds of rules; held-out 2 to 14, read for the rules of the releases since (held-out
# 13 and 14, blind for four releases, four releases ago; their gains are upper bounds now); and the blind
# held-out sets 15 to 22 (draw sets 18 to 25), drawn by attribution_holdout_draw.py and labelled by
# reading without the tool's answers, whose misses were never read.
BLIND = tuple(range(15, 23))
# Inshorts articles drawn two releases ago (held-out 23 and 24), scored once on that release's start
# code before their misses were read for its rules and this one's.
FRESH = (23, 24)
LABEL_SETS = {"dev": DATA / "attribution_dev.jsonl", "dev 2 (read)": DATA / "attribution_dev2.jsonl",
              "held-out 1 (read)": DATA / "attribution_holdout.jsonl",
              **{f"held-out {k} (read)": DATA / f"attribution_holdout{k}.jsonl" for k in range(2, BLIND[0])},
              **{f"held-out {k}": DATA / f"attribution_holdout{k}.jsonl" for k in BLIND},
              **{f"held-out {k} (read)": DATA / f"attribution_holdout{k}.jsonl" for k in FRESH}}
LABEL_SETS = {name: path for name, path in LABEL_SETS.items() if path.exists()}
# Pooled lines: the honest one first (every set whose misses were never read), then the sets read.
POOLS = {"held-out 15-22 pooled": [f"held-out {k}" for k in BLIND],
         "held-out 23-24 pooled (drawn two releases ago, read since)": [f"held-out {k} (read)" for k in FRESH],
         "held-out 13-14 pooled (read four releases ago, blind before)": ["held-out 13 (read)", "held-out 14 (read)"],
         "held-out 7-14 pooled (read)": [f"held-out {k} (read)" for k in range(7, 15)]}
TARGET_OWNER, TARGET_MEASURE = 0.85, 0.70

_SUFFIXES = {"ltd", "plc", "inc", "corp", "corporation", "co", "company", "limited", "group", "llc", "the"}


def _words(name: str) -> list[str]:
    name = name.casefold().replace("’", "'").replace("&", " and ")
    name = re.sub(r"'s\b", "", name)
    words = [w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"[\w]+", name)]
    return [w for w in words if w not in _SUFFIXES] or words


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def owner_matches(tool: list[str], reader: list[str]) -> bool:
    for t in tool:
        tw = _words(t)
        for r in reader:
            rw = _words(r)
            if not tw or not rw:
                continue
            if tw == rw or _contains(rw, tw) and len(tw[-1]) > 2 or _contains(tw, rw) and len(rw[-1]) > 2:
                return True
    return False


def load_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def extract(docs: list[str]) -> list[dict]:
    """Run newsfacts on the dev set's articles, ids relative to the corpora folder."""
    exe = Path(sys.executable).with_name("newsfacts")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.jsonl"
        subprocess.run([str(exe), "extract", *sorted(set(docs)), "--quiet", "--format", "jsonl",
                        "--output", str(out)], cwd=CORPORA, check=False)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% interval of a share right out of ``n``: a set of 100 figures moves in steps of a
    point and its interval spans about 16, so two releases' scores differ only when their intervals
    barely overlap, and a target is met only when the interval's low end clears it."""
    if not n:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def score(labels: list[dict], facts: list[dict], show_errors: int = 0) -> dict:
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for f in facts:
        if f["kind"] in ("money", "percent"):
            by_doc[f["evidence"]["doc"]].append(f)
    counts = collections.Counter()
    strata: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses = []
    for lab in labels:
        if lab.get("not_figure"):
            counts["not_figure"] += 1
            continue
        cands = [f for f in by_doc.get(lab["doc"], [])
                 if f["evidence"]["start"] < lab["end"] and f["evidence"]["end"] > lab["start"]]
        fact = min(cands, key=lambda f: abs(f["evidence"]["start"] - lab["start"])) if cands else None
        counts["figures"] += 1
        s = strata[lab.get("stratum", "?")]
        s["figures"] += 1
        reader_owner = [o for o in [lab.get("owner"), *(lab.get("owner_alts") or [])] if o]
        subject = (fact or {}).get("subject") or {}
        tool_owner = [x for x in (subject.get("name"), subject.get("text"), subject.get("acronym")) if x]
        if not reader_owner:
            owner_ok = not tool_owner
        else:
            owner_ok = owner_matches(tool_owner, reader_owner)
        measure = lab.get("measure") or "mentions"
        predicate = (fact or {}).get("predicate") or "mentions"
        # "other:savings": the reader's measure is outside the vocabulary; right if the tool names it too.
        measure_ok = predicate == measure or measure.startswith("other:") and predicate == measure[6:]
        named = measure != "mentions"
        counts["owner_ok"] += owner_ok
        counts["measure_ok"] += measure_ok
        counts["measure_named"] += named
        counts["measure_named_ok"] += named and measure_ok
        counts["tool_mentions"] += predicate == "mentions"
        counts["found"] += fact is not None
        counts[f"where_{lab.get('owner_where')}"] += 1
        counts[f"where_{lab.get('owner_where')}_ok"] += owner_ok
        s["owner_ok"] += owner_ok
        s["measure_ok"] += measure_ok
        if not (owner_ok and measure_ok):
            misses.append((lab, subject.get("name"), predicate))
    n = counts["figures"] or 1
    result = {
        "figures": counts["figures"], "not_figure": counts["not_figure"], "matched": counts["found"],
        "owner": counts["owner_ok"] / n, "measure": counts["measure_ok"] / n,
        "owner_ci": wilson(counts["owner_ok"], counts["figures"]),
        "measure_ci": wilson(counts["measure_ok"], counts["figures"]),
        "tool_mentions": counts["tool_mentions"] / n,
        "strata": {k: {"figures": v["figures"], "owner": v["owner_ok"] / v["figures"],
                       "measure": v["measure_ok"] / v["figures"]} for k, v in sorted(strata.items())},
        "owner_where": {w: f"{counts[f'where_{w}_ok']}/{counts[f'where_{w}']}"
                        for w in ("sentence", "earlier", "none") if counts[f"where_{w}"]},
    }
    if show_errors:
        result["misses"] = [
            {"doc": lab["doc"], "start": lab["start"], "owner": lab.get("owner"), "tool_owner": name,
             "measure": lab.get("measure"), "tool_measure": pred}
            for lab, name, pred in misses[:show_errors]
        ]
    return result


def _interval(ci: tuple[float, float]) -> str:
    return f"{ci[0]:.1%}-{ci[1]:.1%}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, action="append",
                        help="a label file, repeatable (default: every set)")
    parser.add_argument("--facts", type=Path, help="score these facts (JSON Lines) instead of running newsfacts")
    parser.add_argument("--errors", type=int, default=0, help="list this many misses")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    sets = {str(p): p for p in args.labels} if args.labels else LABEL_SETS
    missing = [str(p) for p in sets.values() if not p.exists()]
    if missing:
        print(f"no labels at {', '.join(missing)}", file=sys.stderr)
        return 2
    labelled = {name: load_labels(path) for name, path in sets.items()}
    if args.facts:
        facts = [json.loads(line) for line in args.facts.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        if not CORPORA.is_dir():
            print(f"needs {CORPORA} beside the project (../shared/corpora); it is missing, nothing measured",
                  file=sys.stderr)
            return 0
        facts = extract([lab["doc"] for labels in labelled.values() for lab in labels])
    blind = {f"held-out {k}" for k in BLIND}
    # Blind sets never list their misses: reading them would make them dev sets.
    results = {name: score(labels, facts, 0 if name in blind else args.errors) for name, labels in labelled.items()}
    for pool, names in POOLS.items():
        if all(name in labelled for name in names):
            results[pool] = score([lab for name in names for lab in labelled[name]], facts, 0)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, result in results.items():
        print(f"{name}: {result['figures']} figures ({result['not_figure']} labelled not a figure), "
              f"{result['matched']} found by the tool")
        print(f"  owner right:   {result['owner']:.1%}  (95% interval {_interval(result['owner_ci'])}; "
              f"target {TARGET_OWNER:.0%})")
        print(f"  measure right: {result['measure']:.1%}  (95% interval {_interval(result['measure_ci'])}; "
              f"target {TARGET_MEASURE:.0%}); "
              f"tool says 'mentions' for {result['tool_mentions']:.1%}")
        print("  owner right by where the reader found the owner:", result["owner_where"])
        for stratum, s in result["strata"].items():
            print(f"    {stratum:10} {s['figures']:4} figures  owner {s['owner']:.1%}  measure {s['measure']:.1%}")
        for miss in result.get("misses", []):
            print("    miss:", json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
