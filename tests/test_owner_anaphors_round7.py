"""Owners read back across sentences, the rules of round 7: what a pronoun or a description of an
earlier sentence stands for. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Rao's daughter Kavitha ... She": a relative after a possessor is the person "she" is ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Fair\n\nAt the fair, Kerala minister P Raghavan's daughter Meenu Raghavan sold mangoes for the trust. "
     "She collected Rs 3 lakh by the evening.", "Rs 3 lakh", "Meenu Raghavan"),
    ("Estate\n\nBanker Tomas Albrecht's son Jorin Albrecht moved to Geneva last spring. "
     "He later sold the family villa for $4m.", "$4m", "Jorin Albrecht"),
])
def test_a_relative_after_a_possessor_is_who_the_pronoun_is(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "Tory leader Ann Beale ... her party's pledge": the party the person is named with ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Rail\n\nGreen Party leader Martha Lind spoke in Bristol on Friday. Ms Lind said her party would "
     "spend £3bn on new rail lines.", "£3bn", "Green Party"),
    ("Fuel\n\nTory leader Ann Beale addressed the spring conference. She then set out her party's pledge "
     "to cut fuel duty by 5% within a year.", "5%", "Tory"),
    ("Housing\n\nSNP leader Iain Dow visited Perth. Mr Dow says his party can build 9,000 homes for £400m.",
     "£400m", "SNP"),
])
def test_his_party_is_the_party_its_person_is_named_with(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "The firms had been barred ... They paid": the plural subject just before, not a body further back --

@pytest.mark.parametrize("text, figure, expected", [
    ("Water\n\nThe Kaveri Appellate Court on Friday lifted a ban on two bottlers using the river. "
     "The bottlers had been barred after a plea by farmers. They paid only Rs 0.40 per 1,000 litres.",
     "Rs 0.40", "bottlers"),
    ("Smoking\n\nThe Ninth Circuit Court ruled against the government on Monday. The cigarette makers deny "
     "any wrongdoing. They also say they settled earlier claims for $80bn.", "$80bn", "cigarette makers"),
])
def test_they_goes_on_with_the_plural_subject_of_the_sentence_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "the 'Green Basket Drive' ... She": a name in quotes is a title, not who "she" is -------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Charity\n\nJoining the 'Green Basket Drive', Goa legislator Rupa Naik on Sunday sold vegetables for the "
     "party fund. She reportedly raised Rs 4 lakh in a day.", "Rs 4 lakh", "Rupa Naik"),
    ("Drive\n\nTaking part in the \"Clean Coast Week\", actor Arun Mehra on Saturday collected plastic on the "
     "beach. He later donated Rs 2 lakh to the cause.", "Rs 2 lakh", "Arun Mehra"),
])
def test_a_name_in_quotes_is_not_who_a_person_pronoun_is(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
