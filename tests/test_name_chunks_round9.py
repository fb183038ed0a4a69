"""Name chunks, round 9: how a capitalised name is cut and what a bare part of it stands for. Each
test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Ravi Dhanpal ... Dhanpal paid": an untyped full name is what its bare last word stands for ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Court issues warrant\n\nA Mumbai court has issued a warrant against Ravi Dhanpal in a tax case. "
     "Dhanpal had paid Rs 4.5 crore to a foreign firm for an advert.", "Rs 4.5 crore", "Ravi Dhanpal"),
    ("Pay row\n\nShareholders have questioned the pay of Lorna Wexby this year. Wexby received "
     "$31 million in total since 2015.", "$31 million", "Lorna Wexby"),
])
def test_a_bare_surname_is_the_untyped_full_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_country_glued_before_a_name_is_no_part_of_the_full_name(nlp):
    # "In Norway Ravi Dhanpal" runs the place into the name: the bare surname keeps no place.
    text = ("Fixing claims\n\nThe players were stunned. In Norway Ravi Dhanpal called it a lie. "
            "Two bowlers said Dhanpal had offered them $50,000 to lose the match.")
    assert owner(nlp, text, "$50,000") != "Norway Ravi Dhanpal"
    assert owner(nlp, text, "$50,000") in ("Dhanpal", "Ravi Dhanpal")


def test_a_bare_word_of_two_full_names_stays_bare(nlp):
    text = ("Family feud\n\nTalks between Ravi Dhanpal and Meena Dhanpal broke down on Monday. "
            "Dhanpal had paid Rs 4.5 crore to a foreign firm for an advert.")
    assert owner(nlp, text, "Rs 4.5 crore") == "Dhanpal"



# --- "Executive Director Satish Borwankar": a role before a person's name is no part of the name ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Pay cuts\n\nLast year Managing Director Hana Kovell took home $3.2 million in salary.", "$3.2 million",
     "Hana Kovell"),
    ("Rich list\n\nProducer Tessa Marlowe is a new entry on the list with a £58m fortune.", "£58m", "Tessa Marlowe"),
    ("Pay\n\nExecutive Director P K Raman saw his pay fall to Rs 2.6 crore.", "Rs 2.6 crore", "P K Raman"),
])
def test_a_role_before_a_name_makes_a_person_apart(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_role_word_opening_a_body_stays_in_it(nlp):
    text = "Police\n\nThe Director General of Police approved a grant of Rs 5 crore for new vehicles."
    assert owner(nlp, text, "Rs 5 crore") != "General of Police"


# --- "Tata Motors Chief Financial Officer C Ramakrishnan": company, title and person apart ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Pay\n\nOrvex Motors Chief Financial Officer K Venkat saw his salary cut to Rs 3.8 crore last year.",
     "Rs 3.8 crore", "K Venkat"),
    ("Pay\n\nHalvern Industries Executive Director Rohan Mehta received Rs 7 crore in the year.", "Rs 7 crore",
     "Rohan Mehta"),
    ("Pay\n\nCement maker Bravia's Chairman and Non-Executive Director Arjun Pal got Rs 20 crore in the year.",
     "Rs 20 crore", "Arjun Pal"),
])
def test_a_role_phrase_cuts_the_company_from_the_person(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_role_phrase_alone_is_no_owner(nlp):
    text = ("Raid\n\nThe Chief Operating Officer of a Pune bank, Vikas Joshi, fled after tax officials raided "
            "it. Cash of Rs 2.3 crore was seized.")
    assert owner(nlp, text, "Rs 2.3 crore") != "Chief Operating Officer"


# --- "CM Arvind Kejriwal": a title's acronym names nobody ------------------------------------------

def test_a_title_acronym_is_no_owner(nlp):
    text = ("What is the pump scam?\n\nThe pump scam took place in 2014 during the tenure of the CM (Chief "
            "Minister), in which irregularities worth ?250 crore were reported while hiring pumps.")
    assert owner(nlp, text, "250 crore") != "Chief Minister"


def test_a_title_owning_a_body_stays(nlp):
    text = "Flights\n\nThe Prime Minister's Office paid Rs 60 lakh to the air force for the trips."
    assert owner(nlp, text, "Rs 60 lakh") != "air force"
