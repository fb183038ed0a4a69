"""Figures the tool gave no measure ("mentions"), round 14: rules for shapes that recur, each case
failing on the code before its rule (the id says the rule). A sum with no scale word that a listed
share's own verb says it touched, slid below or closed at is the share price, also the bracketed
conversion of a price in pence. "Incomes", the plural, names people's income as "income" does
(the sum they rose by). Money after "cuts of" is the cuts' total, as money before "cuts" was, and so is
money after a quoted "cut". Each sum named as cash, notes or goods in a list that the verb after it says
was seized or found was seized, not only the last. The second table holds the guards: shapes near a rule that must not
take its measure. Every sentence is written for its test."""

from __future__ import annotations

import pytest

from tests.helpers import figures

MEASURES = [
    pytest.param("Skis\n\nShares in the ski maker Voltrane touched 21.40 euros on Monday before easing.",
                 "21.40 euros", "price", id="a level the shares touched is their price 1"),
    pytest.param("Recall\n\nThe carmaker's shares have since slid below £4 after the recall.",
                 "£4", "price", id="a level the shares slid below is their price 2"),
    pytest.param("Drillers\n\nBramwell's shares fell from 88p ($1.70) to 41p ($0.79) by the close.",
                 "$1.70", "price", id="the conversion of a share price in pence is a price 1"),
    pytest.param("Drillers\n\nBramwell's shares fell from 88p ($1.70) to 41p ($0.79) by the close.",
                 "$0.79", "price", id="the conversion of a share price in pence is a price 2"),
    pytest.param("Wages\n\nOver the decade the incomes of farm workers in the valley went up by only $40.",
                 "$40", "income", id="incomes, the plural, name people's income"),
    pytest.param("Manifesto\n\nThe opposition says the plan means deep cuts of £20bn in front-line services.",
                 "£20bn", "cuts", id="money after cuts of is the cuts' total"),
    pytest.param("Manifesto\n\nThe minister claimed his rivals would \"cut\" £12bn from schools and hospitals.",
                 "£12bn", "cuts", id="money a quoted cut takes from services is a cut"),
    pytest.param("Polls\n\nOfficials said Rs 12 crore in cash, Rs 3 crore of liquor and drugs worth Rs 1 crore "
                 "have been seized in the district.",
                 "Rs 12 crore", "seizure", id="the first sum of a seized list was seized 1"),
    pytest.param("Polls\n\nOfficials said Rs 12 crore in cash, Rs 3 crore of liquor and drugs worth Rs 1 crore "
                 "have been seized in the district.",
                 "Rs 3 crore", "seizure", id="a middle sum of a seized list was seized 2"),
    pytest.param("Raid\n\nDuring the raid, Rs 40 crore in old notes and Rs 5.5 crore in new notes along with gold "
                 "were found and seized.",
                 "Rs 40 crore", "seizure", id="a sum in old notes of a list found and seized was seized 3"),
]

KEPT = [
    pytest.param("Wages\n\nOver the decade the incomes of farm workers in the valley went up by 12%.",
                 "12%", "growth", id="a percentage incomes moved by stays a change"),
    pytest.param("Mills\n\nWorkers at the mill accepted pay cuts of £2,000 a year.",
                 "£2,000", "salary", id="pay cuts of a sum stay pay"),
]

NOT_MEASURES = [
    pytest.param("Banks\n\nThe lender's shares reached £2bn in value last year.",
                 "£2bn", "price", id="a scaled sum after the shares' verb is no share price"),
    pytest.param("Firms\n\nThe firm paid Rs 5 crore in cash, and the court said shares worth Rs 2 crore were seized.",
                 "Rs 5 crore", "seizure", id="a sum before another clause that seized goods was not seized"),
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
