"""What a figure measures, round 5 (issue 9): money paid to exit, terminate or get out of a deal
is compensation (a break fee), owned by whom it goes to, not a deal's value or a bare mention;
the verb after "to" names no recipient."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Cars\n\nThe carmaker agreed to pay $3bn to exit a joint venture it no longer wanted.", "$3bn"),
    ("Telecoms\n\nThe operator is said to be offering about $700m (£380m) to extricate itself from the contract.",
     "$700m"),
    ("Retail\n\nThe grocer will pay 400m euros to terminate its supply agreement early.", "400m euros"),
    ("Media\n\nThe studio paid £90m to get out of the merger it had signed last spring.", "£90m"),
])
def test_money_paid_to_exit_a_deal_is_compensation(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "compensation"


@pytest.mark.parametrize("text, figure", [
    ("Cars\n\nThe carmaker agreed to pay $3bn to exit a joint venture it no longer wanted.", "$3bn"),
    ("Media\n\nThe studio paid £90m to get out of the merger it had signed last spring.", "£90m"),
])
def test_the_verb_after_to_is_no_recipient(nlp, text, figure):
    name = figures(nlp, text)[figure].subject.name
    assert name not in ("exit", "get out", "joint venture", "merger")


def test_a_payment_to_a_named_partner_to_get_out_goes_to_the_partner(nlp):
    text = "Cars\n\nThe group had to pay its partner Volvo 900m euros to get out of the pact."
    fact = figures(nlp, text)["900m euros"]
    assert fact.predicate == "compensation"


def test_buying_a_firm_stays_a_deal(nlp):
    text = "Banks\n\nThe lender agreed to pay $2bn to buy the rival insurer outright."
    assert figures(nlp, text)["$2bn"].predicate != "compensation"


# --- money earned in a named year through or from a source is revenue, not profit ------------

@pytest.mark.parametrize("text, figure", [
    ("Rail\n\nThe Railways earned Rs 42.5 crore in FY 2018-19 through the sale of platform tickets.", "Rs 42.5 crore"),
    ("Ports\n\nThe port trust earned $12m during 2015 from berthing charges, officials said.", "$12m"),
])
def test_money_earned_in_a_year_from_a_source_is_revenue(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "revenue"


def test_a_firm_that_earned_in_a_quarter_still_made_a_profit(nlp):
    text = "Results\n\nThe software group earned $310m in the third quarter, up from $270m a year earlier."
    assert figures(nlp, text)["$310m"].predicate == "profit"
