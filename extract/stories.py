"""Stories: which articles cover the same news, so that only their figures are compared.

Two articles are one story when their *story terms* are similar: TF-IDF
cosine over each article's most telling content words and names. The terms
are computed once per article at extraction (:func:`story_terms`) and carried
on every fact (``Fact.story_terms``), so ``conflicts`` groups a folder of
articles and the same facts piped as JSON Lines into the same stories.

Why terms rather than the whole text: a record must stay small (it rides on
every fact) and grouping must scale. Each article keeps ``TERMS_PER_ARTICLE``
words, ranked by frequency and then by first appearance (the headline and
lede come first, which is what a short summary repeats). The inverse document
frequency is taken over the batch's term lists, so words every story uses
("said", "government") weigh little without a fixed word list. Whether two
articles of a story report the same news also looks at a *lead* cosine, where a
term weighs less the lower it ranks in its article's list (:func:`rank_weight`):
the words a summary shares with its source lead both lists.

Scaling: candidate pairs come from an inverted index (blocking), never from
all pairs. Only terms held by at most ``max_block`` articles open a block, so
the work is about (articles x terms x block size), linear in the batch for a
fixed block size; a million articles are a few hundred million cheap set
operations, done once. Pairs above ``STORY_THRESHOLD`` are joined
(union-find), only when their published dates, if both known, are within
``WINDOW_DAYS``; so is each article with its nearest neighbours, and a
summary-shaped text (fewer terms than an article keeps) with the article it is
clearly nearest to by the lead cosine (``SOURCE_MARGIN``), and with the article
that is its source (each the other's nearest of the other kind).

Near-copies (reprints, syndicated wire copy, a file saved twice) are pairs
above ``COPY_THRESHOLD``: one *origin*, so a figure they repeat is one
source, not two.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import operator
import re
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy
from spacy.lang.en.stop_words import STOP_WORDS

from .patterns import load_table
from .records import AnyFact, evolve

# 40 terms: every content word of a ~60-word summary, and the topical core of a long article;
# 48 grouped no better (measured on the corpus: 94.2% vs 94.5% of summaries with their source).
TERMS_PER_ARTICLE = 40
# Cosine over IDF-weighted term sets. Measured on the Inshorts pairs (tests/benchmarks/conflicts_dev.py):
# a summary and its own article score 0.3-0.8, unrelated articles of one section rarely above 0.2.
STORY_THRESHOLD = 0.5
# Two articles this close report the same news (see Stories.same_news); a story's far ends need not.
SAME_NEWS = 0.4
# Mutual nearest neighbours at least this close report the same news (with 0.25, 85% of the corpus's
# summaries with figures counted as the same news as their source; with 0.15, 88%).
MUTUAL_NEWS = 0.15
# An article joins its nearest neighbour above this, even under STORY_THRESHOLD.
NEIGHBOUR_THRESHOLD = 0.12
# How many nearest neighbours an article may join (the nearest always, the others when mutual): with
# 2, 94.5% of the corpus summaries were grouped with their source; with 3, 96.1%.
NEIGHBOURS = 3
# Above this two articles are the same text, give or take a headline or a footer.
COPY_THRESHOLD = 0.85
# Two dated articles more than this apart are different news even on one subject.
WINDOW_DAYS = 10
# A term shared by more articles than this does not open a block: it is common, and
# comparing everything that shares it would be all pairs again.
DEFAULT_MAX_BLOCK = 200
# A term's lead weight falls with its rank in the article's list: by half at this rank. Used for
# "same news" only (see Stories.same_news), not to join stories: grouping the whole corpus by the
# lead cosine put 97.4% of summaries with their own article (96.0% with equal weights) but chained
# unrelated news into larger stories (stories mixing BBC and Inshorts articles: 74 against 58).
RANK_DECAY = 20
# A text with fewer story terms than an article keeps (a summary) joins the article it is nearest to
# by the lead cosine when the next article is at most 1/SOURCE_MARGIN as near: on the corpus 97% of
# such joins were a summary and its own source (most of them joined already), and grouping put 96.3%
# of summaries with their source (96.0% without); with 1.3 it was 96.5% but a story grew from 173
# articles to 259.
SOURCE_MARGIN = 1.5
# The lead cosine is computed only for pairs at least this close by the plain cosine (the rest are
# 0): two thirds of the corpus's 800,000 candidate pairs are under it, and 3 of its 4,364 summaries
# with their source.
LEAD_FLOOR = 0.08
# Two shared blocking terms before the cosine is even computed: one shared name is chance.
MIN_SHARED = 2
# Terms held by at most this many articles are summed exactly when bounding a pair's cosine (see
# _Candidates); the work is (articles x terms x this), linear in the batch like the blocks. The
# corpus's most common story term is held by 895 of its 4,319 articles with figures.
SCORED_BLOCK = 10 * DEFAULT_MAX_BLOCK
# Up to this many articles in the batch per posting an article's terms hold, its candidates are
# totalled in one array over the batch rather than by sorting their ids (see _Candidates.after).
DENSE_TOTALS = 64

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]")
# Words that carry no topic in news text, on top of spaCy's English stop words.
_NEWS_FILLER = frozenset({"said", "says", "told", "also", "year", "years", "new", "like", "just", "time",
                          "crore", "lakh", "million", "billion", "percent", "cent", "rs", "inr", "usd", "read",
                          "according", "added", "including", "people", "way", "day", "week", "month"})


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """One place's two names folded into one term (``patterns/story_terms.json``)."""
    return dict(load_table("story_terms.json")["aliases"])


@lru_cache(maxsize=20_000)
def _term(written: str) -> str | None:
    """A word as a story term, or None for a stop word: the same words recur in every article,
    so each is folded once (bounded cache) rather than once per article."""
    word = written.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    # "Bit-coins" and "bitcoin" are one term: no hyphens, a plural "s" off. "Gurugram-based" stays
    # one word: folding such compounds to their name ("BJP-led" to "bjp") chained news of one party
    # or city together (the corpus's largest story grew from 173 articles to 268).
    word = word.replace("-", "")
    aliases = _aliases()
    if word in aliases:
        return aliases[word]  # one place, two names ("Gurgaon", "Gurugram"); no plural to take off
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) < 3 or word in STOP_WORDS or word in _NEWS_FILLER:
        return None
    return word


def story_term(written: str) -> str | None:
    """A written word folded as story terms are ("Wales" -> "wale"), or None for a stop word."""
    return _term(written)


def story_terms(text: str, limit: int = TERMS_PER_ARTICLE) -> list[str]:
    """The article's most telling words, best first: frequent content words and names, ties by first use.

    A dict keeps its words in order of first use and Python's sort is stable (``reverse`` too),
    so sorting by count alone breaks ties by first use without a key tuple per word.
    """
    counts: dict[str, int] = {}
    # Counted as written first (cheap), folded afterwards once per distinct word.
    for written, n in Counter(_WORD.findall(text)).items():
        word = _term(written)
        if word is None:
            continue
        # A name counts double: names are what tells two stories on one topic apart.
        counts[word] = counts.get(word, 0) + (2 * n if written[0].isupper() else n)
    return sorted(counts, key=counts.__getitem__, reverse=True)[:limit]


# Articles without story terms (facts from an older extract, or made by hand) share one story:
# with nothing to group them by, they are compared as one batch, as before stories existed.
UNGROUPED = ""


@dataclass(frozen=True)
class Stories:
    """Which story and which origin each article belongs to; ids are the first article of each, by id.

    ``similar`` keeps the cosine of every pair of articles that came close (at least
    ``NEIGHBOUR_THRESHOLD``): a story is a chain of such pairs, and two of its articles at the far
    ends of a chain need not be about the same thing, so alignment asks for the pair itself.
    """

    story: Mapping[str, str]
    origin: Mapping[str, str]
    similar: Mapping[tuple[str, str], float] = field(default_factory=dict)

    def story_of(self, doc: str) -> str:
        return self.story.get(doc, UNGROUPED)

    def origin_of(self, doc: str) -> str:
        return self.origin.get(doc, doc)

    close: frozenset[tuple[str, str]] = frozenset()
    # Pairs that are each other's nearest by the lead cosine (terms weighted by rank), with it.
    lead_close: Mapping[tuple[str, str], float] = field(default_factory=dict)
    # A summary-shaped text and the article it condenses (each the other's nearest of the other kind).
    sources: Mapping[str, str] = field(default_factory=dict)

    def summarises(self, summary: str, article: str) -> bool:
        """Whether ``summary`` is a summary written from ``article`` (as the corpus's Inshorts
        summaries are from their articles): its "reportedly" points at that article's report."""
        return self.sources.get(summary) == article

    def similarity(self, a: str, b: str) -> float:
        """Cosine of two articles' story terms; 1 for one article or two without terms, 0 when not close."""
        if a == b or (a not in self.story and b not in self.story):
            return 1.0
        return self.similar.get((a, b) if a < b else (b, a), 0.0)

    def near(self, a: str, b: str) -> bool:
        """Whether two articles came close at all (``NEIGHBOUR_THRESHOLD``), not only through others."""
        return self.similarity(a, b) > 0.0

    def same_news(self, a: str, b: str) -> bool:
        """Whether two articles report the same news, not just a story's topic: each is the other's
        nearest and they are not far (``MUTUAL_NEWS``: a summary and its source), or they are close
        outright (``SAME_NEWS``). Nearest either by the cosine or by the lead cosine, which weighs
        the words each article leads with most: a summary repeats its source's headline and lede,
        not the rest, and another article of the story may share more words it mentions in passing."""
        similarity = self.similarity(a, b)
        key = (a, b) if a < b else (b, a)
        return similarity >= SAME_NEWS or (similarity >= MUTUAL_NEWS and key in self.close) \
            or self.lead_close.get(key, 0.0) >= MUTUAL_NEWS


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id is the root, so a story's id does not depend on input order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _neg(doc: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in doc)


_NONE = ((0.0, ""), (0.0, ""))


def _close_in_time(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def similar_pairs(terms: Mapping[str, list[str]], max_block: int = DEFAULT_MAX_BLOCK,
                  lead: bool = False) -> Iterable[tuple[str, str, float]]:
    """(doc, doc, cosine) for every pair sharing at least ``MIN_SHARED`` blocking terms; with
    ``lead``, the cosine with terms weighted by rank (:func:`rank_weight`)."""
    for a, b, flat, leading in scored_pairs(terms, max_block):
        yield a, b, leading if lead else flat


def scored_pairs(terms: Mapping[str, list[str]], max_block: int = DEFAULT_MAX_BLOCK,
                 floor: float = 0.0) -> Iterable[tuple[str, str, float, float]]:
    """(doc, doc, cosine, lead cosine) for every pair sharing at least ``MIN_SHARED`` blocking terms:
    the cosine weighs every story term alike, the lead cosine weighs each by its rank. With
    ``floor``, the pairs whose cosine is surely under it are left out without being scored."""
    docs = sorted(terms)
    n = len(docs)
    df: Counter[str] = Counter(t for d in docs for t in set(terms[d]))
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    weights = {d: _weights(terms[d], idf) for d in docs}
    held = {d: frozenset(weights[d]) for d in docs}
    idf2 = {t: w * w for t, w in idf.items()}
    norm = {d: math.sqrt(sum(idf2[t] for t in held[d])) or 1.0 for d in docs}
    lead_norm = {d: math.sqrt(sum(w * w for w in weights[d].values())) or 1.0 for d in docs}
    candidates = _Candidates(docs, weights, df, idf2, [norm[d] for d in docs], max_block)
    for i, d in enumerate(docs):
        mine, my_terms, my_norm = weights[d], held[d], norm[d]
        for j in candidates.after(i, floor):
            other = docs[j]
            common = my_terms & held[other]
            # (map rather than a generator: the same sum, without a Python frame per term)
            cosine = sum(map(idf2.__getitem__, common)) / (my_norm * norm[other])
            if cosine < LEAD_FLOOR:
                yield d, other, cosine, 0.0  # far apart either way; most candidate pairs end here
                continue
            theirs = weights[other]
            lead_dot = sum(map(operator.mul, map(mine.__getitem__, common), map(theirs.__getitem__, common)))
            yield d, other, cosine, lead_dot / (lead_norm[d] * lead_norm[other])


class _Candidates:
    """The articles after each article that share ``MIN_SHARED`` blocking terms with it (an
    inverted index over the terms held by at most ``max_block`` articles) and whose cosine can
    reach a floor. Nine candidate pairs in ten on the corpus are under ``LEAD_FLOOR``, which
    changes nothing in ``group_stories``; their cosine was most of its time.

    The bound is computed for all of an article's candidates at once (numpy): the exact weight of
    the terms held by at most ``SCORED_BLOCK`` articles, which each pair is summed over, plus, for
    the terms held by more, the smaller of the two articles' weights in such terms. Only the
    pairs the bound lets through are scored, exactly as before, so the result is the same."""

    def __init__(self, docs: list[str], weights: Mapping[str, Mapping[str, float]], df: Mapping[str, int],
                 idf2: Mapping[str, float], norms: list[float], max_block: int) -> None:
        scored = max(SCORED_BLOCK, max_block)
        postings: dict[str, list[int]] = defaultdict(list)
        common_weight = []
        for i, d in enumerate(docs):
            for t in weights[d]:
                if 1 < df[t] <= scored:
                    postings[t].append(i)
            common_weight.append(sum(idf2[t] for t in weights[d] if df[t] > scored))
        self.postings = {t: numpy.asarray(ids, dtype=numpy.int64) for t, ids in postings.items()}
        self.blocking = {t: float(df[t] <= max_block) for t in postings}
        self.docs, self.weights, self.idf2 = docs, weights, idf2
        self.norms = numpy.asarray(norms)
        self.common_weight = numpy.asarray(common_weight)

    def after(self, i: int, floor: float) -> list[int]:
        """Candidates j > i of article i, in increasing order."""
        held = [t for t in self.weights[self.docs[i]] if t in self.postings]
        if not held:
            return []
        others = numpy.concatenate([self.postings[t] for t in held])
        lengths = [len(self.postings[t]) for t in held]
        weight = numpy.repeat([self.idf2[t] for t in held], lengths)
        blocking = numpy.repeat([self.blocking[t] for t in held], lengths)
        later = others > i
        others, weight, blocking = others[later], weight[later], blocking[later]
        # Totals per article id (a count for every article of the batch) while that costs less
        # than sorting the ids, as on a batch of a few thousand articles; else per distinct id.
        dense = len(self.docs) <= DENSE_TOTALS * len(others)
        found, where = (None, others) if dense else numpy.unique(others, return_inverse=True)
        size = len(self.docs) if found is None else len(found)
        keep = numpy.flatnonzero(numpy.bincount(where, weights=blocking, minlength=size) >= MIN_SHARED)
        ids = keep if found is None else found[keep]
        if floor > 0.0:
            dot = numpy.bincount(where, weights=weight, minlength=size)[keep]
            bound = dot + numpy.minimum(self.common_weight[ids], self.common_weight[i])
            # (a relative margin far above the rounding of a sum of 40 terms)
            ids = ids[bound * (1 + 1e-9) >= floor * self.norms[i] * self.norms[ids]]
        return ids.tolist()


def rank_weight(rank: int) -> float:
    """How much a story term counts by its place in the article's list (0 = first): the words an
    article repeats most, and among them its headline and lede, say what it is about; a word used
    once near the end only touches on it."""
    return 1.0 / (1.0 + rank / RANK_DECAY)


def _weights(ranked: list[str], idf: Mapping[str, float]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for rank, term in enumerate(ranked):
        if term not in weights:
            weights[term] = idf[term] * rank_weight(rank)
    return weights


def group_stories(terms: Mapping[str, list[str]], published: Mapping[str, dt.date | None] | None = None,
                  threshold: float = STORY_THRESHOLD, max_block: int = DEFAULT_MAX_BLOCK) -> Stories:
    """Stories and origins for a batch: ``terms`` maps each article id to its :func:`story_terms`.

    Deterministic: the same batch in any order gives the same ids.
    """
    dates = published or {}
    stories, origins = _Union(), _Union()
    nearest: dict[str, list[tuple[float, tuple[int, ...], str]]] = defaultdict(list)
    similar: dict[tuple[str, str], float] = {}
    leading: dict[str, tuple[float, str]] = {}
    short = {d for d, found in terms.items() if len(found) < TERMS_PER_ARTICLE}
    sources: dict[str, tuple[tuple[float, str], tuple[float, str]]] = {}
    digests: dict[str, tuple[float, str]] = {}
    # Each article's tie-break key, made once: an article joins the heaps of many neighbours.
    negated: dict[str, tuple[int, ...]] = {}
    # A pair under both thresholds and the lead floor changes nothing below: most candidate pairs.
    weakest = min(threshold, NEIGHBOUR_THRESHOLD)
    for a, b, cosine, lead in scored_pairs(terms, max_block, floor=min(weakest, LEAD_FLOOR)):
        if not lead and cosine < weakest:
            continue
        if not _close_in_time(dates.get(a), dates.get(b)):
            continue
        for x, y in ((a, b), (b, a)) if lead else ():  # (0: under LEAD_FLOOR, never the same news)
            # The lead-nearest; ties go to the smaller id, so the result does not depend on input order.
            held = leading.get(x)
            if held is None or lead > held[0] or (lead == held[0] and y < held[1]):
                leading[x] = (lead, y)
            if x in short and y not in short:
                # A summary-shaped text (fewer words than an article keeps): its two nearest articles.
                first, second = sources.get(x, _NONE)
                if lead > first[0] or (lead == first[0] and y < first[1]):
                    sources[x] = ((lead, y), first)
                elif lead > second[0]:
                    sources[x] = (first, (lead, y))
            elif y in short and x not in short:
                # An article: the summary-shaped text nearest to it.
                held = digests.get(x)
                if held is None or lead > held[0] or (lead == held[0] and y < held[1]):
                    digests[x] = (lead, y)
        if cosine >= threshold:
            stories.join(a, b)
            if cosine >= COPY_THRESHOLD:
                origins.join(a, b)
        if cosine >= NEIGHBOUR_THRESHOLD:
            similar[(a, b) if a < b else (b, a)] = round(cosine, 4)
            for x, y in ((a, b), (b, a)):
                # Ties go to the smaller id, so the result does not depend on input order.
                key = negated.get(y)
                if key is None:
                    key = negated[y] = _neg(y)
                heapq.heappush(nearest[x], (cosine, key, y))
                if len(nearest[x]) > NEIGHBOURS:
                    heapq.heappop(nearest[x])
    # Each article also joins its nearest few neighbours: a summary repeats only part of its
    # source's words, but its source is still among the closest articles (with a second summary
    # or a reprint of the same news the other); a few links each do not chain whole sections
    # together the way a low pairwise threshold does.
    top = {x: {y for _, _, y in near} for x, near in nearest.items()}
    first = {x: max(near)[2] for x, near in nearest.items()}
    close = {(x, y) if x < y else (y, x) for x, y in first.items() if first.get(y) == x}
    for x, near in sorted(nearest.items()):
        for rank, (_, _, y) in enumerate(sorted(near, reverse=True)):
            mutual = x in top.get(y, ())
            # The nearest always; the next only when the choice is mutual (x is among y's nearest too).
            if rank == 0 or mutual:
                stories.join(x, y)
    # A summary-shaped text joins the article it leads with when that article is clearly the best
    # (SOURCE_MARGIN): a summary condenses one article, though other summaries may be nearer to it.
    for x, (best, second) in sorted(sources.items()):
        if best[0] >= MUTUAL_NEWS and best[0] >= SOURCE_MARGIN * second[0]:
            stories.join(x, best[1])
    lead_close = {(x, y): round(cosine, 4) for x, (cosine, y) in leading.items()
                  if x < y and leading.get(y, (0.0, ""))[1] == x}
    # A summary-shaped text and an article each the other's nearest of the other kind: a summary
    # and its source, though another summary (of a similar story) may be nearer to either. It is
    # one story with its source whatever else the two joined.
    condensed: dict[str, str] = {}
    for x, (best, _) in sorted(sources.items()):
        if digests.get(best[1], (0.0, ""))[1] == x:
            key = (x, best[1]) if x < best[1] else (best[1], x)
            lead_close.setdefault(key, round(best[0], 4))
            condensed[x] = best[1]
            stories.join(x, best[1])
    return Stories(story={d: stories.find(d) for d in terms}, origin={d: origins.find(d) for d in terms},
                   similar=similar, close=frozenset(close), lead_close=lead_close, sources=condensed)


def with_story_terms(facts: list[AnyFact], terms: Callable[[], list[str]]) -> list[AnyFact]:
    """The facts of one article, each carrying the article's story terms (``terms()``, asked only
    if a fact lacks them: the facts of an article dense with figures are built with them)."""
    if all(fact.story_terms is not None for fact in facts):
        return facts
    found = terms()
    return [evolve(fact, story_terms=found) if fact.story_terms is None else fact for fact in facts]
