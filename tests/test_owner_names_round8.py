"""Owners, round 8: the right proper name of the figure's own sentence (the one told something, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Mr Halden told the delegates at Expoworld that Zentra had a 40% share": the one told ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Phones\n\nMr Halden told the delegates at Expoworld that Zentra already had a 40% share of the market.",
     "40%", "Zentra"),
    ("Deal\n\nThe chairman assured the Brimley Council that Orvex would invest £3m in the town.", "£3m", "Orvex"),
])
def test_the_one_told_something_does_not_own_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "asked Orvex Telecom to withdraw its offer of ... Rs 303": the one told to do it ---------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Offer\n\nThe Telecom Authority of Brimland has asked Orvex Telecom to withdraw its three-month offer of "
     "unlimited data and free calls on payment of a minimum Rs 303.", "Rs 303", "Orvex Telecom"),
    ("Offer\n\nThe KTA has asked Orvex to withdraw its offer of free calls on payment of a minimum Rs 303.",
     "Rs 303", "Orvex"),
    ("Athletics\n\nThe review was ordered by Sport Brimland, which wanted Brimland Athletics to justify funding of "
     "more than £40m from the state.", "£40m", "Brimland Athletics"),
])
def test_the_one_a_directing_verb_tells_to_act_owns_the_figure_of_its_clause(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Ravi Dhar's daughter paid Rs 5,000": the relative a name possesses ------------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Ravi Dhar's daughter paid Rs 5,000 for Brimley bungalow\n\nThe deal was signed in May.", "Rs 5,000",
     "Ravi Dhar's daughter"),
    ("Cash\n\nOrvan Party chief Ravi Dhar's son earns Rs 7 lakh by selling juice.", "Rs 7 lakh", "Ravi Dhar's son"),
    ("Deal\n\nOrvan Party chief Ravi Dhar's daughter, Meera Dhar paid Rs 5,000 for a bungalow in Brimley.",
     "Rs 5,000", "Meera Dhar"),
])
def test_a_relative_a_name_possesses_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
