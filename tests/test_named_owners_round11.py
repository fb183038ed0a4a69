"""Owners, round 11: named owners inside the figure's own sentence (the subject after an opening phrase, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "After collecting a cheque for $2m, Tom Hale thanked": an opening phrase's figure is the main subject's ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Tennis\n\nShortly after collecting a Kestrel Glass trophy and a cheque for $2m, Tom Hale thanked the crowd.",
     "$2m", "Tom Hale"),
    ("Games\n\nAt a modest £15, Orvex Racer is one of the cheapest games on the shelf.", "£15", "Orvex Racer"),
    ("Trial\n\nOnce considered to be Brimland's richest man, with a fortune of $9bn, Mr Ravi Dhar is now on trial.",
     "$9bn", "Ravi Dhar"),
    ("Cinema\n\nMade on a budget of Rs 300 crore, Kaalpath is expected to be the costliest film of the year.",
     "Rs 300 crore", "Kaalpath"),
])
def test_a_figure_in_an_opening_phrase_belongs_to_the_main_clause_subject(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "X reported on Thursday that Y has bid $6bn": a time between the word of saying and "that" ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Bids\n\nThe Brimland Herald reported on Thursday that Orvex has bid $4.2bn for Kestrel Labs.", "$4.2bn",
     "Orvex"),
    ("Results\n\nThe Halden Times reported last week that Orvex Foods had made a profit of $20m.", "$20m",
     "Orvex Foods"),
    ("Losses\n\nKestrel Radio reported yesterday that Orvex Foods had lost $5m.", "$5m", "Orvex Foods"),
])
def test_a_time_or_channel_before_that_still_opens_the_reported_clause(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "in Iraq and Afghanistan": countries joined by "and" are places, as one country is --------------------

@pytest.mark.parametrize("text, figure, coordinated", [
    ("Budget\n\nThe budget leaves out the cost of missions in Iraq and Afghanistan, for which the ministry will seek "
     "another $80bn.", "$80bn", "Iraq and Afghanistan"),
    ("Film\n\nFootage was shot in Morocco and Italy at a cost of $32m.", "$32m", "Morocco and Italy"),
])
def test_countries_joined_by_and_are_a_place_not_an_owner(nlp, text, figure, coordinated):
    assert owner(nlp, text, figure) != coordinated


def test_a_share_of_markets_in_two_countries_is_the_markets(nlp):
    text = "Markets\n\nThe Kestrel board said markets in Peru and Chile have risen 5% this week."
    assert owner(nlp, text, "5%") == "markets"


# --- "Orvex Motors has forecast a net loss of $47m": a firm forecasting its own figure owns it ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Results\n\nOrvex Motors has forecast a net loss of $47m for the year.", "$47m", "Orvex Motors"),
    ("Beer\n\nKestrel Breweries is predicting profits to rise 20% next year as it launches a new lager.", "20%",
     "Kestrel Breweries"),
    ("Outlook\n\nHalden Foods expects sales of $2bn this year.", "$2bn", "Halden Foods"),
])
def test_a_firm_that_forecasts_its_own_figure_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "Vote share: BJP: 36%; AAP: 25%": a name that labels a figure after a colon owns it --------------

@pytest.mark.parametrize("text, figure, expected", [
    # (a live blog's entries run together after a time stamp: one sentence to the splitter)
    ("Live\n\nOrvex chief Tom Hale spoke to voters.10.37 am: Vote share: Orvex Party: 36%; Kestrel Front: 25%.",
     "25%", "Kestrel Front"),
    ("Live\n\nOrvex chief Tom Hale spoke to voters.10.37 am: Vote share: Orvex Party: 36%; Kestrel Front: 25%.",
     "36%", "Orvex Party"),
])
def test_a_name_that_labels_a_figure_after_a_colon_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "its gross NPA soared to 14.46 per cent and net NPA to 9.22 per cent": NPA is a measure, no name ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Banks\n\nBut Kestrel Bank saw its gross NPA soar to 14.5 per cent and net NPA to 9.2 per cent.", "9.2 per cent",
     "Kestrel Bank"),
    ("Banks\n\nThe lending sector is saddled with NPAs of over Rs 8 lakh crore.", "Rs 8 lakh crore", "lending sector"),
])
def test_npa_is_a_measure_not_an_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "bankrupt US Airways", "ANI Technologies": an acronym in capitals before a lone company word ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Airlines\n\nPilots at bankrupt US Airways have accepted a contract that cuts pay by nearly 12%.", "12%",
     "US Airways"),
    ("Cabs\n\nANI Technologies, which runs a cab app, saw revenue grow to Rs 700 crore last year.", "Rs 700 crore",
     "ANI Technologies"),
])
def test_an_acronym_before_a_lone_company_word_opens_the_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
