"""Common-noun owners, the rules of this release: whom a sum given per head goes to. Each test is on
text written for it."""

from __future__ import annotations

import pytest

from extract.owner_rules import owner_rules
from extract.patterns import load_table
from tests.helpers import owner


# --- "Rs 2 lakh each to the support staff", "give Rs 800 to every teacher" ----------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Cricket\n\nThe board said the players would get Rs 10 lakh each, Rs 5 lakh to coach Ravi Menon and "
     "Rs 2 lakh each to the support staff.", "Rs 2 lakh", "support staff"),
    ("Schools\n\nThe Harbin Trust said it is able to give Rs 800 to every teacher for the month.",
     "Rs 800", "teacher"),
    ("Mayor\n\nMayor Lata Verma directs Rs 30 lakh each to ward councillors",
     "Rs 30 lakh", "ward councillors"),
    ("Relief\n\nChief Minister Arun Pillai announced an aid of Rs 4 lakh each to the families of the flood victims.",
     "Rs 4 lakh", "families"),
])
def test_a_sum_given_per_head_is_the_recipients(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_the_per_head_exceptions_are_data():
    # a debt is the debtor's whoever it is owed to ("owed Rs 2 lakh each to the two lenders")
    assert {"debt", "price"} <= owner_rules().per_head_not


# --- "75% of those who voted for them": a relative clause picks out the group ------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Recall\n\nLegislators could be recalled if 60 per cent of those who voted for them are unhappy, says a bill "
     "moved by MP Ravi Sen.", "60 per cent", "those who voted for them"),
    ("Survey\n\nAbout a third of homes own a tablet, compared to 12% of those who rent a flat.",
     "12%", "those who rent a flat"),
    ("Licences\n\nKestrel Licensing Offices said only 40% of those who sat the test could drive safely.",
     "40%", "those who sat the test"),
])
def test_a_share_of_those_who_is_that_groups(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_an_elided_those_who_clause_is_data():
    # "9% of those who don't" leaves its verb out: the group is the one named before
    assert "don't" in load_table("owners.json")["group_share"]["those_who_elided"]


# --- "80% of road markings either get washed away": an adverb after the share's plural ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Roads\n\nThe Kestrel council found that 70% of road signs either get stolen or fade within a year.",
     "70%", "road signs"),
    ("Shops\n\nA study by Orvex found that 35% of corner shops either go bust or change hands each year.",
     "35%", "corner shops"),
])
def test_an_adverb_between_a_shares_plural_and_its_verb(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "the majority of people surveyed (52%)": the group asked, before a bracketed share ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Tags\n\nMr Dalton of Orvex said the majority of people surveyed (58%) believed the tags could be read "
     "from afar.", "58%", "people surveyed"),
    ("Jobs\n\nKestrel Partners said most firms polled (61%) expected to hire more staff.", "61%", "firms polled"),
])
def test_a_bracketed_share_after_the_group_asked(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "69% of over-55s", "17% of 18 to 24 year olds": an age group owns its share -----------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Voting\n\nA poll for the Kestrel charity suggests 64% of over-60s say they always vote.", "64%", "over-60s"),
    ("Voting\n\nA poll for the Kestrel charity found 70% of retired people vote, compared with just 21% of 18 to 24 "
     "year olds.",
     "21%", "18 to 24 year olds"),
    ("Colleges\n\nThe Orvex party dropped its aim of getting 40% of 18 to 30-year-olds into college.",
     "40%", "18 to 30-year-olds"),
])
def test_an_age_group_owns_its_share(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "out of 229 toilets 70 per cent were not clean": the counted group "out of" names ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Schools\n\nAccording to the Orvex report, out of 180 schools 60 per cent had no library, 45 per cent had no "
     "playground and almost 30 per cent were not safe.", "45 per cent", "schools"),
    ("Schools\n\nAccording to the Orvex report, out of 180 schools 60 per cent had no library.",
     "60 per cent", "schools"),
    ("Clubs\n\nThe Kestrel league said that out of 120 clubs, only 40% made a profit.", "40%", "clubs"),
])
def test_a_share_after_an_out_of_group_is_that_groups(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "45% of businesses' critical information is stored": the plural possessor of the whole ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Mail\n\nAccording to analysts at the Orvex Group, up to 45% of businesses' critical data is stored in e-mail.",
     "45%", "businesses"),
    ("Delhi\n\nI have seen that 90 per cent of villages' problems are about water, said Ravi Sen of the Kestrel Party.",
     "90 per cent", "villages"),
])
def test_a_share_of_what_a_plural_possesses_is_the_plurals(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "a monthly pension of Rs 15,000 for former women cricketers": pay for people by what they do --

@pytest.mark.parametrize("text, figure, expected", [
    ("Hockey\n\nThe Kestrel panel pushed for a monthly pension of Rs 12,000 for former hockey players who played "
     "before 1990.", "Rs 12,000", "former hockey players"),
    ("Councils\n\nThe Orvex committee proposed an honorarium of Rs 9,000 for ward councillors.",
     "Rs 9,000", "ward councillors"),
])
def test_pay_for_a_plural_of_people_is_theirs(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
