"""What a figure measures, round 10: a burden a decision puts on the exchequer or a state is a
cost; money written right before a claim is what is claimed, compensation, not a thing's price; money a body pays to a firm, an agency, a lawyer or a named body is what it spent;
money someone received or gets for doing something is a fee;
a sum with no scale word someone pays, right after the verb, is a price; so is money 'for a
kilogram' (or 'or more for a kilogram') of a good; money a search or a raid yielded was seized;
money an act took to the bank, or that something helped net someone, is revenue."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Pensions\n\nThe new pension rule will put an extra burden of Rs 1,200 crore on the exchequer.", "Rs 1,200 crore"),
    ("Waiver\n\nThe farm loan waiver will add a ₹9,500-crore burden on the state, officials said.", "₹9,500-crore"),
    ("Allowances\n\nThe hike would have raised the city's financial burden by Rs 6 crore a year.", "Rs 6 crore"),
])
def test_a_burden_on_the_exchequer_is_a_cost(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "cost"


def test_a_debt_burden_stays_a_debt(nlp):
    text = "Loans\n\nGreece has a heavy debt burden, already owing €40bn to the eurozone."
    assert figures(nlp, text)["€40bn"].predicate == "debt"


@pytest.mark.parametrize("text, figure", [
    ("Tobacco\n\nA judge threw out the state's $90bn (£48bn) claim against the cigarette makers.", "$90bn"),
    ("Floods\n\nThe insurer is fighting a £12m claim from the owners of the flooded mall.", "£12m"),
])
def test_money_right_before_a_claim_is_compensation(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "compensation"


def test_costs_named_before_a_claim_stay_costs(nlp):
    text = "Tour\n\nThe singer wants the promoter to repay the concert's £3m costs in a claim lodged last week."
    assert figures(nlp, text)["£3m"].predicate == "cost"


@pytest.mark.parametrize("text, figure", [
    ("Campaign\n\nFilings show the party paid $75,000 to a Washington consulting firm for polling in May.", "$75,000"),
    ("Flights\n\nThe ministry has paid about Rs 45 lakh to the Indian Navy for ferrying officials.", "Rs 45 lakh"),
    ("Ads\n\nThe brewer had paid £2m to an advertising agency for the stadium banners.", "£2m"),
])
def test_money_paid_to_a_supplier_is_spending(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "spending"


def test_money_paid_to_a_relative_is_not_spending(nlp):
    text = "Dowry\n\nThe bride's father was asked to pay Rs 4 lakh to the groom before the wedding."
    assert figures(nlp, text)["Rs 4 lakh"].predicate != "spending"


@pytest.mark.parametrize("text, figure", [
    ("Earnings\n\nThe MP also received up to £20,000 for writing a weekly column in a tabloid.", "£20,000"),
    ("Councils\n\nEach councillor gets Rs 250 for attending a meeting of the standing committee.", "Rs 250"),
])
def test_money_received_for_doing_something_is_a_fee(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "fee"


def test_money_received_a_month_for_work_stays_pay(nlp):
    text = "Teachers\n\nShe gets Rs 18,000 a month for teaching at the village school."
    assert figures(nlp, text)["Rs 18,000"].predicate == "salary"


@pytest.mark.parametrize("text, figure", [
    ("Taxi row\n\nThe passengers refused to pay more, insisting on paying ?40 instead of ?60.", "40"),
    ("Telecom\n\nUsers paying Rs 199 will move to the cheaper Rs 99 pack, the analyst said.", "Rs 199"),
    ("Housing\n\nThe minister's son paid a mere Rs 8,000 to become a co-owner of the flat.", "Rs 8,000"),
])
def test_an_unscaled_sum_someone_pays_is_a_price(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "price"


@pytest.mark.parametrize("text, figure", [
    ("Training\n\nThe firm demands that graduates pay up to £18,000 if they quit within two years.", "£18,000"),
    ("Informers\n\nEach informer will be paid Rs 15,000 after the court hearing.", "Rs 15,000"),
])
def test_a_charge_or_a_sum_someone_is_paid_is_no_price(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate != "price"


@pytest.mark.parametrize("text, figure", [
    ("Onions\n\nHouseholds in the capital now shell out Rs 90 or more for a kilogram of onions.", "Rs 90"),
    ("Milk\n\nDairies in the town sell milk at Rs 52 for a litre, the survey found.", "Rs 52"),
])
def test_money_for_a_unit_of_a_good_is_a_price(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "price"


@pytest.mark.parametrize("text, figure", [
    ("Raids\n\nA search of six lockers at the cooperative bank yielded Rs 3.2 crore in new notes.", "Rs 3.2 crore"),
    ("Raids\n\nOfficers said the raided premises yielded another Rs 45 lakh in cash.", "Rs 45 lakh"),
])
def test_money_a_search_yielded_is_a_seizure(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "seizure"


@pytest.mark.parametrize("text, figure", [
    ("Rich list\n\nThe boy band, at number seven, took £18m (€21m) to the bank last year.", "£18m"),
    ("Rich list\n\nA string of arena tours helped net her £22m in the twelve months.", "£22m"),
])
def test_money_taken_to_the_bank_or_netted_is_revenue(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "revenue"
