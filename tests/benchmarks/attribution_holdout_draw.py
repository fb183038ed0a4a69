"""Draw a held-out attribution set (``data/attribution_holdout2.jsonl`` to ``..._holdout22.jsonl``).

Reproducible draws from ``../shared/corpora``, one per held-out set:

* set 2: seed 20261130, numbered n=2000.., excluding the documents of the dev set and held-out 1;
* set 3: seed 20261201, numbered n=3000.., excluding those and the documents of held-out 2;
* set 4: seed 20261202, numbered n=4000.., excluding those and the documents of held-out 3;
* set 5: seed 20261204, numbered n=5000.., excluding those and the documents of held-out 4;
* set 6: seed 20261205, numbered n=6000.., excluding those and the documents of held-out 5;
* set 7: seed 20261206, numbered n=7000.., excluding those and the documents of held-out 6;
* set 8: seed 20261207, numbered n=8000.., excluding those and the documents of held-out 7;
* set 9: seed 20261208, numbered n=9000.., excluding those and the documents of held-out 8;
* sets 10, 11, 12 (the second dev set, ``attribution_dev2.jsonl``): seeds 20261209 to 20261211,
  numbered n=10000.., 11000.., 12000.., excluding those and the documents of held-out 9 and of
  the draws before them;
* set 13 (held-out 10, ``attribution_holdout10.jsonl``): seed 20261212, numbered n=13000..,
  excluding every document above and the second dev set's;
* sets 14 and 15 (held-out 11 and 12, ``attribution_holdout11.jsonl`` / ``..._holdout12.jsonl``):
  seeds 20261213 and 20261214, numbered n=14000.. and 15000.., excluding every document above and
  held-out 10's (set 15 also set 14's);
* sets 16 and 17 (held-out 13 and 14, ``attribution_holdout13.jsonl`` / ``..._holdout14.jsonl``):
  seeds 20261215 and 20261216, numbered n=16000.. and 17000.., excluding every document above and
  held-out 11's and 12's (set 17 also set 16's);
* sets 18 and 19 (held-out 15 and 16, ``attribution_holdout15.jsonl`` / ``..._holdout16.jsonl``):
  seeds 20261217 and 20261218, numbered n=18000.. and 19000.., excluding every document above and
  held-out 13's and 14's (set 19 also set 18's);
* sets 20 and 21 (held-out 17 and 18, ``attribution_holdout17.jsonl`` / ``..._holdout18.jsonl``):
  seeds 20261219 and 20261220, numbered n=20000.. and 21000.., excluding every document above and
  held-out 15's and 16's (set 21 also set 20's);
* sets 22 and 23 (held-out 19 and 20, ``attribution_holdout19.jsonl`` / ``..._holdout20.jsonl``):
  seeds 20261221 and 20261222, numbered n=22000.. and 23000.., excluding every document above and
  held-out 17's and 18's (set 23 also set 22's);
* sets 24 and 25 (held-out 21 and 22, ``attribution_holdout21.jsonl`` / ``..._holdout22.jsonl``):
  seeds 20261223 and 20261224, numbered n=24000.. and 25000.., excluding every document above and
  held-out 19's and 20's (set 25 also set 24's); the corpus runs out of BBC articles and summaries
  with a figure that no earlier set holds, so set 24 has 90 draws (37 BBC, 30 articles, 23 summaries)
  and set 25 30 Inshorts articles;
* sets 26 and 27 (held-out 23 and 24, ``attribution_holdout23.jsonl`` / ``..._holdout24.jsonl``):
  seeds 20261225 and 20261226, numbered n=26000.. and 27000.., excluding every document above and
  held-out 21's and 22's (set 27 also set 26's), 100 Inshorts articles each, the one stratum with
  unlabelled figures left; an article is also left out when its summary (the same story, the same
  number) is in a set, so no story of a blind set is read through its other text;
* strata: 40 BBC articles (``bbc/*/*.txt``), 30 Inshorts articles
  (``inshorts_news_summary/articles``), 30 Inshorts summaries (``inshorts_news_summary/summaries``);
* figure spans are found by the plain regex below (currency marks and words, crore/lakh, the
  lost-rupee ``?`` of the Inshorts text, ``%``/per cent/percent), never by newsfacts, so the
  draw sees no owner or measure;
* documents with at least one span are shuffled per stratum, the first k kept, and one span per
  document picked at random; the 100 draws are then interleaved across strata so that a
  labelled prefix keeps the strata in proportion.

    python tests/benchmarks/attribution_holdout_draw.py --set 3            # the draw as JSON Lines
    python tests/benchmarks/attribution_holdout_draw.py --set 3 --context  # with text around each span

All the sets were labelled by reading the text around each span, without the tool's answers.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
DATA = ROOT / "tests" / "benchmarks" / "data"
_LATER = ("attribution_dev.jsonl", "attribution_holdout.jsonl", *(f"attribution_holdout{k}.jsonl" for k in range(2, 10)))
_BEFORE_16 = (*_LATER, "attribution_dev2.jsonl", "attribution_holdout10.jsonl", "attribution_holdout11.jsonl",
              "attribution_holdout12.jsonl")
_BEFORE_18 = (*_BEFORE_16, "attribution_holdout13.jsonl", "attribution_holdout14.jsonl")
_BEFORE_20 = (*_BEFORE_18, "attribution_holdout15.jsonl", "attribution_holdout16.jsonl")
_BEFORE_22 = (*_BEFORE_20, "attribution_holdout17.jsonl", "attribution_holdout18.jsonl")
_BEFORE_24 = (*_BEFORE_22, "attribution_holdout19.jsonl", "attribution_holdout20.jsonl")
_BEFORE_26 = (*_BEFORE_24, "attribution_holdout21.jsonl", "attribution_holdout22.jsonl")
# set -> (seed, first n, label files whose documents are left out)
SETS = {2: (20261130, 2000, ("attribution_dev.jsonl", "attribution_holdout.jsonl")),
        3: (20261201, 3000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl")),
        4: (20261202, 4000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl",
                             "attribution_holdout3.jsonl")),
        5: (20261204, 5000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl",
                             "attribution_holdout3.jsonl", "attribution_holdout4.jsonl")),
        6: (20261205, 6000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl",
                             "attribution_holdout3.jsonl", "attribution_holdout4.jsonl", "attribution_holdout5.jsonl")),
        7: (20261206, 7000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl",
                             "attribution_holdout3.jsonl", "attribution_holdout4.jsonl", "attribution_holdout5.jsonl",
                             "attribution_holdout6.jsonl")),
        8: (20261207, 8000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl",
                             "attribution_holdout3.jsonl", "attribution_holdout4.jsonl", "attribution_holdout5.jsonl",
                             "attribution_holdout6.jsonl", "attribution_holdout7.jsonl")),
        9: (20261208, 9000, ("attribution_dev.jsonl", "attribution_holdout.jsonl", "attribution_holdout2.jsonl",
                             "attribution_holdout3.jsonl", "attribution_holdout4.jsonl", "attribution_holdout5.jsonl",
                             "attribution_holdout6.jsonl", "attribution_holdout7.jsonl", "attribution_holdout8.jsonl")),
        # the second dev set: three draws of 100, labelled blind by reading and scored once before
        # being read for rules (each draw also leaves out held-out 9, and the draws before it)
        10: (20261209, 10000, _LATER),
        11: (20261210, 11000, _LATER),
        12: (20261211, 12000, _LATER),
        # held-out 10: drawn and labelled blind by reading before the next release's rules
        13: (20261212, 13000, (*_LATER, "attribution_dev2.jsonl")),
        # held-out 11 and 12: drawn and labelled blind by reading before the next release's rules
        14: (20261213, 14000, (*_LATER, "attribution_dev2.jsonl", "attribution_holdout10.jsonl")),
        15: (20261214, 15000, (*_LATER, "attribution_dev2.jsonl", "attribution_holdout10.jsonl")),
        # held-out 13 and 14: drawn and labelled blind by reading before the next release's rules
        16: (20261215, 16000, _BEFORE_16),
        17: (20261216, 17000, _BEFORE_16),
        # held-out 15 and 16: drawn and labelled blind by reading before the next release's rules
        18: (20261217, 18000, _BEFORE_18),
        19: (20261218, 19000, _BEFORE_18),
        # held-out 17 and 18: drawn and labelled blind by reading before the next release's rules
        20: (20261219, 20000, _BEFORE_20),
        21: (20261220, 21000, _BEFORE_20),
        # held-out 19 and 20: drawn and labelled blind by reading before the next release's rules
        22: (20261221, 22000, _BEFORE_22),
        23: (20261222, 23000, _BEFORE_22),
        # held-out 21 and 22: drawn and labelled blind by reading before the next release's rules
        24: (20261223, 24000, _BEFORE_24),
        25: (20261224, 25000, _BEFORE_24),
        # held-out 23 and 24: Inshorts articles only, their stories in no earlier set
        26: (20261225, 26000, _BEFORE_26),
        27: (20261226, 27000, _BEFORE_26)}
# draws whose documents a later draw also leaves out (their label files came after them)
_EARLIER_DRAWS = {10: (), 11: (10,), 12: (10, 11), 15: (14,), 17: (16,), 19: (18,), 21: (20,), 23: (22,), 25: (24,),
                  27: (26,)}
STRATA = {"bbc": ("bbc/*/*.txt", 40),
          "articles": ("inshorts_news_summary/articles/*.txt", 30),
          "summaries": ("inshorts_news_summary/summaries/*.txt", 30)}
# later draws: their own strata, and an Inshorts story left out when either of its texts is in a set
_ARTICLES_ONLY = {"articles": ("inshorts_news_summary/articles/*.txt", 100)}
_STRATA_OF = {26: _ARTICLES_ONLY, 27: _ARTICLES_ONLY}
_WHOLE_STORIES = (26, 27)

NUM = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
SCALE = r"(?:\s?(?:trillion|billion|million|crore|lakh|bn|m|k|tn|cr)\b)?"
CUR_BEFORE = r"(?:US\$|\$|£|€|₹|Rs\.?|INR|(?<![\w?])\?)"
CUR_WORD = r"(?:euros?|pounds?|dollars?|yen|rupees?)\b"
MONEY = re.compile(
    rf"{CUR_BEFORE}\s?{NUM}{SCALE}(?:\s?{CUR_WORD})?"
    rf"|(?<![\w.,]){NUM}{SCALE}\s?{CUR_WORD}"
    rf"|(?<![\w.,$£€₹?]){NUM}\s?(?:crore|lakh)\b", re.I)
PERCENT = re.compile(rf"(?<![\w.,]){NUM}\s?(?:%|per\s?cent\b|percent\b)", re.I)


def spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), "money") for m in MONEY.finditer(text)]
    out += [(m.start(), m.end(), "percent") for m in PERCENT.finditer(text)]
    return sorted(out)


def excluded(names: tuple[str, ...]) -> set[str]:
    docs = set()
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.add(json.loads(line)["doc"])
    return docs


def draw(which: int) -> list[dict]:
    seed, first_n, exclude = SETS[which]
    rng = random.Random(seed)
    skip = excluded(exclude)
    for earlier in _EARLIER_DRAWS.get(which, ()):  # draws of one release leave out each other's documents
        skip |= {d["doc"] for d in draw(earlier)}
    if which in _WHOLE_STORIES:
        skip |= {f"inshorts_news_summary/{part}/{Path(d).name}" for d in skip if d.startswith("inshorts_news_summary/")
                 for part in ("articles", "summaries")}
    strata = _STRATA_OF.get(which, STRATA)
    per: dict[str, list[dict]] = {}
    for stratum, (pattern, k) in strata.items():
        docs = sorted(str(p.relative_to(CORPORA)) for p in CORPORA.glob(pattern))
        docs = [d for d in docs if d not in skip]
        rng.shuffle(docs)
        chosen = []
        for doc in docs:
            if len(chosen) == k:
                break
            found = spans((CORPORA / doc).read_text(encoding="utf-8", errors="replace"))
            if found:
                start, end, kind = rng.choice(found)
                chosen.append({"doc": doc, "start": start, "end": end, "kind": kind, "stratum": stratum})
        per[stratum] = chosen
    order = []
    while any(per.values()):
        for stratum in strata:
            if per[stratum]:
                order.append(per[stratum].pop(0))
    for i, d in enumerate(order):
        d["n"] = first_n + i
    return order


def main() -> int:
    context = "--context" in sys.argv
    which = int(sys.argv[sys.argv.index("--set") + 1]) if "--set" in sys.argv else 2
    for d in draw(which):
        if context:
            text = (CORPORA / d["doc"]).read_text(encoding="utf-8", errors="replace")
            s, e = d["start"], d["end"]
            print(f"=== n={d['n']} {d['doc']} {s}-{e} {d['kind']} [{text[s:e]}]")
            print("TITLE:", text[:120].split("\n")[0])
            print(text[max(0, s - 500):s].replace("\n", " ") + " <<" + text[s:e] + ">> "
                  + text[e:e + 250].replace("\n", " "))
        else:
            print(json.dumps(d))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
