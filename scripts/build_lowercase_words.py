#!/usr/bin/env python
"""Generate ``patterns/lowercase_words.txt``: English words that are words, not names.

A capitalised word that opens a sentence ("Back in December", "Earnings at Barclays",
"Former champion X") looks like a name to a blank pipeline. spaCy's lexeme probabilities
(``en_lexeme_prob`` in ``spacy-lookups-data``, MIT) are counted per spelling, so they say how
often a word is written in lower case against capitalised: "back" is ~37 times likelier than
"Back", while "apple"/"Apple", "google"/"Google" and "congress"/"Congress" are close. A word
is listed when it is common (log-probability >= ``MIN_LOGPROB``) and its lower-case spelling is
at least e**``MIN_CASE_MARGIN`` (about 7) times likelier than its capitalised one.

It also writes ``patterns/opener_words.txt``: the common words written in lower case more often
than capitalised at all (by at least e**``OPENER_MARGIN``, about 1.35 times) that the first list
leaves out. Their capitalised counts are swollen by the sentences they open ("Perhaps", "Imagine",
"Unions oppose", "Organisers hope"), so they are read as words only where a word opens a sentence
and the article never writes it capitalised elsewhere; names a sentence opens ("Activision",
"Nissan", "Shrek") are likelier capitalised and stay out.

``spacy-lookups-data`` (a 100 MB wheel) is needed only to run this script, not at run time.

Usage::

    python scripts/build_lowercase_words.py          # (re)write the file
    python scripts/build_lowercase_words.py --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "patterns" / "lowercase_words.txt"
OPENERS_OUT = OUT.with_name("opener_words.txt")
MIN_LOGPROB = -15.0
MIN_CASE_MARGIN = 2.0
OPENER_MARGIN = 0.3
_NEVER = -25.0  # a capitalised spelling the table does not list


def build() -> tuple[str, str]:
    """The text of both lists: (lower-case words, sentence-opener words)."""
    table = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    probs: dict[str, float] = json.loads(gzip.decompress(table.read_bytes()))
    common = {w: p - probs.get(w.capitalize(), _NEVER) for w, p in probs.items()
              if len(w) > 1 and w.isalpha() and w.isascii() and w.islower() and p >= MIN_LOGPROB}
    words = sorted(w for w, margin in common.items() if margin >= MIN_CASE_MARGIN)
    openers = sorted(w for w, margin in common.items() if OPENER_MARGIN <= margin < MIN_CASE_MARGIN)
    return "\n".join(words) + "\n", "\n".join(openers) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    texts = dict(zip((OUT, OPENERS_OUT), build()))
    if args.check:
        return 0 if all(path.exists() and path.read_text(encoding="utf-8") == text for path, text in texts.items()) else 1
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {text.count(chr(10))} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
