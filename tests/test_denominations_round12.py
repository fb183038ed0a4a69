"""Face values, round 12: the money a text names a banknote or coin by ("Rs 500 and Rs 1,000
notes", "notes of ?2,000", "the new £5 coin") is a fact with the measure ``denomination`` and no
owner, where it used to be dropped: a reader counts it among the article's figures, as nobody's
sum. Each case fails on the code before the rule (the id says which shape). The second table holds
the guards: sums near a note word that stay ordinary figures with their own measure. Last, face
values are never compared: two articles naming two notes are no conflict.

Percent measures, round 12: the bare rate (or stake) of an owner that is a tax is a tax rate; a
body named after a tax, and a change the tax is owner of, keep theirs. A percentage "of" a group of
people is a share of them, whatever else their clause says they do; their approval, votes or a
quota of them keep their measure, approval and turnout only where the people's verb after the
figure names them. "Tax rates", "rates of tax", "taxes at the rate of" are tax rate words: those
cases are ``PERCENT_MEASURES`` of ``tests/test_measures_round12.py``."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.alignment import figures_of
from extract.articles import Article
from extract.conflicts import ConflictFinder, find_conflicts
from extract.facts import facts_from_articles
from extract.stories import Stories
from tests.helpers import figures

FACE_VALUES = [
    pytest.param("Cash\n\nThe ban on Rs 200 and Rs 2,000 notes was lifted by the Tarn government on Friday.",
                 ["Rs 200", "Rs 2,000"], id="figures listed before notes"),
    pytest.param("Cash\n\nPolice said the gang printed fake ?200 notes in a rented shed near the highway.",
                 ["200"], id="a lost rupee sign before notes"),
    pytest.param("Cash\n\nThe Kestrel state bank replaced all old notes of Rs 50 and Rs 20 at its rural branches.",
                 ["Rs 50", "Rs 20"], id="figures listed after notes of"),
    pytest.param("Coins\n\nThe Royal Mint will stop striking the £2 coin from next spring, the mint said.",
                 ["£2"], id="a coin's face value"),
    pytest.param("Cash\n\nVoters were shown posters of the withdrawn Rs 200/2000 notes at every rally.",
                 ["Rs 200"], id="a second face value after a slash"),
]


@pytest.mark.parametrize("text, faces", FACE_VALUES)
def test_a_face_value_is_a_denomination_with_no_owner(nlp, text, faces):
    found = figures(nlp, text)
    for face in faces:
        assert found[face].predicate == "denomination", face
        assert found[face].subject is None, face
        assert found[face].qualifiers == {}, face


GUARDS = [
    pytest.param("Cash\n\nCustoms seized Rs 40 lakh in new Rs 2,000 notes from a passenger at the airport.",
                 "Rs 40 lakh", "seizure", id="a scaled sum in notes is what was seized"),
    pytest.param("Cash\n\nThe Tarn branch paid Rs 300 to each pensioner who brought old notes of Rs 500.",
                 "Rs 300", None, id="a sum beside a face value keeps its clause"),
]


@pytest.mark.parametrize("text, figure, measure", GUARDS)
def test_a_sum_near_a_note_word_is_no_face_value(nlp, text, figure, measure):
    fact = figures(nlp, text)[figure]
    assert fact.predicate != "denomination"
    if measure is not None:
        assert fact.predicate == measure


def test_face_values_are_never_compared(nlp):
    # the same news in two articles, each naming another note: without the guard the two unowned
    # face values took the story's main owner (the bank) and made a "conflict" of Rs 500 against Rs 1,000
    texts = {"a.txt": "Tarn note ban\n\nThe Tarn Reserve Bank spent Rs 900 crore on printing last year. "
                      "The bank will withdraw the old Rs 500 notes from circulation by March, it said on Monday.",
             "b.txt": "Tarn central bank to scrap old notes\n\nOld Rs 1,000 notes will leave circulation by "
                      "March, the Tarn Reserve Bank announced in the capital, adding that printing had cost it "
                      "Rs 900 crore in the last fiscal year."}
    articles = [Article(id=doc, text=text, published=dt.date(2025, 2, 1)) for doc, text in texts.items()]
    facts = [f for _, found in facts_from_articles(nlp, articles) for f in found]
    faces = [f for f in facts if f.kind == "money" and f.predicate == "denomination"]
    assert sorted(f.value.amount for f in faces) == [500, 1000]
    assert [c for c in find_conflicts(facts).conflicts if c.kind == "value"] == []
    stories = Stories(story={"a.txt": "a.txt", "b.txt": "a.txt"}, origin={"a.txt": "a.txt", "b.txt": "b.txt"})
    assert figures_of([(f, f) for f in faces], stories, {}, frozenset()) == []
    finder = ConflictFinder().update(faces)
    assert (finder.count, finder.kept, finder.figures, finder.terms) == (2, [], [], {})
