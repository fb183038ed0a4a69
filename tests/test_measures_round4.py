"""What a figure measures, round 4 (issue 9): what a good costs to buy is its price; money
earned or brought in "at the box office" is a film's takings; money of a loan waiver is aid, not a
loan."""

from __future__ import annotations

import pytest

from tests.helpers import figures as facts_of


@pytest.mark.parametrize("sentence, figure", [
    ("A seat to the Moon would cost about $8 billion, the engineer said.", "$8 billion"),
    ("The villas, set to cost between Rs 85 lakh and Rs 2 crore, will be sold by lottery.",
     "Rs 85 lakh and Rs 2 crore"),
    ("The minister wants to cut the £72 cost of the passport for pensioners.", "£72"),
    ("The guard was told to pay back Rs 640 as the cost of the phone.", "Rs 640"),
])
def test_what_a_good_costs_is_its_price(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "price"


@pytest.mark.parametrize("sentence, figure", [
    # what doing something to goods costs stays a cost
    ("Building 800 flats will cost Rs 120 crore, the authority said.", "Rs 120 crore"),
    ("The homes will be built at the cost of Rs 650 crore.", "Rs 650 crore"),
    ("The new metro line will cost Rs 9,000 crore.", "Rs 9,000 crore"),
])
def test_what_work_costs_stays_a_cost(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "cost"


@pytest.mark.parametrize("sentence, figure", [
    ("The thriller sank at the box office after earning only around Rs 14 crore.", "Rs 14 crore"),
    ("Three debutants brought in Rs 41 crore at the box office.", "Rs 41 crore"),
    ("Her biopic earned more than Rs 120 crore at the Indian box office last year.", "Rs 120 crore"),
])
def test_money_at_the_box_office_is_box_office(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "box_office"


def test_pay_for_a_film_is_not_box_office(nlp):
    fact = facts_of(nlp, "The actor will be paid Rs 9 crore a film, his agent said.")["Rs 9 crore"]
    assert fact.predicate == "salary"


@pytest.mark.parametrize("sentence, figure, measure", [
    ("The state announced a loan waiver of Rs 21,500 crore for farmers.", "Rs 21,500 crore", "aid"),
    ("A day after the cabinet cleared a Rs 18,000-crore farm loan waiver, unions called off the strike.",
     "Rs 18,000-crore", "aid"),
])
def test_money_of_a_loan_waiver_is_aid(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure", [
    # a loan given while a waiver is pending stays a loan
    ("With the waiver still pending, the state gave a Rs 10,000 interim loan to each farmer.", "Rs 10,000"),
    ("The bank gave the firm a loan of Rs 500 crore.", "Rs 500 crore"),
])
def test_a_loan_given_stays_a_loan(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "loan"
