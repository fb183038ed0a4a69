"""What a percentage measures, round 14: rules for shapes that recur across the corpus (counted
there), each case failing on the code before its rule (the id says the rule). A percentage someone
owns is a stake when the words of owning are a little looser than a named company right after "of":
"at least" before it, a project, a division or a named firm's unit, a named firm followed by a word
that opens a phrase, a firm's named shares with an acronym in brackets or its total capital, a
modifier before "ownership", "interest" after a verb of owning, a shareholder "with" it. What a
change word moved something "by" is growth, whatever specific measure its clause names (a dividend,
turnout), but a price cut or a rate moved by points keeps its own; a channel's "share of the
audience" is its market share; "return" in "in return for" or after a modal or a subject is a verb,
no return; a percentage before a debt that is relieved, written off or waived is the part relieved, a
share. The other tables hold the guards: shapes near a rule that keep their
measure or must not take the rule's. Every sentence is written for its test."""

from __future__ import annotations

import pytest

from tests.helpers import figures

MEASURES = [
    pytest.param("Cars\n\nThe founding family, which quietly controls at least 35% of Orvex, said nothing.",
                 "35%", "stake", id="a holding of at least a percentage is a stake"),
    pytest.param("Trucks\n\nKestrel agreed last year to buy 25% of Brimland's truck division.",
                 "25%", "stake", id="a percentage of a named firm's division is a stake"),
    pytest.param("Gas\n\nThe state miner will own 40% of the project, and a partner the rest.",
                 "40%", "stake", id="a percentage of a project someone owns is a stake"),
    pytest.param("Football\n\nThe brothers own 18% of Halden through a family trust.",
                 "18%", "stake", id="a named firm followed by a phrase's first word is still the firm"),
    pytest.param("Exchanges\n\nThe fund says it speaks for owners of 6% of Northern Grid's (NG) shares.",
                 "6%", "stake", id="a firm's shares with an acronym in brackets"),
    pytest.param("Cement\n\nThe ministry sold 4 million shares, or about 12% of the company's total capital, last week.",
                 "12%", "stake", id="a percentage of a company's total capital is a stake"),
    pytest.param("Food\n\nIt will own 90% of the voting shares and 85% of the non-voting shares of Marlow Foods.",
                 "85%", "stake", id="a percentage of a firm's non-voting shares is a stake"),
    pytest.param("Insurance\n\nThe new law allows 74% foreign ownership of insurers.",
                 "74%", "stake", id="a percentage before a modifier of ownership is a stake"),
    pytest.param("Hotels\n\nAfter the sale she retains a 15% interest in the hotel chain.",
                 "15%", "stake", id="an interest someone retains is a stake"),
    pytest.param("Banks\n\nThat leaves Orvex as the biggest shareholder in the bank with 38%.",
                 "38%", "stake", id="what a shareholder holds with a percentage is a stake"),
    pytest.param("Brewers\n\nThe brewer will raise its dividend by 14% this year.",
                 "14%", "growth", id="what a change moved a dividend by is growth 1"),
    pytest.param("Results\n\nOrvex increased its annual dividend payment by 9% to 30 cents.",
                 "9%", "growth", id="what a change moved a dividend by is growth 2"),
    pytest.param("Polls\n\nOfficials say that where the booths open earlier, turnout rises by 3%.",
                 "3%", "growth", id="what a change moved turnout by is growth"),
    pytest.param("Television\n\nThe station's share of the audience slipped from 8.4% to 7.9% in March.",
                 "8.4%", "market_share", id="a channel's share of the audience is a market share"),
    pytest.param("Summit\n\nThe summit plan offers 100% debt relief to the poorest nations.",
                 "100%", "share", id="the part of a debt relieved is a share 1"),
    pytest.param("Summit\n\nThe lenders agreed to up to 90% multilateral debt relief for the region.",
                 "90%", "share", id="the part of a debt relieved is a share 2"),
]

NOT_RETURNS = [
    pytest.param("Airlines\n\nThe crew agreed to a 20% pay cut in return for a share of future profits.",
                 "20%", id="'in return for' is no return"),
    pytest.param("Polls\n\nAbout 30% of those asked said the minister should return to the cabinet.",
                 "30%", id="'should return' is a verb, no return"),
]

KEPT = [
    pytest.param("Banks\n\nThe central bank raised rates by 0.5 percentage points to 6%.",
                 "0.5 percentage points", "interest_rate", id="a rate moved by points keeps the rate"),
    pytest.param("Airlines\n\nThe airline is cutting fares by up to 40% on domestic routes.",
                 "40%", "discount", id="a price cut keeps its discount"),
    pytest.param("Television\n\nIts share of the audience rose by 15% in the year.",
                 "15%", "growth", id="a change in the share of the audience stays growth"),
    pytest.param("Economy\n\nThe country's public debt is already about 120% of GDP.",
                 "120%", "debt", id="a debt's ratio to GDP stays debt"),
    pytest.param("Pensions\n\nThe new bond offers a guaranteed return of 7% a year.",
                 "7%", "return", id="a guaranteed return stays a return"),
]

NOT_MEASURES = [
    pytest.param("Homes\n\nThe court ordered the builder to pay 12 per cent interest to the buyers.",
                 "12 per cent", "stake", id="interest a payer pays is no stake"),
    pytest.param("Homes\n\nThe council has 11 per cent interest to pay on the loan.",
                 "11 per cent", "stake", id="interest a body has to pay is no stake"),
    pytest.param("Cities\n\nThe leafy district is home to just 2% of the Capital's residents.",
                 "2%", "stake", id="a capital city's people are no company's capital"),
]


@pytest.mark.parametrize("text, figure, measure", MEASURES)
def test_the_figure_takes_the_measure_of_its_rule(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure", NOT_RETURNS)
def test_return_as_a_verb_or_in_return_names_no_return(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate != "return"


@pytest.mark.parametrize("text, figure, measure", KEPT)
def test_a_shape_near_a_rule_keeps_its_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure, measure", NOT_MEASURES)
def test_a_shape_near_a_rule_does_not_take_its_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate != measure
