"""Score ``find_amounts`` on other projects' money and percentage test cases.

Usage::

    python tests/benchmarks/peer_tests.py [--shared PATH] [--verbose] [--strict-spans]

PATH defaults to ``<repo>/../shared/peer-tests``; if the folder is missing the
script says so and exits 0 (the cases are not shipped with the repo). Each
``*.jsonl`` file there holds one case a line (format: the folder's README.md).

Scoring (as the README says, plus one decision of ours):

* a positive case passes when every expected item is found: a distinct found
  item with the same unit (ISO code or ``%``) and a value within 0.5% of the
  expected one (one found item can satisfy only one expected item);
* a negative case (``expected: []``) passes only when nothing is found;
* extra found items in a positive case do NOT fail it. The peers annotate only
  what their own recogniser supports (quantulum3 keeps non-money quantities out of
  ``expected``, Recognizers omits some figures), so an extra item is not
  necessarily wrong; we count them and show them under ``--verbose`` instead.
* ``--strict-spans`` also requires the found span to overlap the expected span.

"Supported" restricts a file to cases whose expected units are all currencies in
``patterns/currencies.json`` (or ``%``); negative cases have no unit and count as
supported. This file is named without a ``test_`` prefix so pytest never collects it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from extract.amounts import AmountMatch, find_amounts  # noqa: E402
from extract.patterns import load_table  # noqa: E402

TOLERANCE = 0.005


@dataclass
class CaseResult:
    id: str
    text: str
    expected: list[dict]
    found: list[AmountMatch]
    passed: bool
    supported: bool
    missing: list[dict] = field(default_factory=list)
    extra: list[AmountMatch] = field(default_factory=list)


def unit_of(match: AmountMatch) -> str:
    return "%" if match.kind == "percent" else match.value.currency


def same_value(found: float, expected: float) -> bool:
    if expected == 0:
        return abs(found) < 1e-9
    return abs(found - expected) <= TOLERANCE * abs(expected)


def score_case(case: dict, supported_units: set[str], strict_spans: bool) -> CaseResult:
    text, expected = case["text"], case["expected"]
    found = find_amounts(text)
    unused = list(found)
    missing = []
    for item in expected:
        hit = next(
            (
                f for f in unused
                if unit_of(f) == item["unit"]
                and same_value(f.value.amount, item["value"])
                and (not strict_spans or (f.start < item["end"] and item["start"] < f.end))
            ),
            None,
        )
        if hit is None:
            missing.append(item)
        else:
            unused.remove(hit)
    passed = not missing if expected else not found
    supported = all(item["unit"] in supported_units for item in expected)
    return CaseResult(case["id"], text, expected, found, passed, supported, missing, unused)


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def describe(match: AmountMatch) -> str:
    return f"{match.value.text!r}={match.value.amount:g} {unit_of(match)}"


def pct(passed: int, total: int) -> str:
    return f"{100.0 * passed / total:5.1f}%" if total else "    -"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "peer-tests",
                        help="folder of peer-test JSONL files (default: <repo>/../shared/peer-tests)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list failing cases and what was found")
    parser.add_argument("--strict-spans", action="store_true", help="also require found and expected spans to overlap")
    args = parser.parse_args(argv)

    folder: Path = args.shared
    if not folder.is_dir():
        print(f"peer tests: folder {folder} not found; nothing to score (pass --shared PATH).")
        return 0
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        print(f"peer tests: no *.jsonl files in {folder}; nothing to score.")
        return 0

    supported_units = {entry["code"] for entry in load_table("currencies.json")["currencies"]} | {"%"}
    rows, failures, all_results = [], [], []
    for path in files:
        results = [score_case(case, supported_units, args.strict_spans) for case in load_cases(path)]
        all_results.extend((path.name, r) for r in results)
        sup = [r for r in results if r.supported]
        rows.append((
            path.name, len(results), sum(r.passed for r in results),
            len(sup), sum(r.passed for r in sup), sum(len(r.extra) for r in results if r.expected),
        ))
        failures.extend((path.name, r) for r in results if not r.passed)

    header = f"{'file':<28} {'cases':>5} {'passed':>6} {'rate':>6}   {'supported':>9} {'passed':>6} {'rate':>6}   {'extra':>5}"
    print(header)
    print("-" * len(header))
    tot = [0, 0, 0, 0, 0]
    for name, n, p, ns, ps, extra in rows:
        print(f"{name:<28} {n:>5} {p:>6} {pct(p, n):>6}   {ns:>9} {ps:>6} {pct(ps, ns):>6}   {extra:>5}")
        for i, v in enumerate((n, p, ns, ps, extra)):
            tot[i] += v
    print("-" * len(header))
    n, p, ns, ps, extra = tot
    print(f"{'total':<28} {n:>5} {p:>6} {pct(p, n):>6}   {ns:>9} {ps:>6} {pct(ps, ns):>6}   {extra:>5}")
    print("(supported: cases whose expected units are all in patterns/currencies.json or '%'; "
          "extra: found items beyond the expected ones in positive cases, not counted as failures)")

    if args.verbose:
        if failures:
            print("\nFailing cases:")
        for name, r in failures:
            print(f"\n[{name}] {r.id}{'' if r.supported else ' (unsupported unit)'}")
            print(f"  text:     {r.text[:200]!r}")
            want = ", ".join(f"{e['text']!r}={e['value']:g} {e['unit']}" for e in r.expected) or "(nothing)"
            print(f"  expected: {want}")
            print(f"  found:    {', '.join(describe(f) for f in r.found) or '(nothing)'}")
            if r.missing:
                print(f"  missing:  {', '.join(repr(m['text']) for m in r.missing)}")
        extra_cases = [(name, r) for name, r in all_results if r.expected and r.extra]
        if extra_cases:
            print("\nPassing or failing positive cases with extra found items (not counted as failures):")
        for name, r in extra_cases:
            print(f"  [{name}] {r.id}: {', '.join(describe(f) for f in r.extra)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
