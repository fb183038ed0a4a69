"""What a figure measures, round 11b: a percentage whose own noun is a money measure's (a rebate,
a cap, a fine or penalty, a subsidy, losses), right after it or joined to it by "of", takes that
measure over the generic share, growth or a rate word elsewhere in its clause; a percentage of all
the customers, passengers, users or lines of a trade that a firm carries, serves or controls, or of
a market past a possessive, is its market share; a percentage of cases the police "solve" is a
rate, like one they solved or cracked."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure, measure", [
    ("Cinema\n\nThe state gives a rebate of 9 per cent on its share of the amusement tax.", "9 per cent", "rebate"),
    ("Tax\n\nThe opposition wants lower rates and a 20 per cent cap on the new levy.", "20 per cent", "cap"),
    ("Property\n\nOwners who hide a flat face a penalty of up to 30% of its market value.", "30%", "fine"),
    ("Loans\n\nThe housing scheme offers an interest subsidy of up to 4 per cent.", "4 per cent", "incentive"),
    ("Power\n\nThe eastern feeder still runs at 45 per cent losses, engineers said.", "45 per cent", "loss"),
])
def test_a_percentage_whose_own_noun_is_a_money_measure_takes_it(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure", [
    ("Flights\n\nThe regional carrier flies about 40% of all travellers to the island.", "40%"),
    ("Broadband\n\nThe rival signed up some 25% of the new broadband customers in the quarter.", "25%"),
    ("Phones\n\nThe old operator controls more than 70% of these lines.", "70%"),
    ("Banks\n\nThe lender holds 6% of the nation's retail banking market.", "6%"),
])
def test_a_percentage_of_a_trades_customers_a_firm_serves_is_its_market_share(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "market_share"


def test_a_percentage_of_cases_the_police_solve_is_a_rate(nlp):
    text = "Crime\n\nThe city police managed to solve 58 per cent of the burglary cases last year."
    assert figures(nlp, text)["58 per cent"].predicate == "rate"
