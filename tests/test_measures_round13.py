"""What a figure measures, round 13: rules for shapes that recur across the corpus, not for one
labelled figure. What a thing named by a common noun is worth is its value, not a valuation (a
company's worth); money that bounds a band of incomes or a tax slab is a threshold; what people have
coming in is income, not revenue; a measure word that opens a name ("Bill" in a person's name) names no
measure. The second table holds the guards: shapes near a rule that must not take its
measure. Every sentence is written for its test."""

from __future__ import annotations

import pytest

from tests.helpers import figures

MEASURES = [
    pytest.param("Airport\n\nCustoms officers found six capsules worth Rs 3 crore in the traveller's stomach.",
                 "Rs 3 crore", "value", id="what things are worth is their value 1"),
    pytest.param("Land\n\nThe minister said the board's unused land is estimated to be worth Rs 8,000 crore.",
                 "Rs 8,000 crore", "value", id="what land is estimated to be worth is its value 2"),
    pytest.param("Stock\n\nDealers are left with unsold tractors valued at up to Rs 900 crore after the ban.",
                 "Rs 900 crore", "value", id="what things are valued at is their value 3"),
    pytest.param("Gallery\n\nThe curator said the sketch alone was worth $2m.",
                 "$2m", "value", id="what a thing alone was worth is its value 4"),
    pytest.param("Budget\n\nThe surcharge will fall on taxpayers whose income is between Rs 60 lakh and Rs 2 crore.",
                 "Rs 60 lakh and Rs 2 crore", "threshold", id="a band of incomes is bounded by thresholds 1"),
    pytest.param("Budget\n\nThose in the lowest slab of Rs 3 lakh to Rs 6 lakh will pay a 4% tax.",
                 "Rs 6 lakh", "threshold", id="a tax slab is bounded by thresholds 2"),
    pytest.param("Budget\n\nIncome tax in the Rs 6 lakh - 9 lakh bracket falls to 8 per cent.",
                 "Rs 6 lakh", "threshold", id="a tax bracket is bounded by thresholds 3"),
    pytest.param("Wealth\n\nThe average income of a councillor in the city is Rs 18 lakh, the survey found.",
                 "Rs 18 lakh", "income", id="what people have coming in is income 1"),
    pytest.param("Budget\n\nNo tax will be due from people with income of Rs 4 lakh under the new rules.",
                 "Rs 4 lakh", "income", id="what people have coming in is income 2"),
    pytest.param("Films\n\nThe comedy - co-written by Bill Hardwick - slipped to fifth place after taking $8.2m.",
                 "$8.2m", "box_office", id="a measure word that opens a person's name names no measure 1"),
    pytest.param("Mines\n\nA report from adviser Grant Ellery values the miner's shares at A$5.10.",
                 "A$5.10", "valuation", id="a measure word that opens a firm's name names no measure 2"),
]

NOT_MEASURES = [
    pytest.param("Markets\n\nThe bank's owners control 40% of the group, which is worth $12bn.",
                 "$12bn", "value", id="a group's worth stays a valuation"),
    pytest.param("Markets\n\nThe founder keeps a 9% holding worth £150m in the drinks maker.",
                 "£150m", "value", id="a holding's worth stays a valuation"),
    pytest.param("Markets\n\nAnalysts said Orvex, worth $40bn after the rally, may buy the chip maker.",
                 "$40bn", "value", id="a named company's worth stays a valuation"),
    pytest.param("Pay\n\nThe agency set a bonus band of £2m to £3m for its chief this year.",
                 "£3m", "threshold", id="a band of pay in no sentence of taxes or incomes is no threshold"),
    pytest.param("Results\n\nThe carmaker's income from its plants abroad was $800m in the quarter.",
                 "$800m", "income", id="a company's income is no person's income"),
]

KEPT = [
    pytest.param("Airports\n\nThe regulator cut the User Development Fee for flyers to Rs 15 from Rs 300.",
                 "Rs 15", "fee", id="a measure word that ends a name keeps its measure"),
    pytest.param("Phones\n\nSales of Orvex's phones rose to $4bn in the quarter.",
                 "$4bn", "revenue", id="a measure word before 'of' and a name keeps its measure"),
]


@pytest.mark.parametrize("text, figure, measure", MEASURES)
def test_the_figure_takes_the_measure_of_its_rule(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure, measure", KEPT)
def test_a_shape_near_a_rule_keeps_its_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure, measure", NOT_MEASURES)
def test_a_shape_near_a_rule_does_not_take_its_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate != measure
