"""Owners, round 11: common-noun owners against the names elsewhere in the sentence: the group a quota or a
change is for, the group a sum "each" is shared over, whom a sum is saved for, the agent of "held by" or "demanded
by", the noun a place phrase qualifies before "which", an abstract noun that only introduces a clause, the clause's
plain subject as the last resort, the reserver of a share of seats, whom a sum given goes to. Each test is on text written for it, and each
fails without its rule."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "25 per cent reservation for Dalits", "a pay hike of up to 300% for its MLAs": the group it is for ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Sport\n\nThe Kestrel sports minister argued for 15 per cent reservation for women and tribals in state "
     "teams.", "15 per cent", "women and tribals"),
    ("Jobs\n\nThe Brimley Cabinet on Friday cleared a bill that gives 8% reservation to Muslims in state jobs.",
     "8%", "muslims"),
    ("Pay\n\nThe Orvex Ministry has sent back a bill from the Halden government for a pay hike of up to 300% for its "
     "MLAs.", "300%", "MLAs"),
    ("Pay\n\nThe Halden Council approved a pay rise of 6% for nurses and midwives in its hospitals.", "6%",
     "nurses and midwives"),
])
def test_a_quota_or_a_change_is_the_groups_it_is_for(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "sentenced two brothers ... and imposed a fine of Rs 1 lakh each": the group a sum each is shared over ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Court\n\nA Brimley sessions court has sentenced three traders to two years in jail and imposed a fine of "
     "Rs 2 lakh each for hoarding.", "Rs 2 lakh", "traders"),
    ("Mayor\n\nThe Orvex mayor on Friday asked the commissioner to give all councillors Rs 30 lakh each for road "
     "repairs.", "Rs 30 lakh", "councillors"),
    ("Ruling\n\nThe Kestrel High Court let the two owners, who ran the Halden Mall, off with a fine of Rs 5 crore "
     "each.", "Rs 5 crore", "owners"),
])
def test_a_sum_each_is_the_groups_it_is_shared_over(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Fines\n\nThe Brimley transport office has imposed a penalty of Rs 8,000 each on the defaulting bus operators.",
     "Rs 8,000", "bus operators"),
    ("Pensions\n\nUnder the new Kestrel plan, Rs 4,000 each will be paid into the savings accounts of retired "
     "teachers.", "Rs 4,000", "retired teachers"),
])
def test_a_sum_each_with_no_group_before_it_is_the_group_a_preposition_after_it_names(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "the plans could save the average pensioner £100": whom a sum is saved for -------------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Energy\n\nThe Halden Party says its insulation scheme could save the average household £150 every winter.",
     "£150", "average household"),
    ("Debt\n\nThe Kestrel minister said the relief plan would save the poorest nations about $2bn in repayments.",
     "$2bn", "poorest nations"),
])
def test_a_sum_saved_is_whose_it_is_saved_for(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "the Rs 9 crore that was demanded by Anil Kumble", "Money held by Indians ... fell to": the agent of "by" ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Coach\n\nThe new Kestrel coach will get Rs 6 crore a year, less than the Rs 8 crore that was demanded by "
     "former coach Ravi Dhar.", "Rs 8 crore", "Ravi Dhar"),
    ("Tax\n\nOfficials are selling the Halden refinery to help pay a $12bn tax bill, which they claim is owed by "
     "Orvex Oil.", "$12bn", "Orvex Oil"),
    ("Banks\n\nThe Halden Bank said total money held by pensioners in its branches fell 40% last year.", "40%",
     "pensioners"),
])
def test_the_agent_a_participle_of_holding_or_asking_names_with_by_owns_the_sum(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "The Hindu population in the state, which constituted 78%": the noun the place phrase qualifies -------

@pytest.mark.parametrize("text, figure, expected", [
    ("Census\n\nThe Parsi population in the city, which made up 4.5% in 1961, had fallen to 2.1% by 2011.", "4.5%",
     "parsi population"),
    ("Fees\n\nHe was compared with the senior lawyer in the case, who took just Re 1 as his fee.", "Re 1",
     "senior lawyer"),
])
def test_a_relative_clause_after_a_place_phrase_is_about_the_noun_before_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "The fact is ...", "Our understanding is that ...": an abstract noun whose "is" introduces a clause -------

def test_an_abstract_noun_that_introduces_what_is_said_leaves_the_figure_to_the_speaker(nlp):
    text = ("Plans\n\nThe Halden Party leader spoke on Monday. \"The fact is the plans we have set out for saving £9bn by "
            "2008 are crucial,\" he said.")
    assert owner(nlp, text, "£9bn") == "Halden Party"


@pytest.mark.parametrize("text, figure, noun", [
    ("Notes\n\nThe Kestrel finance minister spoke in Parliament. \"Our understanding is that the scheme has now "
     "covered about 60 per cent,\" she said.", "60 per cent", "understanding"),
    ("Spam\n\nOrvex said the idea was to get the junk sites running at 90% capacity.", "90%", "idea"),
])
def test_an_abstract_noun_that_introduces_what_is_said_owns_nothing(nlp, text, figure, noun):
    assert owner(nlp, text, figure) != noun


# --- the clause's plain subject as the last resort: "-ing" verbs, "expected to", a place after it, a capital ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Donations\n\nNew rules for charities were announced. Charities receiving gifts above Rs 5,000 will now have to "
     "disclose the donor, the minister said.", "Rs 5,000", "charities"),
    ("Cards\n\nCard use by shoppers keeps growing. Shoppers in Brimland are expected to put £20bn on plastic cards "
     "this year, a trade body said.", "£20bn", "shoppers"),
])
def test_the_plain_subject_of_a_clause_of_getting_or_paying_owns_what_no_name_does(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Colleges reserve up to 5% seats for students": the reserver's quota, not the seats' or the students' ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Admissions\n\nUniversities reserve up to 8% seats for students who excel in sport.", "8%", "universities"),
    ("Admissions\n\nUnder the Brimley act, private clinics are required to offer 20% beds to poor patients free of "
     "cost.", "20%", "clinics"),
])
def test_a_share_of_seats_reserved_for_a_group_is_the_reservers(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "A further 15m euros will be made available to wine cooperatives": whom a sum given goes to ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Wine\n\nThe Kestrel farm minister announced the plan on Monday. A further 12m euros will be made available to "
     "fruit growers in cheap loans.", "12m euros", "fruit growers"),
    ("Relief\n\nThe Halden chief minister said Rs 40,000 will be given to those badly hurt in the blast.", "Rs 40,000",
     "those badly hurt"),
])
def test_a_sum_a_passive_verb_of_giving_has_as_subject_is_whom_it_goes_to(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
