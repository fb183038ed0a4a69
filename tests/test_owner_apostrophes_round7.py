"""Owners through lost apostrophes (round 7): some feeds write every apostrophe as "?"
("Motors?s", "don?t"); the doc is tokenized from a reading copy with it read as one, while the
evidence still quotes the text as written. Each test is on text written for it."""

from __future__ import annotations

from extract.doctext import reading_copy
from tests.helpers import figures, owner


def test_a_lost_apostrophe_possessive_names_its_owner(nlp):
    text = "Results\n\nTata Motors?s net profit rose 12% to Rs 900 crore in the March quarter."
    assert owner(nlp, text, "Rs 900 crore") == "Tata Motors"
    assert owner(nlp, text, "12%") == "Tata Motors"


def test_the_evidence_still_quotes_the_lost_apostrophe(nlp):
    text = "Results\n\nTata Motors?s net profit rose 12% to Rs 900 crore in the March quarter."
    sentence = figures(nlp, text)["12%"].evidence.sentence
    assert "Motors?s" in sentence


def test_a_lost_rupee_sign_stays_as_written(nlp):
    text = "Fares\n\nThe airline?s cheapest ticket now costs ?500, it said on Monday."
    assert reading_copy(text) == "Fares\n\nThe airline's cheapest ticket now costs ?500, it said on Monday."
    fact = figures(nlp, text)["500"]
    assert fact.value.currency == "INR"
    assert "airline?s" in fact.evidence.sentence and "?500" in fact.evidence.sentence


def test_the_reading_copy_keeps_every_offset():
    text = "He said ?we don?t know?; China?s GDP grew, ?20 crore was spent. Why? so"
    copy = reading_copy(text)
    assert len(copy) == len(text)
    assert "don't" in copy and "China's" in copy and "?20 crore" in copy and "Why? so" in copy
