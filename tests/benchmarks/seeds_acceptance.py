"""Acceptance on the five seed articles: ``newsfacts conflicts ../shared/seeds`` must report exactly
what a careful reader finds (``../shared/seeds.md``), and nothing else.

Usage::

    python tests/benchmarks/seeds_acceptance.py [--seeds PATH] [--strict]

Runs the installed command twice, as a user would: without ``--date`` (the MSFN
joining date "in September last year" in an undated article needs a reference
date) and with ``--date 2025-02-14`` (then it is September 2024 against 2023).
Expected, in both runs:

* the NCMM outlay: Rs 34,300 crore against Rs 16,300 crore;
* what TRUST stands for: two different expansions;
* when India joined the Minerals Security Finance Network;

and no other finding at the default confidence. Prints every finding and a
verdict per expectation; ``--strict`` exits 1 when one fails. Needs
``../shared/seeds`` (says so and stops when it is missing).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NEWSFACTS = Path(sys.executable).parent / "newsfacts"
CRORE = 1e7


def run(seeds: Path, *extra: str) -> list[dict]:
    out = subprocess.run([str(NEWSFACTS), "conflicts", str(seeds), "--format", "json", "--quiet", *extra],
                         capture_output=True, text=True, check=False)
    return json.loads(out.stdout or "[]")


def describe(finding: dict) -> str:
    subject = (finding.get("subject") or {}).get("name")
    values = " vs ".join(f"{v['display']} [{', '.join(a[:3] for a in v['articles'])}]" for v in finding["values"])
    return (f"{finding['kind']}/{finding['status']}/{finding['label']} ({finding['confidence']:.2f}) "
            f"{subject} · {finding['predicate']}: {values}")


def is_outlay(f: dict) -> bool:
    amounts = sorted(round(v["value"]["amount"] / CRORE) for v in f["values"] if "amount" in v["value"])
    return f["kind"] == "value" and f["label"] == "conflict" and amounts == [16300, 34300]


def is_trust(f: dict) -> bool:
    longs = {v["value"].get("long", "") for v in f["values"]}
    return (f["kind"] == "definition" and len(longs) == 2
            and any(long.startswith("Technology and Resilient") for long in longs)
            and any(long.startswith("Transforming") for long in longs))


def is_msfn(f: dict, status: str, displays: set[str] | None = None) -> bool:
    name = (f.get("subject") or {}).get("name", "")
    return (f["kind"] == "date" and name == "Minerals Security Finance Network" and f["status"] == status
            and (displays is None or {v["display"] for v in f["values"]} == displays))


def check(label: str, findings: list[dict], expectations: dict[str, object]) -> bool:
    print(f"-- {label}: {len(findings)} findings")
    for finding in findings:
        print("   " + describe(finding))
    ok = True
    matched = set()
    for name, test in expectations.items():
        hits = [i for i, f in enumerate(findings) if test(f)]  # type: ignore[operator]
        matched.update(hits)
        print(f"   {'PASS' if len(hits) == 1 else 'FAIL'}  {name}")
        ok &= len(hits) == 1
    extra = len(findings) - len(matched)
    print(f"   {'PASS' if extra == 0 else 'FAIL'}  nothing else ({extra} other findings)")
    return ok and extra == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--strict", action="store_true", help="exit 1 when an expectation fails")
    args = parser.parse_args()
    if not args.seeds.is_dir():
        print(f"{args.seeds} not found: this benchmark needs ../shared/seeds beside the project; nothing to check.")
        return 0
    common = {"NCMM outlay Rs 34,300 crore vs Rs 16,300 crore": is_outlay, "TRUST expansions differ": is_trust}
    ok = check("without --date", run(args.seeds), common | {
        "MSFN joining date needs a reference date": lambda f: is_msfn(f, "needs_reference_date")})
    ok &= check("with --date 2025-02-14", run(args.seeds, "--date", "2025-02-14"), common | {
        "MSFN joined September 2024 vs 2023": lambda f: is_msfn(f, "conflict", {"2023", "2024-09"})})
    print("seeds acceptance:", "PASS" if ok else "FAIL")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
