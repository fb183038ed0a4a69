"""Owners read back across sentences, the rules of round 10: what a pronoun of an earlier sentence's
subject stands for, read the same way by every step of the owner choice. Each test is on text written
for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Farmers blocked the Haldia Express ... They demanded": the plural subject, even with names after it --

@pytest.mark.parametrize("text, figure, expected", [
    ("Protest\n\nThe weavers on Monday stopped a goods train of Orvex Rail Ltd, asking for cheaper yarn. "
     "They demanded a subsidy of Rs 2,000 per loom.", "Rs 2,000", "weavers"),
    ("Strike\n\nThe drivers at the depot halted buses of Kestrel Transport Ltd in Pune over unpaid wages. They asked for "
     "a bonus of Rs 50,000 each.", "Rs 50,000", "drivers"),
    ("Land\n\nThe villagers on Friday blocked a highway built by Halden Infra, protesting the land deal. They sought "
     "compensation of Rs 5,000 per square metre.", "Rs 5,000", "villagers"),
])
def test_they_asking_goes_on_with_the_plural_subject(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "it would take Rs 42 crore to fix the damage": an "it" that points at nothing costs the "to" clause's object --

@pytest.mark.parametrize("text, figure, expected", [
    ("Floodplain\n\nThe Orvex festival was held on the river bank in March. A panel told the Halden Tribunal that it "
     "would take at least five years and Rs 30 crore to restore the wetland.", "Rs 30 crore", "wetland"),
    ("Prints\n\nKestrel Cinemas runs 200 screens in the north. It can cost up to £2,000 to make a copy of a reel for "
     "small venues.", "£2,000", "copy"),
    ("Dam\n\nEngineers inspected the Halden dam on Monday. They said it would cost $40m to repair the spillway.",
     "$40m", "spillway"),
])
def test_an_it_before_a_cost_and_a_to_clause_costs_its_object(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Ravi Rao was ranked 11th. He beat Aamir Khan. His earnings": "he" goes on with the name that opened ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Rich list\n\nComedian Tarun Vohra has been ranked ninth in the Orvex 50 list. He has been placed fifth for fame, "
     "beating Meera Sethi, Kabir Lal and Rohan Das. His earnings were estimated at Rs 22 crore.", "Rs 22 crore",
     "Comedian Tarun Vohra"),
    ("Chef\n\nNisha Rane opened her third restaurant in Pune on Monday. She has cooked for Arjun Mehta, Dev Kulkarni "
     "and Asha Iyer. Her restaurants made Rs 4 crore last year.", "Rs 4 crore", "Nisha Rane"),
])
def test_a_he_that_opened_a_sentence_goes_on_with_the_name_before_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
