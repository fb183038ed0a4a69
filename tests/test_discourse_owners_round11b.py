"""Owners from earlier sentences, round 11 (second pass): a name that only describes a noun is no
antecedent of a later "it"; "the Town, County-based firm" stands for the name read before. Each test
is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "95% of UK homes ... It aims to": a country inside a share only says whose homes -------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Broadband\n\nThe basic speed is 1Mbps. According to Orvex Telecom, about 90% of UK homes can already get "
     "fibre. It aims to raise this to 98% by 2027.", "98%", "Orvex Telecom"),
    ("Cards\n\nKestrel Pay launched in May. According to Kestrel Pay, half of US households now hold a card. "
     "It hopes to reach 70% by next year.", "70%", "Kestrel Pay"),
])
def test_a_country_naming_the_whole_of_a_share_is_no_antecedent_of_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "there is a G4 processor ... It is not the fastest": a name between "a" and a noun --------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Computers\n\nThe Orvex Mini was launched by Kestrel last month. Inside the box there is a G4 processor and a "
     "hard drive. It is not the fastest computer, but at under £400 it is a good buy.", "£400", "Orvex Mini"),
])
def test_a_name_between_a_and_a_noun_is_no_antecedent_of_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "The Markfield, Kent-based firm": a town and its county before a "-based" description ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Grocer\n\nUS grocer Orvex Foods has filed for bankruptcy protection. The Halden, Brimshire-based firm has "
     "debts of $1.2bn.", "$1.2bn", "Orvex Foods"),
])
def test_a_town_and_county_based_description_stands_for_the_name_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
