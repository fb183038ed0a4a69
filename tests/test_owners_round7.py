"""Owners, round 7: owners in the figure's own sentence (the subject of a reported clause, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from extract.owner_rules import owner_rules
from tests.helpers import owner


# --- "A Kestrel spokesman said Orvex had spent £10m": the reported clause's subject ------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Campaign\n\nA Kestrel spokesman said Orvex had spent £10m on advertising last year.", "£10m", "Orvex"),
    ("Polls\n\nBut a Greenleaf Party spokeswoman said Labour and the Tories had spent £12m between them.",
     "£12m", "Labour and the Tories"),
    ("Court\n\nThe arbiter said Korvo would have to cover Ravi Dhar's costs, and £80,000 would be paid at once.",
     "£80,000", "Korvo"),
])
def test_a_name_after_said_that_a_verb_follows_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_the_reported_subject_weight_is_data():
    assert owner_rules().role_weight["reported_subject"] < owner_rules().role_weight["mention"]


# --- "US oil prices closed up $1 at $51": verbs of a market's close and level -------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Markets\n\nMeanwhile US oil prices closed up $1.40 at $48.20 a barrel in New York.", "$48.20", "oil"),
    ("Markets\n\nMeanwhile US oil prices closed up $1.40 at $48.20 a barrel in New York.", "$1.40", "oil"),
    ("Money\n\nThe regulator said notes in circulation stood at Rs 12 trillion in June.", "Rs 12 trillion", "notes"),
    ("Markets\n\nEuropean light crude traded in London lost $3 to $41.10 on Friday.", "$3 to $41.10", "light crude"),
])
def test_the_subject_of_a_closing_or_level_verb_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_closing_verbs_are_data():
    from extract.patterns import load_table
    verbs = load_table("news_verbs.json")
    assert {"close", "settle", "stand"} <= set(verbs["verbs"]) and "at" in verbs["gap"]


# --- "the Bank's Monetary Policy Committee": a body whose name holds a programme word -----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Rates\n\nThe Bank's Monetary Policy Committee voted to cut rates to 4.5%.", "4.5%", "Monetary Policy Committee"),
    ("Pensions\n\nThe Retirement Fund Board of Westland agreed to pay out £3m more.", "£3m",
     "Retirement Fund Board of Westland"),
])
def test_a_programme_word_before_an_organisation_word_is_part_of_a_body(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_the_organisation_words_after_a_programme_word_are_data():
    from extract.patterns import load_table
    assert "Committee" in load_table("programme_shapes.json")["org_after"]


# --- "has donated a silver crown worth Rs 1.5 lakh": the donor's gift, not the crown's ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Gift\n\nMeera Shah, a retired teacher from Kestrelpur, has donated a gold chain worth Rs 2 lakh to a school.",
     "Rs 2 lakh", "Meera Shah"),
    ("Temple\n\nThe Kalavar temple in Kestrelpur received offerings worth Rs 90 crore in 2016.", "Rs 90 crore",
     "Kalavar"),
])
def test_the_thing_worth_a_donation_is_not_its_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_donation_is_a_measure_whose_worth_head_does_not_own():
    assert "donation" in owner_rules().worth_not_for
