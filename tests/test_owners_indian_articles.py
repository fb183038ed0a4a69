"""Who a figure belongs to in scraped Indian news articles (issue 9): one test per failure pattern
seen in the articles' owner misses, each on a sentence written for it. The component runs in the
default blank pipeline."""

from __future__ import annotations


from tests.helpers import figures, owner


# --- "they" agrees with a plural noun, not with one name read before ---------------------------

def test_they_is_the_plural_of_the_previous_sentence_not_a_place_named_before(nlp):
    text = ("Heist in Nashik\n\nNashik police are probing the break-in. The store on the main road had been shut "
            "for a week when the burglars cut its shutter. They then broke open the locker and stole Rs 4.2 lakh in cash.")
    fact = figures(nlp, text)["Rs 4.2 lakh"]
    assert fact.subject.name == "burglars" and fact.subject.text == "They"


def test_they_with_no_name_to_stand_for_is_the_plural_subject_before(nlp):
    text = ("Waiver row\n\nChief minister Ravi Kulkarni announced the waiver on Monday. A large number of the growers "
            "whose loans were rescheduled last year were left out. However, they were eligible for Rs 10,000 in incentives.")
    assert owner(nlp, text, "Rs 10,000") == "growers"


def test_they_after_a_sentence_that_names_its_subject_goes_on_with_the_name(nlp):
    text = "Bid talk\n\nRumours of a bid lifted Orvex Textiles' shares by 8% on Monday. They added another 3% on Tuesday."
    assert owner(nlp, text, "3%") == "Orvex Textiles"


# --- the common-noun subject of "will have to pay", and after a glued full stop ------------------

def test_the_subject_of_have_to_pay_owns_the_sum(nlp):
    text = ("Creche\n\nThe creche at Orvex College opened on Monday. Teachers will have to pay Rs4,000 per month "
            "for the facility.")
    assert owner(nlp, text, "Rs4,000") == "teachers"


def test_a_subject_glued_to_the_previous_full_stop_still_opens_its_sentence(nlp):
    text = ("Creche\n\nThe creche at Orvex College opened on Monday. \"It is good for the staff,\" she said.Parents pay "
            "Rs 3,500 per month for it.")
    assert owner(nlp, text, "Rs 3,500") == "parents"


# --- "his" stands for the clause's person-noun subject -------------------------------------------

def test_his_is_the_person_noun_that_opens_the_clause_not_a_name_before(nlp):
    text = ("Suspension\n\nThe clip went viral on WhatsApp last week. The engineer will be paid 50% of his salary "
            "during the suspension.")
    assert owner(nlp, text, "50%") == "engineer"


def test_his_after_a_name_in_the_clause_is_left_to_the_name(nlp):
    text = "Suspension\n\nThe engineer said Ravi Menon will be paid 50% of his salary during the suspension."
    assert owner(nlp, text, "50%") != "engineer"


# --- a number glued to its unit is a quantity, not a name ----------------------------------------

def test_a_number_glued_to_a_unit_is_no_owner(nlp):
    text = "Data war\n\nUpdate: the sign-up page works again. 56GB data for Rs 500: Orvex Rs 499 plan is the best deal yet."
    assert owner(nlp, text, "Rs 500") != "56GB" and owner(nlp, text, "Rs 499") != "56GB"
    text = "Set-top boxes\n\nThe Orvex Box comes in two sizes: a 20GB model for £99 and a 160GB model for £399."
    assert owner(nlp, text, "£399") == "Orvex Box"


# --- a name run into the opener of the next sentence ends before it -----------------------------

def test_a_name_glued_to_the_next_sentence_opener_is_cut_before_it(nlp):
    text = "Pay\n\nThe list was released on Monday. Photo: Ravi KapoorThe actor earned Rs 5 crore last year."
    assert owner(nlp, text, "Rs 5 crore") == "Ravi Kapoor"
