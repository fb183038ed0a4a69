"""Judge a rule change blind: the facts whose owner or measure changed, both answers in random order.

Reading a corpus diff as "old -> new" invites the reader who wrote the rule to see the new answer
as the better one. This script hides which answer is new: ``make`` writes one item per changed
owner or measure (the document, the figure's offsets, its sentence with the figure marked, and
the two answers as A and B, shuffled with a fixed seed) and, apart, the key; a second reader
answers each item "A", "B", "both" or "neither" without the key; ``score`` counts the new answer
as better, worse, or neither (both wrong) and both right.

    python scripts/blind_diff_review.py make OLD.jsonl NEW.jsonl items.jsonl key.json --seed 31
    python scripts/blind_diff_review.py score items.jsonl key.json answers.jsonl

OLD and NEW are ``newsfacts extract --format jsonl`` outputs of the same documents. The items
hold corpus sentences: keep them out of the repository.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

Key = tuple[str, int, int]


def _key(fact: dict) -> Key:
    e = fact["evidence"]
    return e["doc"], e["start"], e["end"]


def _owner(fact: dict) -> str:
    return (fact.get("subject") or {}).get("name") or "(no owner)"


def _measure(fact: dict) -> str:
    return fact.get("predicate") or "mentions"


FIELDS: dict[str, Callable[[dict], str]] = {"owner": _owner, "measure": _measure}


def _figures(path: Path) -> dict[Key, dict]:
    with path.open(encoding="utf-8") as stream:
        facts = (json.loads(line) for line in stream if line.strip())
        return {_key(f): f for f in facts if f["kind"] in ("money", "percent")}


def make_items(old: dict[Key, dict], new: dict[Key, dict], seed: int) -> tuple[list[dict], dict[str, str]]:
    """The review items and the key (item id -> which option, "A" or "B", is the new answer)."""
    rnd = random.Random(seed)
    items: list[dict] = []
    key: dict[str, str] = {}
    for k in sorted(old.keys() & new.keys()):
        for field, get in FIELDS.items():
            before, after = get(old[k]), get(new[k])
            if before == after:
                continue
            item_id = f"{len(items) + 1:04d}"
            new_first = rnd.random() < 0.5
            e = new[k]["evidence"]
            s, i, j = e["sentence"], e["start"] - e["sentence_start"], e["end"] - e["sentence_start"]
            items.append({"id": item_id, "doc": k[0], "start": k[1], "end": k[2], "figure": new[k]["value"].get("text"),
                          "field": field, "sentence": f"{s[:i]}[[{s[i:j]}]]{s[j:]}",
                          "A": after if new_first else before, "B": before if new_first else after})
            key[item_id] = "A" if new_first else "B"
    rnd.shuffle(items)
    return items, key


def score(items: dict[str, dict], key: dict[str, str], answers: list[dict]) -> dict[str, Counter[str]]:
    """Per field, how the new answer fared: better, worse, neither (both wrong), both right."""
    out: dict[str, Counter[str]] = {}
    for a in answers:
        answer = a["answer"].lower()
        verdict = {"neither": "neither", "both": "both right"}.get(answer) or (
            "better" if answer.upper() == key[a["id"]] else "worse")
        out.setdefault(items[a["id"]]["field"], Counter())[verdict] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make")
    for name in ("old", "new", "items", "key"):
        mk.add_argument(name, type=Path)
    mk.add_argument("--seed", type=int, default=1)
    sc = sub.add_parser("score")
    for name in ("items", "key", "answers"):
        sc.add_argument(name, type=Path)
    args = parser.parse_args()
    if args.command == "make":
        items, key = make_items(_figures(args.old), _figures(args.new), args.seed)
        args.items.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        args.key.write_text(json.dumps(key), encoding="utf-8")
        print(f"{len(items)} items")
        return
    items = {json.loads(line)["id"]: json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines()}
    answers = [json.loads(line) for line in args.answers.read_text(encoding="utf-8").splitlines() if line.strip()]
    for field, counts in score(items, json.loads(args.key.read_text(encoding="utf-8")), answers).items():
        print(field, ", ".join(f"{v} {k}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
