"""Owners, round 10: the owner inside the figure's own sentence (a two-character acronym that modifies a noun, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "the AC buses charge Rs 10", "a 3D film on ...": the acronym is an adjective, its noun ends the name ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Fares\n\nThe AC buses now charge fares of up to Rs 30 a trip across the city.", "Rs 30", "AC buses"),
    ("Cinema\n\nA 3D film on the life of a Kestrel poet is being shot on a budget of Rs 120 crore.", "Rs 120 crore",
     "3D film"),
    ("Phones\n\nAnalysts at Orvex expect 4G handsets to make up 35% of all phones sold in Brimland next year.", "35%",
     "4G handsets"),
])
def test_a_two_character_acronym_before_a_noun_opens_the_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Rs 10 crore will be allocated for X and Rs 4 crore for Y": a list whose second verb is left out ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Parks\n\nAn official said that Rs 12 crore will be allocated for Brimley Park and Rs 5 crore for Orvex Gardens.",
     "Rs 5 crore", "Orvex Gardens"),
    ("Parks\n\nAn official said that Rs 12 crore will be allocated for Brimley Park and Rs 5 crore for Orvex Gardens.",
     "Rs 12 crore", "Brimley Park"),
    ("Grants\n\nThe trust said $3m has been earmarked for the Kestrel Museum and $1m for the Halden Library.", "$1m",
     "Halden Library"),
])
def test_each_figure_of_a_list_with_its_verb_left_out_goes_to_its_own_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "applications were down 40% and economic migration down 10%": the economy of the next clause ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Migration\n\nBrimley council chief Ravi Dhar said visa applications were down 35% and economic migration "
     "down about 8%.", "35%", "visa applications"),
    ("Travel\n\nKestrel Rail chairman Tom Hale said ticket sales were up 12%, while the economy grew by 2%.", "12%",
     "ticket"),
])
def test_the_economy_named_in_the_next_clause_does_not_make_a_growth_national(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Anyone found guilty faces a fine of Rs 50,000": a rule's fine is the generic offender's ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Seeds\n\nAs per the Brimley Seeds Act, anyone found guilty of selling fake seeds faces two years in jail and a "
     "fine of Rs 1 lakh.", "Rs 1 lakh", "anyone found guilty"),
    ("Drones\n\nOnce the Orvex Aviation Code is notified, those flying drones near airports could face a penalty of up "
     "to Rs 2 lakh, the Kestrel minister said.", "Rs 2 lakh", "those flying drones"),
    ("Rivers\n\nThe Halden Tribunal has declared a penalty of Rs 40,000 on anyone who washes cars in the river.",
     "Rs 40,000", "anyone who washes cars"),
    ("Games\n\nAnyone convicted of selling an adult game to a child can be fined up to £4,000 under the Kestrel "
     "Video Act.", "£4,000", "anyone convicted"),
])
def test_a_fine_a_rule_sets_belongs_to_the_generic_offender(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_those_before_a_plain_noun_is_a_determiner_not_an_offender(nlp):
    text = "Fines\n\nThose fines of Rs 2,000 were collected by the Brimley council last year."
    assert owner(nlp, text, "Rs 2,000") != "those fines"


# --- "?25 lakh seized from a Dubai-bound passenger": whom the passive says a sum was taken from --------

@pytest.mark.parametrize("text, figure, expected", [
    ("Rs 12 lakh seized from Kestrel-bound passenger at Brimley airport\n\nCustoms officers stopped the man at the "
     "gate.", "Rs 12 lakh", "kestrel-bound passenger"),
    ("Drugs\n\nAs per the Orvex police, heroin worth Rs 40 crore was seized from the duo at the border.", "Rs 40 crore",
     "duo"),
])
def test_a_sum_seized_from_someone_is_the_holders(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_possessive_after_the_holder_leaves_the_phrase_to_other_rules(nlp):
    text = "Raid\n\nCash worth Rs 30 lakh was seized from the trader's shop in Brimley."
    assert owner(nlp, text, "Rs 30 lakh") != "trader"
