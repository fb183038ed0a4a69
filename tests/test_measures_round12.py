"""What a figure measures, round 12 (money): one case or more per rule, each failing on the code
before the rule (the id says the rule). A semicolon after a figure closes its clause, and so do
words that add another sum to it ("plus", "in addition to", "with additional"); what it takes to
mend or keep up a thing, the time it takes between, is a cost; what a body could, plans or aims to
earn is revenue; what a sum is limited to, or a sum "whichever is less", is a limit; money offered
for information is a reward, a prize; a measure word inside a syndicate's, a trader's or an agency's
name names no measure; money a thing was sold to a named buyer for is a deal's value; a sum "worth
of" things is their value, or the measure its noun names; "a $5m check" is a cheque, no thing that
owns its sum; a measure word after a name and its modifier ("the Rs 900 crore Kestrel radar deal")
is the figure's head; money offered to each of a party's legislators, councillors or voters, or to
each to join a party, is a bribe, a fraud. The second table holds the guards: shapes near a rule
that must not take its measure. Every sentence is written for its test."""

from __future__ import annotations

import pytest

from tests import measure_cases_round11 as round11
from tests.helpers import figures, owner

MEASURES = [
    pytest.param("Fees\n\nThe panel first asked for damages of Rs 90 crore, then settled on Rs 8 crore; "
                 "on the damage to the river, it now speaks of five years.",
                 "Rs 8 crore", "compensation", id="a semicolon closes the figure's clause 1"),
    pytest.param("Grants\n\nThe trust was promised a grant of £4m and finally got £1m; the losses of the "
                 "season were not mentioned.",
                 "£1m", "grant", id="a semicolon closes the figure's clause 2"),
    pytest.param("Lake\n\nThe report says it would take more than Rs 30 crore and at least eight years to "
                 "rehabilitate the lake after the damage done by the fair.",
                 "Rs 30 crore", "cost", id="the time it takes may come between a cost and its making verb"),
    pytest.param("Palace\n\nThe audit found the old palace cost the city £3.2m to maintain and then sell.",
                 "£3.2m", "cost", id="a cost to keep a thing up beats a price word"),
    pytest.param("Ports\n\nThe board said the port could earn Rs 9,000 crore this fiscal from new berths.",
                 "Rs 9,000 crore", "revenue", id="what a body could earn is revenue 1"),
    pytest.param("Rail\n\nThe railways plan to earn an extra Rs 12,000 crore over five years from station "
                 "advertising.",
                 "Rs 12,000 crore", "revenue", id="what a body plans to earn is revenue 2"),
    pytest.param("Cards\n\nThe bank's promise of extra cashback on all spends with its new card was found "
                 "to be misleading by the council, as the cashback was limited to Rs 2,500 only.",
                 "Rs 2,500", "limit", id="what a sum is limited to is a limit"),
    pytest.param("Estates\n\nUnder the old act a daughter received a fifth of her brother's share or Rs 3,000, "
                 "whichever was less.",
                 "Rs 3,000", "limit", id="a sum whichever is less is a limit"),
    pytest.param("Missing\n\nThe city police offers Rs 5 lakh for information on the missing trader.",
                 "Rs 5 lakh", "prize", id="money offered for information is a reward"),
    pytest.param("Bearings\n\nPolice said the order for the bearings was given to Ravi Sales Syndicate at the value "
                 "of Rs 12 lakh in 2014, without any tender being floated by the office.",
                 "Rs 12 lakh", "deal_value", id="a measure word inside a trader's name names no measure 1"),
    pytest.param("Pumps\n\nOfficials said the supply order for the pumps went to Kiran Income Traders at a value "
                 "of Rs 9 lakh, well above the market rate for such pumps.",
                 "Rs 9 lakh", "deal_value", id="a measure word inside a trader's name names no measure 2"),
    pytest.param("Apps\n\nThe photo app was sold to Orvex Systems in 2015 for $600m, its founders said.",
                 "$600m", "deal_value", id="money a thing was sold to a named buyer for is a deal's value"),
    pytest.param("Cards\n\nOfficials said Rs 900 crore worth of card payments were made in the month.",
                 "Rs 900 crore", "value", id="a sum worth of things is their value"),
    pytest.param("Plans\n\nThe opposition mocked the minister's claims of £20bn worth of savings in the plan.",
                 "£20bn", "savings", id="a measure noun after worth of is the figure's own"),
    pytest.param("Tours\n\nEach guided tour will cost $80 with additional fees for boots and ropes.",
                 "$80", "price", id="words of another sum added after the figure are not its measure"),
    pytest.param("Radar\n\nThe Rs 900 crore Kestrel radar deal with Brimland was signed on Monday.",
                 "Rs 900 crore", "deal_value", id="a measure word after a name and a modifier is its head 1"),
    pytest.param("Radar\n\nCritics questioned Brimland's Rs 900 crore Kestrel radar deal with the Orvex group.",
                 "Rs 900 crore", "deal_value", id="a measure word after a name and a modifier is its head 2"),
    pytest.param("Defection\n\nThe opposition leader claimed that the ruling party had tried for weeks to lure its "
                 "councillors away with an offer of Rs 5 crore each.",
                 "Rs 5 crore", "fraud", id="money offered to each legislator or councillor is a bribe 1"),
    pytest.param("Defection\n\nHe said the rival party had sent word that it was ready to pay Rs 2 crore to each one "
                 "of them to join it.",
                 "Rs 2 crore", "fraud", id="money offered to each legislator or councillor is a bribe 2"),
]

NOT_MEASURES = [
    pytest.param("Films\n\nThe studio's last film took $40m to become the year's biggest hit.",
                 "$40m", "cost", id="money a film took to become a hit is no cost"),
    pytest.param("Results\n\nThe bank could earn a net profit of Rs 900 crore this year, analysts said.",
                 "Rs 900 crore", "revenue", id="a profit named in the sentence keeps the profit"),
    pytest.param("Pay\n\nUnder the scheme drivers will earn Rs 15,000 a month.",
                 "Rs 15,000", "revenue", id="money earned a month stays pay"),
    pytest.param("Deals\n\nThe group offered Rs 400 crore for the cement unit of its rival.",
                 "Rs 400 crore", "prize", id="an offer for a business stays a deal"),
    pytest.param("Letters\n\nThe signed letter was sold to a private collector for $12,000 last week.",
                 "$12,000", "deal_value", id="a thing sold to an unnamed buyer keeps its price"),
    pytest.param("Football\n\nThe club sold the striker to Real Brimley for £30m in the summer transfer window.",
                 "£30m", "deal_value", id="a player sold to a club is no deal"),
    pytest.param("Gold\n\nPolice said Rs 50 crore worth of imported duty free gold reached the local market.",
                 "Rs 50 crore", "tax", id="a word after a participle after worth of is no own noun"),
    pytest.param("Football\n\nRivals will test the club with a £25m-plus bid in the summer.",
                 "£25m", "mentions", id="a sum-plus keeps the word after it"),
    pytest.param("Bonus\n\nThe firm paid its drivers Rs 5,000 each as a festival bonus.",
                 "Rs 5,000", "fraud", id="money paid to each employee is no bribe"),
]


# Percent measures of round 12 (a tax's rate, a share of people, tax-rate words), guards last.
PERCENT_MEASURES = [
    pytest.param("Tax\n\nThe new Goods and Services Tax will have a low rate of 4 per cent on food and a top "
                 "rate of 26 per cent on luxury cars.",
                 "26 per cent", "tax_rate", id="a tax's rate is a tax rate"),
    pytest.param("Tax\n\nThe Securities Transaction Tax on equity shares will be 0.08 per cent of the trade value.",
                 "0.08 per cent", "tax_rate", id="a tax holds no stake: its percentage is a tax rate"),
    pytest.param("Survey\n\nAbout 30 per cent of the 5,000 respondents of the poll said that they got a discount "
                 "on the printed price.",
                 "30 per cent", "share", id="a percentage of people is a share of them, not what they said 1"),
    pytest.param("Pensions\n\nThe Liberal spokesman said 35% of all pensioners were now paying income tax rates of 40%.",
                 "35%", "share", id="a percentage of people is a share of them, not what they pay 2"),
    pytest.param("Polls\n\nSurveys show the premier has only a 30-point approval rating and that 65% of voters do "
                 "not want the charter rewritten.",
                 "65%", "share", id="approval named before a percentage of people is not theirs"),
    pytest.param("Polls\n\nAccording to the polling firm Kestrel Data, over 60 percent of Americans oppose the new plan.",
                 "60 percent", "share", id="turnout named before a percentage of people is not theirs"),
    pytest.param("Tax\n\nMr Hale said half a million families were now paying 45% marginal tax rates.",
                 "45%", "tax_rate", id="tax rates in the plural are tax rates"),
    pytest.param("Tax\n\nUnder the new scheme, small shopkeepers can pay taxes at the rate of 2 per cent of their "
                 "turnover.",
                 "2 per cent", "tax_rate", id="taxes at the rate of a percentage are a tax rate"),
    # guards
    pytest.param("Tax\n\nThe Tarn Tax Department said its conviction rate was 12 per cent last year.",
                 "12 per cent", "rate", id="a body named after a tax keeps its rate"),
    pytest.param("Tax\n\nTraders said the GST has hit them hard. Their sales are down by 25 per cent since July.",
                 "25 per cent", "growth", id="a change the tax is owner of stays a change"),
    pytest.param("Metro\n\nIn Pune, 82% of the passengers appreciated the new smart cards, a survey found.",
                 "82%", "approval", id="people's approval of something stays approval"),
    pytest.param("Polls\n\nAbout 72 per cent of the people are backing the new law, a survey found.",
                 "72 per cent", "approval", id="people's own verb of approval after the figure stays approval"),
    pytest.param("Schools\n\nThe rule says a school shall admit 25% of the children from poor families in its entry class.",
                 "25%", "quota", id="a quota of people stays a quota"),
]


# Every round's measure cases, through one pair of tests.
ALL_MEASURES = [*round11.MEASURES, *MEASURES, *PERCENT_MEASURES]
ALL_NOT_MEASURES = [*round11.NOT_MEASURES, *NOT_MEASURES]


@pytest.mark.parametrize("text, figure, measure", ALL_MEASURES)
def test_the_figure_takes_the_measure_of_its_rule(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure, measure", ALL_NOT_MEASURES)
def test_a_shape_near_a_rule_does_not_take_its_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate != measure


def test_a_check_is_a_cheque_and_no_thing_that_owns_its_sum(nlp):
    """"a $5m check" is a cheque (the American spelling), not a thing whose price the sum is."""
    text = "Boxing\n\nChampion boxer Dan Brimley waved a $5m check from his last fight at the crowd."
    assert owner(nlp, text, "$5m") == "Dan Brimley"
    assert figures(nlp, text)["$5m"].predicate != "price"


def test_a_possessor_owns_a_named_deal_with_a_modifier(nlp):
    """"Brimland's Rs 900 crore Kestrel radar deal": the possessor owns the deal, not the name in it."""
    text = "Radar\n\nCritics questioned Brimland's Rs 900 crore Kestrel radar deal with the Orvex group."
    assert owner(nlp, text, "Rs 900 crore") == "Brimland"

