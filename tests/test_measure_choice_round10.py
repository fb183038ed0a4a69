"""What a figure measures, round 10: which measure word governs the figure. A word of another
clause does not name it: a clause that opens after the figure with a subject of its own ("and the
arrears have ...", "after she handed over ...") is another clause. What a change moved a
rate or a capacity "by" is growth, not the rate. The words right around a money figure (a cue:
"paying nearly $800 for her seat") govern it over a measure word of its clause that is far from it. A percentage of a firm, a
unit or an arm bought or sold ("buy 26% of Indian firm X", "buy the 90% of the car unit", "sell up
to 49% of their banking units") is a stake. A percentage "share in" a market, or whose own noun
is "share" in a clause that names a market before it, is a market share. A percentage of GDP or
national income is a ratio of the nearest money measure word of its clause ("household debt ...
reached 50 percent of GDP" is debt)."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Pensions\n\nEvery widow in the district gets Rs 600 a month and the arrears have not been paid since "
     "March.", "Rs 600"),
    ("Theft\n\nThe caller drew Rs 12,500 from her account after she gave him the details.", "Rs 12,500"),
    ("Transfers\n\nThe chairman said he would accept £30m for the winger if they got no investment in the "
     "summer.", "£30m"),
])
def test_a_measure_word_of_a_later_clause_does_not_name_the_figure(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate not in ("debt", "funding", "investment")


@pytest.mark.parametrize("text, figure", [
    ("Power\n\nLast year India expanded its refining capacity by 8.4%, the ministry said.", "8.4%"),
    ("Crime\n\nThe new patrols helped the city cut its burglary rate by 22 per cent in a year.",
     "22 per cent"),
])
def test_what_a_change_moved_a_rate_by_is_growth(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "growth"


@pytest.mark.parametrize("text, figure, measure", [
    ("Airlines\n\nA father is suing a small airline for making his daughter stand for most of a long night flight "
     "after paying nearly $800 for her seat.", "$800", "price"),
    ("Probe\n\nThe minister's son, tax officials found in their long inquiry into the family's affairs, paid only "
     "Rs 7,000 for a farmhouse near the capital.", "Rs 7,000", "price"),
])
def test_the_words_around_a_figure_beat_a_far_measure_word(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


def test_a_near_measure_word_still_beats_the_words_around_the_figure(nlp):
    text = "Airlines\n\nThe family is suing the carrier for paying $800 for her seat."
    assert figures(nlp, text)["$800"].predicate != "price"


@pytest.mark.parametrize("text, figure", [
    ("Oil\n\nThe explorer has agreed to buy 31% of Thai firm Pattani Petroleum from its founders.", "31%"),
    ("Cars\n\nThe German group says it will buy the 85% of the truck unit that it does not already own.", "85%"),
    ("Banking\n\nLenders may now sell up to 40% of their leasing units to foreign investors.", "40%"),
])
def test_a_percentage_of_a_firm_or_unit_bought_or_sold_is_a_stake(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "stake"


@pytest.mark.parametrize("text, figure", [
    ("Phones\n\nAccording to the analysts, the brand now leads the tablet market in Europe with 28 per cent share.",
     "28 per cent"),
    ("Telecom\n\nThe operator has a 4.1 per cent share in the Indian mobile market.", "4.1 per cent"),
])
def test_a_percentage_share_in_a_named_market_is_a_market_share(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "market_share"


@pytest.mark.parametrize("text, figure, measure", [
    ("Economy\n\nThe country is battling a rise in corporate debt, which analysts believe climbed to about 70 per cent "
     "of gross domestic product in 2016.", "70 per cent", "debt"),
    ("Economy\n\nAt nearly 60% of GDP, Brazil's public debt worries investors.", "60%", "debt"),
    ("Schools\n\nThe union wants the budget allocation for health raised to 5% of the GDP.", "5%", "allocation"),
])
def test_a_percentage_of_gdp_is_a_ratio_of_the_money_its_clause_names(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


def test_a_percentage_of_gdp_with_no_money_word_stays_a_share(nlp):
    text = "Farming\n\nFarming is the main activity in the region, making up 35% of GDP."
    assert figures(nlp, text)["35%"].predicate == "share"
