"""What a figure measures, round 11: "upto" is "up to" in every measure rule; what something
is insured for, with its insurer between, is its insurance cover; money paid "every month" is
pay like money paid "a month"; money waived or written off is a debt forgiven; a percentage of
seats or flats that "will be reserved for" a group is its quota."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Admissions\n\nSome universities reserve upto 8% seats for children of defence staff.", "8%"),
    ("Hostels\n\nThe new hostel will reserve upto 60% seats for students from the hill districts.", "60%"),
])
def test_upto_is_up_to_in_a_quota(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "quota"


@pytest.mark.parametrize("text, figure", [
    ("Cover\n\nThe big-budget epic has been insured by a state insurer for over Rs 150 crore, "
     "under its film package policy.", "Rs 150 crore"),
    ("Cover\n\nA private insurer today insured the period drama for about Rs 80 crore under its "
     "production package scheme.", "Rs 80 crore"),
])
def test_insured_with_the_insurer_between_is_insurance_cover(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "insurance_cover"


def test_money_received_every_month_is_pay(nlp):
    text = "Pensions\n\nEach widow in the scheme receives Rs 600 every month from the district office."
    assert figures(nlp, text)["Rs 600"].predicate == "salary"


@pytest.mark.parametrize("text, figure", [
    ("Loans\n\nThe opposition claims the government waived over Rs 80,000 crore loan of big "
     "corporates.", "Rs 80,000 crore"),
    ("Airline\n\nThe pilots' union asked the ministry to waive Rs 12,000 crore and give the "
     "carrier a fresh start.", "Rs 12,000 crore"),
])
def test_money_waived_is_a_debt(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "debt"


def test_a_loan_waiver_scheme_stays_aid(nlp):
    text = "Farmers\n\nThe state announced a farm loan waiver of Rs 20,000 crore on Monday."
    assert figures(nlp, text)["Rs 20,000 crore"].predicate == "aid"


@pytest.mark.parametrize("text, figure", [
    ("Housing\n\nThe minister said 20% of the total flats will be reserved for low-income "
     "families.", "20%"),
    ("Hostel\n\nThe university announced that 50% seats in the new block will be reserved for "
     "first-year students.", "50%"),
])
def test_seats_or_flats_reserved_for_a_group_are_a_quota(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "quota"


def test_a_share_of_flats_sold_stays_a_share(nlp):
    text = "Housing\n\nThe builder said 20% of the total flats have been sold to investors."
    assert figures(nlp, text)["20%"].predicate == "share"


@pytest.mark.parametrize("text, figure", [
    ("Power\n\nInspectors found that the former minister has unpaid electricity bills worth "
     "Rs 3 lakh.", "Rs 3 lakh"),
    ("Hotel\n\nThe council cancelled the hotel's licence over non-payment of lease fees "
     "amounting to Rs 90 crore.", "Rs 90 crore"),
    ("Audit\n\nThe audit office found that £25m of invoices remain unpaid.", "£25m"),
])
def test_unpaid_bills_or_fees_are_a_debt(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "debt"


def test_a_fee_paid_stays_a_fee(nlp):
    text = "Hotel\n\nThe hotel paid lease fees amounting to Rs 90 crore last year."
    assert figures(nlp, text)["Rs 90 crore"].predicate == "fee"


def test_money_charged_is_a_fee(nlp):
    text = ("Water\n\nThe scheme would also help families without ration cards by charging Rs 90 "
            "from them to provide a water connection.")
    assert figures(nlp, text)["Rs 90"].predicate == "fee"


@pytest.mark.parametrize("text, figure", [
    ("Gas\n\nLast year Chile signed a $90m agreement to import Bolivian gas in exchange for "
     "copper.", "$90m"),
    ("Chips\n\nIf the $2bn agreement the firm signed with its rival goes through, it will be "
     "the largest in the sector.", "$2bn"),
])
def test_money_right_before_an_agreement_is_its_value(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "deal_value"


def test_a_loan_agreement_stays_a_loan(nlp):
    text = "Loans\n\nTurkey's current $18.6bn loan agreement with the IMF expires in February."
    assert figures(nlp, text)["$18.6bn"].predicate == "loan"


def test_people_who_lost_their_lives_lost_no_money(nlp):
    text = "Fire\n\nNearly 50 people lost their lives in the fire, which gutted goods worth Rs 5 crore."
    assert figures(nlp, text)["Rs 5 crore"].predicate != "loss"


def test_a_cost_to_the_economy_after_lives_lost_is_a_cost(nlp):
    text = ("Storms\n\nThousands of people lost their lives in the storms, with a cost to the "
            "region's economy of around $10bn.")
    assert figures(nlp, text)["$10bn"].predicate == "cost"


def test_shareholders_who_lost_money_keep_the_loss(nlp):
    text = ("Collapse\n\nShareholders lost about $90bn when the carrier collapsed, while 8,000 "
            "workers lost their jobs.")
    assert figures(nlp, text)["$90bn"].predicate == "loss"


def test_a_cost_to_someone_of_a_sum_is_a_cost(nlp):
    text = "Bridge\n\nThe bridge project has an estimated cost to the state economy of Rs 3,000 crore."
    assert figures(nlp, text)["Rs 3,000 crore"].predicate == "cost"


@pytest.mark.parametrize("text, figure", [
    ("FDI\n\nThe cabinet cleared a proposal allowing up to 74% foreign investment in insurers.", "74%"),
    ("Airlines\n\nThe draft states that foreign ownership of up to 49% will be permitted in "
     "domestic airlines.", "49%"),
    ("Cars\n\nSenior officers can purchase cars only up to Rs 10 lakh under the new rules.", "Rs 10 lakh"),
])
def test_what_is_allowed_up_to_is_a_limit(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "limit"


def test_a_share_sold_up_to_stays_a_stake(nlp):
    text = "Banks\n\nThe lender may sell up to 30% of its insurance arm next year."
    assert figures(nlp, text)["30%"].predicate != "limit"


def test_a_minimum_percentage_in_the_class_passed_is_a_cutoff(nlp):
    text = ("Scholarship\n\nHowever, students will need a minimum of 65% in the class they passed "
            "to apply for the scholarship.")
    assert figures(nlp, text)["65%"].predicate == "cutoff"


def test_projects_worth_a_sum_that_were_granted_approval_cost_it(nlp):
    text = ("Metro\n\nThe authority today granted in-principle approval for two metro projects "
            "worth Rs 40,000 crore.")
    assert figures(nlp, text)["Rs 40,000 crore"].predicate == "cost"


@pytest.mark.parametrize("text, figure, measure", [
    ("Raids\n\nThe tax department had earlier seized ?90 crore undisclosed assets during raids "
     "in Pune.", "90 crore", "seizure"),
    ("Scheme\n\nThe minister said the expenditure for the implementation of the scheme will come "
     "to ?25 crore over three years.", "25 crore", "outlay"),
])
def test_a_lost_rupee_sign_does_not_hide_the_words_before_money(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


def test_a_percentage_voting_is_a_turnout(nlp):
    text = "Polls\n\nThe civic polls in the three cities saw around 61% voting on Sunday."
    assert figures(nlp, text)["61%"].predicate == "turnout"


def test_a_percentage_voting_for_a_party_is_no_turnout(nlp):
    text = "Polls\n\nAbout 40% voting for the party came from rural seats."
    assert figures(nlp, text)["40%"].predicate != "turnout"


def test_earnings_from_a_named_source_are_revenue(nlp):
    text = ("Tickets\n\nThe ministry said earnings through ticket cancellation rose to Rs 1,520 crore "
            "in 2016-17.")
    assert figures(nlp, text)["Rs 1,520 crore"].predicate == "revenue"


def test_earnings_from_continuing_operations_stay_a_profit(nlp):
    text = ("Results\n\nThe firm said earnings from continuing operations rose to $310m in the "
            "quarter.")
    assert figures(nlp, text)["$310m"].predicate == "profit"


def test_a_percentage_before_any_comparative_with_than_is_a_change(nlp):
    text = "Phones\n\nThe new panel is also 35% brighter than the one on last year's model."
    assert figures(nlp, text)["35%"].predicate == "growth"


@pytest.mark.parametrize("text, figure", [
    ("Markets\n\nThe shares closed down 9%, wiping about £150m off the value of the company.", "£150m"),
    ("Telecoms\n\nThe group had a torrid year, with a scandal that wiped £3bn off its shares.", "£3bn"),
])
def test_money_wiped_off_a_company_or_its_shares_is_market_value(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "market_cap"


def test_the_seizure_of_assets_worth_a_sum_is_a_seizure(nlp):
    text = "Raids\n\nThis is in addition to the seizure of undisclosed assets worth Rs 900 crore."
    assert figures(nlp, text)["Rs 900 crore"].predicate == "seizure"


@pytest.mark.parametrize("text, figure", [
    ("Exchanges\n\nThe exchange is planning a $200m share sale next month.", "$200m"),
    ("Listings\n\nIt was the country's second $2bn stock debut this year.", "$2bn"),
])
def test_money_right_before_a_share_sale_or_a_debut_is_funding(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "funding"


def test_a_percentage_a_firm_has_of_a_named_company_is_a_stake(nlp):
    text = "Games\n\nEven though Tencent has 15% of Kingsoft, it is far from full control."
    assert figures(nlp, text)["15%"].predicate == "stake"


def test_imports_and_exports_that_add_up_to_a_sum_are_trade_volume(nlp):
    text = "Trade\n\nIn 2004, Korea's imports from and exports to Japan added up to 9,500bn won."
    assert figures(nlp, text)["9,500bn won"].predicate == "trade_volume"


@pytest.mark.parametrize("text, figure, measure", [
    ("Pay\n\nFive directors agreed to repay bonuses awarded in 2015 totalling $4.2m.", "$4.2m", "salary"),
    ("Subsidies\n\nSUBSIDY PROVIDED 2016-17: Assam 2.5 crore, Odisha 1.2 crore, Goa 0.4 crore.",
     "1.2 crore", "incentive"),
])
def test_a_measure_noun_heads_the_participle_after_it(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


def test_assets_attached_keep_the_seizure(nlp):
    text = "Benami\n\nThe assets attached under the act include land and shares worth Rs 12 crore."
    assert figures(nlp, text)["Rs 12 crore"].predicate == "seizure"


def test_a_bill_cut_down_by_a_sum_is_a_saving(nlp):
    text = ("Solar\n\nThe rooftop panels will let the school cut down its annual electricity bill "
            "by Rs 6 lakh.")
    assert figures(nlp, text)["Rs 6 lakh"].predicate == "savings"


def test_an_annual_compensation_is_pay(nlp):
    text = ("Coach\n\nThe new coach will reportedly receive an annual compensation of Rs 6 crore, "
            "less than the Rs 8 crore his predecessor sought.")
    assert figures(nlp, text)["Rs 6 crore"].predicate == "salary"


def test_compensation_to_families_stays_compensation(nlp):
    text = "Floods\n\nThe families will get compensation of Rs 5 lakh each."
    assert figures(nlp, text)["Rs 5 lakh"].predicate == "compensation"


def test_a_percentage_of_students_a_school_must_admit_is_a_quota(nlp):
    text = ("Schools\n\nThe lease says the society shall undertake to admit 60% of the students of "
            "the neighbourhood.")
    assert figures(nlp, text)["60%"].predicate == "quota"
