"""Owners, round 8: common nouns that own a figure in its own sentence (the subject of a verb of
cutting, ...). Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Prices of tablets slashed by up to 30%": the subject of a passive verb of cutting ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Medicine\n\nTablet prices slashed by up to 30%\n\nThe Halden regulator acted on Monday.", "30%", "tablet"),
])
def test_the_subject_of_a_passive_verb_of_cutting_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "asylum applications were down 40%": "be" governs a difference as a verb of change does ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Visas\n\nThe Halden Office met on Monday. Its director said visa applications were down 12% last year.",
     "12%", "visa applications"),
    ("Markets\n\nThe Korvo Agency said on Monday that warehouse grain stocks were 4.5% higher than a year ago.",
     "4.5%", "warehouse grain stocks"),
    ("Study\n\nThe Orvex survey also showed girls were 9% more likely than boys to finish school.", "9%", "girls"),
])
def test_the_subject_of_be_before_a_difference_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "journalists were paid ?50 crore": the subject of a passive verb of giving or fining -----

@pytest.mark.parametrize("text, figure, expected", [
    ("Fines\n\nThe Orvex Bank was fined ?8 lakh and the directors were fined ?2 lakh for false filings.",
     "2 lakh", "directors"),
    ("Court\n\nThe Korvo tribunal heard the case on Monday. The agency was fined ?3 lakh and its two officers were "
     "fined ?1 lakh each.", "1 lakh", "officers"),
])
def test_the_subject_of_a_passive_verb_of_giving_owns_the_sum(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "70% of the participants of the survey backed": a plural of people with its own "of" phrase --

@pytest.mark.parametrize("text, figure, expected", [
    ("Poll\n\nThe Korvo Club met on Monday. However, 64% of the members of the club voted for the new rules.",
     "64%", "members"),
    ("Town\n\nThe Orvex council met in May. Nearly 40% of the residents of the old town are over 60.", "40%",
     "residents"),
])
def test_a_share_of_people_with_their_own_of_phrase_is_theirs(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Americans spent $5bn", "Sikhs make up 2%": a people's capitalised plural is the subject ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Census\n\nThe Korvo minister spoke on Monday. Sikhs make up about 2% of the region's people.", "2%", "sikhs"),
    ("Polls\n\nThe Orvex poll is in May in the state, where Christians account for 15% of the voters.", "15%",
     "christians"),
    ("Gifts\n\nThe Korvo minister spoke on Monday. Americans spent $5bn on gifts.", "$5bn", "americans"),
])
def test_a_peoples_plural_subject_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "a 3% pay rise for nurses": the plural a change is for owns it -------------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Pay\n\nThe Korvo minister spoke on Monday. Korvo Health offered a 3% pay rise for nurses.", "3%", "nurses"),
    ("Telecom\n\nThe Korvo report came out on Monday. Halden forecasts 5% revenue growth for telecom operators "
     "this year.", "5%", "telecom operators"),
])
def test_the_plural_a_change_is_for_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "women hold 10% of the top posts": a verb of drawing or holding a share, its subject's ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Jobs\n\nThe Orvex study came out on Monday. Women hold less than 12% of the top posts in big firms.", "12%",
     "women"),
    ("Games\n\nGreg Tarn, director at Orvex, said its data showed that puzzle games attracted 70% of older players.",
     "70%", "puzzle games"),
])
def test_the_subject_of_a_verb_of_holding_a_share_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Farmers from a village in the district stand to get": two phrases after the subject ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Land\n\nThe Korvo highway was approved on Monday. Farmers from the small village in the hill district will "
     "get Rs 2 crore in all.", "Rs 2 crore", "farmers"),
    ("Web\n\nThe Korvo report came out on Monday. The number of homes in Britain with broadband rose 20% last year.",
     "20%", "homes"),
])
def test_a_subject_before_two_qualifying_phrases_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
