"""What a figure measures, round 9: money that lending, credit or a debt rose or fell by, or a
'rise' or 'drop' in them, is the change, growth, not a loan's or a debt's size; a sum with no scale
word written before a plan, a pack or a recharge is the price paid for it; money a club wants or
bids for a player, also with a word before 'bid' ('a £9m summer bid'), is a transfer fee; a figure
'as against', 'compared with' or 'versus' the sentence's previous figure of its kind measures what
that one does, unless a measure word of its own follows it; a tiger or forest reserve, oil
reserves and the Federal Reserve name no money reserves; money that claims amount to or reach
is compensation; money written before a company's noun, a giant or an empire is its valuation; money
written right before a thing built or produced, a plant, a system, a film or a tale, is its cost,
also with no determiner before it; money a company is 'valued at' is its valuation over a sale word; a capital or cash injection is funding; money a body seeks or is given to acquire land is funding, not a deal; earnings before interest, tax,
depreciation and amortisation are a profit, not a tax; a hyphened 'sell-off' names no discount; a
share price that rockets or zooms by a percentage grew by it; what a thing cost or will take to make
or to fix is its cost; money a body spends to buy a business is a deal's value, and to create one an investment; what something will set a buyer back is its price; a pay band, a pay scale or a grade pay is a salary."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Lending\n\nHome loan lending grew by £5.3bn in April, the building societies said.", "£5.3bn"),
    ("Credit\n\nThe central bank said consumer credit fell by £0.8bn in May.", "£0.8bn"),
    ("Lending\n\nMortgage lending rose by £6.1bn in June, up from a £4.9bn rise in May.", "£4.9bn"),
    ("Debt\n\nFigures showed a surprise $6.2bn drop in household debt in March.", "$6.2bn"),
])
def test_money_lending_or_debt_moved_by_is_growth(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "growth"


def test_what_a_price_fell_by_stays_a_price(nlp):
    text = "Homes\n\nThe average asking price of a flat fell by £750 in June, the survey found."
    assert figures(nlp, text)["£750"].predicate == "price"


@pytest.mark.parametrize("text, figure", [
    ("Telecom\n\nUnder the Rs 399 plan, the operator gives users 1GB of data a day for 84 days.", "Rs 399"),
    ("Telecom\n\nSubscribers who pick the Rs 149 prepaid pack get free calls for a month.", "Rs 149"),
    ("Snacks\n\nCustomers can eat as much as they like for a week by choosing the ?250 plan.", "250"),
])
def test_an_unscaled_sum_before_a_plan_is_its_price(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "price"


def test_a_scaled_sum_before_a_plan_stays_its_cost(nlp):
    text = "Transport\n\nThe £9bn tram plan was approved by the council on Monday."
    assert figures(nlp, text)["£9bn"].predicate != "price"


@pytest.mark.parametrize("text, figure", [
    ("Transfers\n\nEverton may launch a £9m summer bid for the Leeds striker, according to reports.", "£9m"),
    ("Transfers\n\nIt is thought Fulham want £4m for the winger, but the club has had no offer yet.", "£4m"),
])
def test_money_a_club_bids_or_wants_for_a_player_is_a_fee(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "fee"


@pytest.mark.parametrize("text, figure, measure", [
    ("Tax\n\nThe council collected Rs 610 crore in property tax in 2016-17 as against the Rs 455 crore collected "
     "a year earlier.", "Rs 455 crore", "tax"),
    ("Cinema\n\nTheatre tickets will now attract a 12 per cent tax, as against 18 per cent proposed earlier.",
     "18 per cent", "tax_rate"),
    ("Jobs\n\nIreland's jobless rate rose to 4.6%, though the rate is still one of the lowest in Europe, compared "
     "with 9.8% in Italy.", "9.8%", "unemployment"),
])
def test_a_figure_compared_with_the_one_before_measures_what_it_does(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


def test_a_compared_figure_with_its_own_measure_word_keeps_it(nlp):
    text = "Results\n\nThe insurer posted a $500m loss, compared with a $210m profit a year before."
    assert figures(nlp, text)["$210m"].predicate == "profit"


@pytest.mark.parametrize("text, figure", [
    ("Wildlife\n\nA valuation of forest reserves in Kerala says that saving one elephant yields a capital benefit "
     "of about Rs 90 crore.", "Rs 90 crore"),
    ("Nature\n\nThe wildlife reserve earned Rs 4 crore from visitors last year.", "Rs 4 crore"),
])
def test_a_nature_or_oil_reserve_is_no_money_reserves(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate != "reserves"


def test_foreign_exchange_reserves_stay_reserves(nlp):
    text = "Currency\n\nSouth Korea has about $210bn in foreign exchange reserves."
    assert figures(nlp, text)["$210bn"].predicate == "reserves"


@pytest.mark.parametrize("text, figure", [
    ("Insurers\n\nThe reinsurer said storms around the world have seen property claims reach $38bn this year.",
     "$38bn"),
    ("Crops\n\nAccording to the audit, claims amounting Rs 4,200 crore under the crop insurance scheme were pending.",
     "Rs 4,200 crore"),
])
def test_money_claims_amount_to_is_compensation(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "compensation"


@pytest.mark.parametrize("text, figure", [
    ("Telecoms\n\nHe turned Vexcom from a small reseller into a $120bn telecoms giant in a decade.", "$120bn"),
    ("Tycoon\n\nThe country's richest man, who owns a USD 60 billion empire, said he would retire.", "USD 60 billion"),
])
def test_money_before_a_giant_or_an_empire_is_its_valuation(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "valuation"


def test_money_before_an_if_clause_about_a_company_is_no_valuation(nlp):
    text = "Court\n\nThe tycoon agreed to pay the banker £12m if the company's shares doubled."
    assert figures(nlp, text)["£12m"].predicate != "valuation"


@pytest.mark.parametrize("text, figure", [
    ("Dairy\n\nThe chief minister also inaugurated Rs 420 crore milk plant at Mehsana on Sunday.", "Rs 420 crore"),
    ("Films\n\nAfter reports of a Rs 800-crore Ramayana film starring Prabhas, another epic was announced.",
     "Rs 800-crore"),
    ("Festival\n\nBrick Lane, a $9,000 tale of two brothers, won the jury prize.", "$9,000"),
])
def test_money_right_before_a_thing_made_is_its_cost(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "cost"


def test_money_before_a_brand_plan_stays_its_price(nlp):
    text = "Telecom\n\nThe reviewer said that Jio Rs 449 plan is the best phone plan of the year."
    assert figures(nlp, text)["Rs 449"].predicate == "price"


@pytest.mark.parametrize("text, figure", [
    ("Start-ups\n\nAgainst a valuation of about $4bn last year, the sale to Zentro could see Kartly being valued at "
     "about $700m.", "$700m"),
    ("Listing\n\nIf the final price is at the top of the range, the company could be valued at as much as 350m euros.",
     "350m euros"),
])
def test_money_a_company_is_valued_at_is_its_valuation(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "valuation"


@pytest.mark.parametrize("text, figure", [
    ("Football\n\nA banker who has held talks with the club over a bond sale said it needs a capital injection of "
     "28m euros.", "28m euros"),
    ("Budget\n\nThe plan includes a £190m cash injection to extend paid paternity leave from two weeks to four.", "£190m"),
])
def test_a_capital_or_cash_injection_is_funding(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "funding"


@pytest.mark.parametrize("text, figure", [
    ("Airport\n\nThe development authority has sought Rs 1,500 crore from the state government to acquire the first "
     "800 hectares of farmland for the airport.", "Rs 1,500 crore"),
    ("Airport\n\nOne option is that the Centre gives Rs 1,500 crore for land acquisition.", "Rs 1,500 crore"),
])
def test_money_sought_or_given_to_acquire_land_is_funding(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "funding"


def test_earnings_before_interest_and_tax_are_a_profit(nlp):
    text = ("Results\n\nAnalysts cut their forecast for the group's earnings before interest, tax, depreciation and "
            "amortisation by 4% to £512m.")
    assert figures(nlp, text)["£512m"].predicate == "profit"


def test_a_sell_off_of_a_percentage_is_no_discount(nlp):
    text = "Budget\n\nThe new budget calls for the sell-off of 15% of the state's holdings in its oil companies."
    assert figures(nlp, text)["15%"].predicate != "discount"


@pytest.mark.parametrize("text, figure", [
    ("Media\n\nStreamly has seen its share price rocket 58% over the past year.", "58%"),
    ("Markets\n\nDuring the day, the scrip zooms 12.4 per cent to Rs 41.20.", "12.4 per cent"),
])
def test_a_percentage_a_share_price_rockets_by_is_growth(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "growth"


@pytest.mark.parametrize("text, figure", [
    ("Films\n\nThe costume epic, said to have cost more than $120m (£64m) to make, earned just $9.2m over its "
     "opening weekend.", "$120m"),
    ("River\n\nThe panel said it would take at least eight years and Rs 35 crore to fix the damage caused to the "
     "wetland by the festival.", "Rs 35 crore"),
])
def test_what_a_thing_cost_or_takes_to_make_or_fix_is_its_cost(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "cost"


@pytest.mark.parametrize("text, figure", [
    ("Banks\n\nLondon-based lender Harcourt said it would spend $2.7bn to buy one of Thailand's largest retail "
     "banks.", "$2.7bn"),
    ("Telecoms\n\nTelvia is to spend 412m euros on buying out minority shareholders in its cable unit.", "412m euros"),
])
def test_money_spent_to_buy_a_business_is_a_deal_value(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "deal_value"


def test_money_spent_to_buy_a_phone_is_no_deal(nlp):
    text = "Shopping\n\nThe two friends spent Rs 14,000 to buy a brand new phone on the site."
    assert figures(nlp, text)["Rs 14,000"].predicate != "deal_value"


def test_money_spent_to_create_a_company_is_an_investment(nlp):
    text = "Oil\n\nPetrona spent $4.2bn to create Kazakh-registered oil company KazPet, the firm said."
    assert figures(nlp, text)["$4.2bn"].predicate == "investment"


def test_what_something_sets_a_buyer_back_is_its_price(nlp):
    text = "Gadgets\n\nBuying all twelve gadgets on the list will set the keen shopper back £6,230."
    assert figures(nlp, text)["£6,230"].predicate == "price"


@pytest.mark.parametrize("text, figure", [
    ("Doctors\n\nA lecturer's current pay band at the institute is Rs 21,600-45,200.", "Rs 21,600-45,200"),
    ("Colleges\n\nNotably, the existing pay scale and grade pay of lecturers at the college is Rs 15,000-Rs 40,000.",
     "Rs 15,000-Rs 40,000"),
])
def test_a_pay_band_or_grade_pay_is_a_salary(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "salary"
