"""How often two careful readers agree on a figure's owner and measure: the ceiling the 85% owner
target has to be read against.

``data/attribution_second_reader.jsonl`` holds a second reader's answers for 150 figures drawn
at random (seed 20261201) from the dev set and held-out 1, labelled by reading the articles
without the first reader's labels or the tool's answers (paths, offsets and answers only). The
agreement is scored with the owner rule of ``attribution_dev.py``: the second reader's owner
against the first reader's owner and alternatives, as the tool's subject is scored, and the other
way round; measures must be equal (two "other:" measures count as agreeing).

    python tests/benchmarks/attribution_agreement.py              # the readers only
    python tests/benchmarks/attribution_agreement.py --facts F    # and the tool against each reader
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from attribution_dev import DATA, LABEL_SETS, load_labels, owner_matches

SECOND = DATA / "attribution_second_reader.jsonl"


def _owners(label: dict) -> list[str]:
    return [o for o in [label.get("owner"), *(label.get("owner_alts") or [])] if o]


def _owner_agrees(answer: str | None, other: dict) -> bool:
    options = _owners(other)
    return owner_matches([answer], options) if answer and options else not answer and not options


def _measure_agrees(a: str | None, b: str | None) -> bool:
    a, b = a or "mentions", b or "mentions"
    return a == b or a.startswith("other:") and b.startswith("other:")


def _tool_fact(facts: dict[str, list[dict]], label: dict) -> dict | None:
    cands = [f for f in facts.get(label["doc"], [])
             if f["evidence"]["start"] < label["end"] and f["evidence"]["end"] > label["start"]]
    return min(cands, key=lambda f: abs(f["evidence"]["start"] - label["start"])) if cands else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, help="also score these facts (JSON Lines) against each reader")
    args = parser.parse_args()
    first = {(lab["doc"], lab["start"]): lab for name in ("dev", "held-out 1 (read)")
             for lab in load_labels(LABEL_SETS[name])}
    second = load_labels(SECOND)
    pairs = [(first[(lab["doc"], lab["start"])], lab) for lab in second]
    n = len(pairs)
    rows = [
        ("second reader's owner among the first's", sum(_owner_agrees(b["owner"], a) for a, b in pairs)),
        ("first reader's owner among the second's", sum(_owner_agrees(a["owner"], b) for a, b in pairs)),
        ("the same measure", sum(_measure_agrees(a.get("measure"), b.get("measure")) for a, b in pairs)),
    ]
    if args.facts:
        facts: dict[str, list[dict]] = {}
        for line in args.facts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                fact = json.loads(line)
                if fact["kind"] in ("money", "percent"):
                    facts.setdefault(fact["evidence"]["doc"], []).append(fact)
        tool = []
        for a, b in pairs:
            fact = _tool_fact(facts, a) or {}
            subject = fact.get("subject") or {}
            names = [x for x in (subject.get("name"), subject.get("text"), subject.get("acronym")) if x]
            tool.append((owner_matches(names, _owners(a)) if _owners(a) else not names,
                         owner_matches(names, _owners(b)) if _owners(b) else not names,
                         fact.get("predicate") or "mentions"))
        rows += [
            ("tool's owner right by the first reader", sum(t[0] for t in tool)),
            ("tool's owner right by the second reader", sum(t[1] for t in tool)),
            ("tool's measure = the first reader's", sum(t[2] == (a.get("measure") or "mentions")
                                                       for t, (a, _) in zip(tool, pairs))),
            ("tool's measure = the second reader's", sum(t[2] == (b.get("measure") or "mentions")
                                                        for t, (_, b) in zip(tool, pairs))),
        ]
    print(f"{n} figures read by two readers")
    for label, count in rows:
        print(f"  {label:42} {count:3}/{n} = {count / n:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
