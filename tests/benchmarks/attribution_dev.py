"""Score owner and measure attribution against the labelled dev set (issue 9).

The dev set, ``tests/benchmarks/data/attribution_dev.jsonl``, holds no article text: each line
is a path under ``../shared/corpora``, the figure's character offsets, and what a careful reader
says of it (``owner`` with ``owner_alts``, ``measure`` from the vocabulary of
``patterns/measures.json``). The figures were drawn at random with a fixed seed from every
money and percent fact the tool found in both corpora (BBC articles, Indian articles and the
Inshorts summaries), then labelled by reading the text, without the tool's answers. The held-out
sets were drawn the same way from other articles by ``attribution_holdout_draw.py``; held-out 5
(``attribution_holdout5.jsonl``, seed 20261204, n=5000..) was labelled blind by reading, before the
tool was ever run on its articles, and so were held-out 6 (``attribution_holdout6.jsonl``, seed
20261205, n=6000..) held-out 7 (``attribution_holdout7.jsonl``, seed 20261206,
n=7000..), held-out 8 (``attribution_holdout8.jsonl``, seed 20261207, n=8000..) and the latest,
held-out 9 (``attribution_holdout9.jsonl``, seed 20261208, n=9000..) and the latest, held-out 10
(``attribution_holdout10.jsonl``, seed 20261212, n=13000.., draw set 13), each drawn and labelled
blind by reading before its release's rules were written. The second dev set (``attribution_dev2.jsonl``,
three draws of 100, seeds 20261209 to 20261211) was labelled the same way and scored once, before
its misses were read for rules; it is a dev set since.

    python tests/benchmarks/attribution_dev.py              # run newsfacts on the labelled articles
    python tests/benchmarks/attribution_dev.py --facts F    # score facts already extracted (JSON Lines)
    python tests/benchmarks/attribution_dev.py --errors 30  # also list 30 misses

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
# The dev set the rules were tuned on; the first held-out set (other articles, another seed), whose
# misses were read for the second round of rules and so is a second dev set now; and five fresh
# held-out sets (other articles again, drawn by attribution_holdout_draw.py --set 2 / 3 / 4 / 5 / 6 / 7 / 8),
# labelled by reading without the tool's answers and only ever scored: their figures are the
# honest ones (set 4 was drawn and labelled after the week's rules, so it measures them too; set 5,
# seed 20261204, was drawn and labelled blind by reading after the later measure rules; set 6, seed
# 20261205, was drawn and labelled blind by reading a release later; set 7, seed 20261206, was drawn
# and labelled blind by reading before the next release's rules were written; set 8, seed 20261207,
# likewise a release later; set 9, seed 20261208, likewise; held-out 10, draw set 13, seed 20261212, likewise).
LABEL_SETS = {"dev": DATA / "attribution_dev.jsonl", "held-out 1 (read)": DATA / "attribution_holdout.jsonl",
              "held-out 2": DATA / "attribution_holdout2.jsonl", "held-out 3": DATA / "attribution_holdout3.jsonl",
              "held-out 4": DATA / "attribution_holdout4.jsonl", "held-out 5": DATA / "attribution_holdout5.jsonl",
              "held-out 6": DATA / "attribution_holdout6.jsonl", "held-out 7": DATA / "attribution_holdout7.jsonl",
              "held-out 8": DATA / "attribution_holdout8.jsonl", "held-out 9": DATA / "attribution_holdout9.jsonl",
              "held-out 10": DATA / "attribution_holdout10.jsonl"}
if (DATA / "attribution_dev2.jsonl").exists():
    LABEL_SETS = {"dev": LABEL_SETS.pop("dev"), "dev 2 (read)": DATA / "attribution_dev2.jsonl", **LABEL_SETS}
SCORED_ONLY = tuple(f"held-out {k}" for k in range(2, 11))
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, action="append",
                        help="a label file (default: the dev set and the held-out set)")
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
    results = {name: score(labels, facts, args.errors) for name, labels in labelled.items()}
    scored_only = [name for name in labelled if name in SCORED_ONLY]
    if len(scored_only) > 1:
        # the honest figure: every held-out set whose misses were never read, as one sample; and the
        # sets of the last release alone, to compare with the figure it reported
        results[f"held-out {scored_only[0][9:]}-{scored_only[-1][9:]} pooled"] = \
            score([lab for name in scored_only for lab in labelled[name]], facts, 0)
        earlier = scored_only[:-1]
        if len(earlier) > 1 and earlier != scored_only:
            results[f"held-out {earlier[0][9:]}-{earlier[-1][9:]} pooled"] = \
                score([lab for name in earlier for lab in labelled[name]], facts, 0)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, result in results.items():
        print(f"{name}: {result['figures']} figures ({result['not_figure']} labelled not a figure), "
              f"{result['matched']} found by the tool")
        print(f"  owner right:   {result['owner']:.1%}  (target {TARGET_OWNER:.0%})")
        print(f"  measure right: {result['measure']:.1%}  (target {TARGET_MEASURE:.0%}); "
              f"tool says 'mentions' for {result['tool_mentions']:.1%}")
        print("  owner right by where the reader found the owner:", result["owner_where"])
        for stratum, s in result["strata"].items():
            print(f"    {stratum:10} {s['figures']:4} figures  owner {s['owner']:.1%}  measure {s['measure']:.1%}")
        for miss in result.get("misses", []):
            print("    miss:", json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
