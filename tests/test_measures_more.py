"""What a figure measures, more rules (issue 9): a tournament's purse is prize money; a bank's,
a company's or a fund's assets are its assets, a person's are their wealth; a sum in another
currency that a currency moved to or buys is an exchange rate; a percentage a holder or a
controller of a company has is a stake; a rate per area paid for acquired land is compensation; a player's move has a transfer fee; a sum someone is alleged to have taken in cash, to
have been paid for favouring a deal or to have funnelled into a campaign is a bribe (fraud);
what a concert or a song raises is a donation; what a body earns through or by selling
something is revenue; renting is charging a fee, a challan a fine; a person's or a household's income and income
hidden from tax are income; a tax slab listed or a rate a tax is charged at is a tax rate;
money demanded under a threat is a ransom; money promised is a commitment; a case's sum is
what it claims, a fraud case's the fraud; money cut from spending is a cut."""

from __future__ import annotations

import pytest

from tests.helpers import figures as facts_of


@pytest.mark.parametrize("sentence, figure, measure", [
    # money written before a tournament's name or noun is its purse
    ("The qualifier reached the quarter-finals of the $75,000 Pune Challenger on Thursday.", "$75,000", "prize"),
    ("The top seed won the singles title at the €250,000 Lyon Open last week.", "€250,000", "prize"),
    ("The association will stage two USD 15,000 tournaments for women in Nagpur.", "USD 15,000", "prize"),
    # not the fee paid to enter or the cost of staging one
    ("The federation paid the $25,000 tournament fee to the relief fund after the final.", "$25,000", "fee"),
    # a bank's, a firm's or a fund's assets are a balance-sheet total
    ("The merger would create the country's largest lender with assets of about 95 trillion yen.",
     "95 trillion yen", "assets"),
    ("The insurer has total assets of $40bn.", "$40bn", "assets"),
    ("The mutual fund's AUM (assets under management) grew to Rs 3,000 crore.", "Rs 3,000 crore", "assets"),
    # a person's declared or listed assets stay their wealth
    ("In her election affidavit the candidate declared assets of Rs 4 crore.", "Rs 4 crore", "wealth"),
    ("The banker showed his total assets at Rs 1.40 crore.", "Rs 1.40 crore", "wealth"),
    # a currency named before a sum in another currency, which it moved to, traded at or buys
    ("By noon the euro had slipped back to 1.2875 dollars.", "1.2875 dollars", "exchange_rate"),
    ("Gold rose 1%, while the pound had fallen by 0.4% against the yen to trade at 201.35 yen.",
     "201.35 yen", "exchange_rate"),
    ("Exporters cannot live with a pound that buys $1.95 for long.", "$1.95", "exchange_rate"),
    # not a price a currency's move carried past a mark
    ("The weak dollar helped carry oil prices above the $50 mark.", "$50", "price"),
    # what a shareholder holds, or a family controls, of a company
    ("The French carmaker, a 15% shareholder in the truck maker, refused to add capital.", "15%", "stake"),
    ("The refiner is 51%-owned by the state.", "51%", "stake"),
    ("The founding family controls 62% of the group.", "62%", "stake"),
    # a part of something else someone controls is no stake
    ("The army says it has controlled 90% of the district.", "90%", "share"),
    # a rate per area farmers are paid or demand for acquired land
    ("Villagers want the land acquisition rate raised to Rs 80 lakh a hectare.", "Rs 80 lakh", "compensation"),
    ("Why should farmers give their land for Rs 2,900 per sqm?", "Rs 2,900", "compensation"),
    # a purchase has a price
    ("The developer is buying land from farmers for Rs 4,000 per sqm.", "Rs 4,000", "price"),
    # what a player's move or joining a club "for" cost is a transfer fee
    ("The winger joined the Hammers from Lyon for £9m last summer.", "£9m", "fee"),
    ("Fans booed the striker on his return to the club after his £31m move.", "£31m", "fee"),
    # money offered or bid for a player is his transfer fee
    ("The club have offered £400,000 up front for the Scotland striker.", "£400,000", "fee"),
    ("Leeds accepted a £3m offer for Hughes from Fulham, the player's agent said.", "£3m", "fee"),
    # a company's offer is a deal's value
    ("The board rejected a $4bn offer for Halcyon from Grant Holdings on Friday.", "$4bn", "deal_value"),
    # alleged bribes: taken in cash, paid for a favour, funnelled into a campaign
    ("The MLA alleged that he saw the mayor accept Rs 3 crore in cash from a builder.", "Rs 3 crore", "fraud"),
    ("The petition alleges that officials were paid Rs 20 crore for favouring the bidder.", "Rs 20 crore", "fraud"),
    ("The contractor was accused of funnelling more than $3m into the senator's campaign.", "$3m", "fraud"),
    # money a performance raises, or raised at a show, is a donation for a cause
    ("Last year's concert in Leeds, headlined by two bands, raised more than £800,000.", "£800,000", "donation"),
    ("The choir hopes its single will raise £1m for the flood appeal.", "£1m", "donation"),
    ("The charity hopes to raise £40,000 from the gala.", "£40,000", "donation"),
    # a firm raising capital is funding
    ("The start-up raised $12m from investors last month.", "$12m", "funding"),
    # money a body earned through a charge or by selling something is revenue, not profit
    ("The metro corporation earned Rs 210 crore through parking charges last year.", "Rs 210 crore", "revenue"),
    # measure words the vocabulary lacked
    ("The trust has been renting out the hall for weddings for about Rs 50,000 per day.", "Rs 50,000", "fee"),
    ("The traffic police said the challan will be Rs 5,000 for a first offence.", "Rs 5,000", "fine"),
    ("The graduate was offered an annual package of Rs 28 lakh by the bank.", "Rs 28 lakh", "salary"),
    ("The bill raises the monthly package of MLAs to Rs 1.5 lakh.", "Rs 1.5 lakh", "salary"),
    # income: a person's or a people's, and income hidden from tax
    ("Pensioners in the region had an average income of £9,400 last year.", "£9,400", "income"),
    ("The survey found an income of Rs 900 crore that was not reflected in the trust's books.",
     "Rs 900 crore", "income"),
    ("The state's per capita income stood at Rs 1,45,000 in 2016-17.", "Rs 1,45,000", "income"),
    # a company's or a government's income is revenue, its net income profit
    ("The company's income from operations was $2bn in the quarter.", "$2bn", "revenue"),
    ("Net income rose to $700m.", "$700m", "profit"),
    # tax slabs in a list, and the rate a tax is charged or levied at
    ("The council fixed a three-tier tax slab of 6, 14 and 22 per cent on services.", "22 per cent", "tax_rate"),
    ("At present the cess is levied at 0.5 per cent on all sales.", "0.5 per cent", "tax_rate"),
    # money demanded under a threat (blackmail, extortion) is a ransom
    ("The caller asked the hospital to pay Rs 2 crore, failing which he would leak patient records.",
     "Rs 2 crore", "ransom"),
    ("He tried to blackmail the actor by demanding Rs 30 lakh to withhold the photographs.", "Rs 30 lakh", "ransom"),
    # a sum an official demands with no threat said stays a bribe
    ("The clerk demanded Rs 5,000 from him to process the file.", "Rs 5,000", "fraud"),
    # money promised is a commitment; a promise of something else names no measure
    ("A further £30m was promised on Monday to hire more nurses.", "£30m", "commitment"),
    ("The minister has promised them about £2.4bn next year.", "£2.4bn", "commitment"),
    ("Losses since the party promised closure of the mills run into Rs 900 crore.", "Rs 900 crore", "loss"),
    # money before a case or a lawsuit is its claim; before a fraud, the fraud's amount
    ("The trader has won her £3.2m unfair dismissal case against the bank.", "£3.2m", "compensation"),
    ("The firm is an accused in a Rs 410 crore bank loan fraud case.", "Rs 410 crore", "fraud"),
    # a case fee is a fee
    ("The lawyer charged a Rs 20 lakh case fee.", "Rs 20 lakh", "fee"),
    # money cut from spending, services or costs
    ("The opposition says the plan would cut £12bn from public services.", "£12bn", "cuts"),
    ("The airline aims to slash $2bn from its costs by 2007.", "$2bn", "cuts"),
    ("Critics attacked the party's £9bn of cuts to council budgets.", "£9bn", "cuts"),
    # tax cuts keep their tax
    ("The chancellor said the £3bn tax cuts would help families.", "£3bn", "tax"),
])
def test_measure(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


def test_exchange_rate_owner_is_the_currency_priced(nlp):
    fact = facts_of(nlp, "By noon the euro had slipped back to 1.2875 dollars.")["1.2875 dollars"]
    assert fact.subject.text == "euro"
