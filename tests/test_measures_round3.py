"""What a figure measures, round 3 (issue 9): a loan defaulted on or owed with interest is a
debt; money "promised" or "pledged" is a commitment; a percentage "or more" is a threshold; the
part of people who favour or back something an approval; money before a market its size; the part
of all sales a product accounts for its market share."""

from __future__ import annotations

import pytest

from tests.helpers import figures as facts_of


@pytest.mark.parametrize("sentence, figure", [
    ("The steel baron, wanted for default on loans worth nearly Rs 4,200 crore, left the country last year.",
     "Rs 4,200 crore"),
    ("He faces charges of loan default to the tune of Rs 760 crore in two states.", "Rs 760 crore"),
    ("The bank said the loan amount along with interest totalling Rs 312 crore was never repaid.",
     "Rs 312 crore"),
])
def test_loan_in_default_is_debt(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "debt"


@pytest.mark.parametrize("sentence, figure, measure", [
    # a loan taken stays a loan
    ("The farmer took a loan of Rs 3 lakh from a cooperative bank to buy seeds.", "Rs 3 lakh", "loan"),
    # "but" ends the defaulted loan: the other sum is not its debt
    ("The agency said the case was not about loan default, but a wrongful gain of Rs 61 crore.",
     "Rs 61 crore", None),
])
def test_loan_not_in_default(nlp, sentence, figure, measure):
    predicate = facts_of(nlp, sentence)[figure].predicate
    if measure is None:
        assert predicate != "debt"
    else:
        assert predicate == measure


@pytest.mark.parametrize("sentence, figure", [
    ("The prime minister has promised $420 million in funding for flood defences.", "$420 million"),
    ("The foundation pledged £75m in grants to rural schools.", "£75m"),
])
def test_promised_money_is_commitment(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "commitment"


@pytest.mark.parametrize("sentence, figure", [
    ("The regulator wants details of investors holding 3% or more of the bank's shares.", "3%"),
    ("Workers with 60 per cent and above hearing loss will get a monthly allowance.", "60 per cent"),
])
def test_percentage_or_more_is_threshold(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "threshold"


def test_rate_or_more_stays_growth(nlp):
    fact = facts_of(nlp, "Attacks on small firms were growing at a rate of 20% or more each quarter.")["20%"]
    assert fact.predicate == "growth"


@pytest.mark.parametrize("sentence, figure", [
    ("Nearly 58% of the respondents favoured the mayor for a second term, the survey found.", "58%"),
    ("About 72 per cent of the voters are backing the new rail link.", "72 per cent"),
    ("In Pune, 64% of the commuters surveyed appreciated the new bus lanes.", "64%"),
])
def test_people_backing_is_approval(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "approval"


def test_people_reporting_back_is_no_approval(nlp):
    fact = facts_of(nlp, "By noon, around 70% of the workers were reporting back to work.")["70%"]
    assert fact.predicate != "approval"


@pytest.mark.parametrize("sentence, figure", [
    ("The lender is a big player in Canada's $2 trillion housing market.", "$2 trillion"),
    ("Price cuts will continue in the Rs 90,000-crore cement market this year.", "Rs 90,000-crore"),
])
def test_money_before_market_is_its_size(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "market_size"


def test_market_stall_is_no_market_size(nlp):
    fact = facts_of(nlp, "She rented a £40 market stall for the weekend.")["£40"]
    assert fact.predicate != "market_size"


@pytest.mark.parametrize("sentence, figure, measure", [
    ("Analysts expect electric scooters to account for 30% of all two-wheeler sales by 2030.", "30%",
     "market_share"),
    ("Tablets could account for 12 per cent of all computers sold next year.", "12 per cent", "market_share"),
    # a part of a firm's own sales stays a share
    ("Exports, accounting for 40% of sales, fell sharply in the quarter.", "40%", "share"),
])
def test_part_of_all_sales(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure", [
    ("The new medical college will reserve 40% seats for students from tribal districts.", "40%"),
    ("Every private school must offer 20% of its seats to children from poor families.", "20%"),
])
def test_seats_reserved_are_a_quota(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "quota"


def test_discount_offered_is_no_quota(nlp):
    fact = facts_of(nlp, "The airline will offer 15% off on all domestic fares this week.")["15%"]
    assert fact.predicate != "quota"


@pytest.mark.parametrize("sentence, figure, measure", [
    ("Homes with a fibre line will rise to 60% by the end of next year, while cable subscriptions keep growing.",
     "60%", "share"),
    ("By 2016 the unpaid amount had risen to almost 12 per cent of all the power supplied.", "12 per cent", "share"),
    # a growth word keeps the change
    ("The reform could help raise GDP growth to over 7% in the medium term.", "7%", "growth"),
    # a change by a percentage stays growth
    ("Ticket sales rose by 9% in the second half.", "9%", "growth"),
])
def test_level_reached(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    # a bare "rate of" is a head: the clause's specific measure says which rate
    ("Inflation has been climbing for months, hitting an annual rate of 2.7% in June.", "2.7%", "inflation"),
    ("The number of people out of work rose again in May, to a rate of 8.4%.", "8.4%", "unemployment"),
    # with no specific word it stays a rate, and a change's rate stays growth
    ("The pass rate of 82% was the best in years.", "82%", "rate"),
    ("The economy grew at an annual rate of 3.8% in the spring.", "3.8%", "growth"),
])
def test_rate_of_takes_the_specific_measure(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


def test_goods_worth_after_a_comma_is_a_price(nlp):
    fact = facts_of(nlp, "He was driving a red SUV, worth over 80,000 pounds, when he crashed.")["80,000 pounds"]
    assert fact.predicate == "price"


@pytest.mark.parametrize("sentence, figure", [
    ("The club denied that the coach had been given a £2m pay-off after he left.", "£2m"),
    ("She will get a severance package of $12m, the board said.", "$12m"),
])
def test_pay_off_is_compensation(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "compensation"


@pytest.mark.parametrize("sentence, figure", [
    ("Council spending could be cut by £240m under the mayor's review.", "£240m"),
    ("The carrier must reduce fuel costs by $300m to stay afloat.", "$300m"),
    ("The new boilers will save the hospital about Rs 3 crore a year.", "Rs 3 crore"),
    ("Ministers said the scheme would save the poorest nations about $2bn in repayments.", "$2bn"),
])
def test_money_saved_is_savings(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "savings"


def test_borrowing_cut_by_stays_a_loan(nlp):
    fact = facts_of(nlp, "The new bid cut the amount of borrowing needed by £150m.")["£150m"]
    assert fact.predicate == "loan"


@pytest.mark.parametrize("sentence, figure", [
    ("If a household spends above Rs 8 lakh on a party, it must pay a levy.", "Rs 8 lakh"),
    ("Officials will scrutinise only those cases where the gain is over Rs 2 crore.", "Rs 2 crore"),
    ("The bank could not say how many accounts in which over Rs 4 lakh was deposited were flagged.", "Rs 4 lakh"),
    # goods or gifts worth over or under a sum are a class of sums
    ("Traders need a permit to move goods worth over Rs 75,000 between states.", "Rs 75,000"),
    ("Ministers may keep gifts valued under £140.", "£140"),
])
def test_bounded_sum_is_a_threshold(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "threshold"


def test_price_in_a_condition_stays_a_price(nlp):
    fact = facts_of(nlp, "We will not cut output unless prices are falling below $42 a barrel.")["$42"]
    assert fact.predicate == "price"


@pytest.mark.parametrize("sentence, figure, measure", [
    # money paid for doing something is a fee
    ("Residents will have to pay Rs 60 an hour for parking on the main road.", "Rs 60", "fee"),
    ("The council pays Rs 900 for catching each stray dog.", "Rs 900", "fee"),
    # a sum a seller charges for a thing is its price
    ("The café charges £3.20 for a sandwich, the survey found.", "£3.20", "price"),
    ("Staff at the depot are charged €6 for lunch in the canteen.", "€6", "price"),
    # a charge for doing something stays a fee
    ("The lawyer charged £1 for representing the charity in court.", "£1", "fee"),
])
def test_paid_or_charged_for(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


def test_charge_for_a_service_stays_a_fee(nlp):
    fact = facts_of(nlp, "The clinic will charge Rs 350 for each scan from next month.")["Rs 350"]
    assert fact.predicate == "fee"


@pytest.mark.parametrize("sentence, figure, measure", [
    ("The governor also presented Rs 5 lakh to the team's physiotherapist.", "Rs 5 lakh", "prize"),
    ("The mayor presented a cheque of $2,500 to the young swimmer.", "$2,500", "prize"),
    ("Her latest donation follows a £1.2m gift to the party last year.", "£1.2m", "donation"),
    ("Around £2.1bn will be spent on implementing the scheme by 2009.", "£2.1bn", "outlay"),
    ("The minister said the expenditure for the implementation of the plan will come to Rs 45 crore.",
     "Rs 45 crore", "outlay"),
])
def test_presented_gift_and_implementation(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    ("Global smartwatch sales rose by 4.5% to $21 billion last year.", "$21 billion", "market_size"),
    # one firm's revenues next to worldwide sales stay its revenue
    ("The merger would create a group with worldwide sales of 40m units and revenues of $3bn.", "$3bn",
     "revenue"),
])
def test_world_sales_are_a_market_size(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure", [
    ("'70 PER CENT CLERKS ABSENT' The report was tabled on Monday.", "70 PER CENT"),
    ("About 35% DMK workers stayed home, he said.", "35%"),
    ("The station will soon be 100% LED-lit.", "100%"),
])
def test_percentage_before_a_word_in_capitals_is_a_share(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "share"
