"""What a figure measures, round 7: pre-tax, after-tax or post-tax earnings, income or profits are
a profit, not a tax ("tax" only modifies the head noun); a company word that closes a company's
name ("Holdings" in "JFE Holdings") names no measure; a share that "lost 2.5%" names a fall, so
the level it fell to is its price, not a loss; a pronoun or "the amount" opening a clause that
moves to a figure ("However, this has now been reduced to 43.9bn euros") restates the measure of
the figure before; a percentage set off by dashes after a group it is a part of ("Nearly half of
all Palestinians - some 47% - live below the poverty line") is a share, as one set off by commas
is; a percentage that restates a change by a sum ("rose by £106m or 47.3%") is that change,
growth; the mark a film crossed ("Dangal has crossed Rs 2000 crore worldwide"), in an article that
speaks of films, is its box office; "the figure is close to 5%" restates the measure before, as
"the figure is 5%" does."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Results\n\nDairy group Valmonte said its pre-tax earnings in the second quarter were 64m euros.", "64m euros"),
    ("Results\n\nBrightwell Foods reported after-tax income of £12.5m for the year.", "£12.5m"),
    ("Results\n\nPost-tax profits at the retailer Corvane came to $48m in 2004.", "$48m"),
])
def test_pre_or_after_tax_earnings_are_a_profit(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "profit"


@pytest.mark.parametrize("text, figure", [
    ("Markets\n\nTravel shares fell. Hotel operator Saranda Holdings slumped 6%.", "6%"),
    ("Steel\n\nTokai Steel gained 1.8%, while its rival Mizoro Holdings was down 2.4%.", "2.4%"),
])
def test_a_company_word_closing_a_name_is_no_measure(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "growth"


@pytest.mark.parametrize("text, figure", [
    ("Steel\n\nIn Tokyo, Harukawa Steel lost 3.1% to 412 yen.", "412 yen"),
    ("Markets\n\nIn Paris, carmaker Veloria lost about 4% to 22.15 euros.", "22.15 euros"),
])
def test_the_level_a_share_lost_a_percentage_to_is_its_price(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "price"


@pytest.mark.parametrize("text, figure, measure", [
    ("Telecom\n\nAn expansion drive saw Veltro's debt soar to 72bn euros by 2002. However, this has now been "
     "reduced to 43.9bn euros.", "43.9bn euros", "debt"),
    ("Airlines\n\nFor the first time in years, Skyrail posted an operating profit of Rs 95 crore in 2015-16. "
     "It rose to Rs 280 crore in 2016-17.", "Rs 280 crore", "profit"),
    ("Pay\n\nThe salary of the bank's chief operating officer was Rs 3 crore five years ago. Now, it has gone "
     "up to Rs 11 crore.", "Rs 11 crore", "salary"),
])
def test_a_pronoun_moving_to_a_figure_restates_the_last_ones_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure", [
    ("Poverty\n\nNearly half of all the islanders - some 46% - live on less than $2 a day.", "46%"),
    ("Survey\n\nNearly two thirds - 63% - of the shoppers asked said they paid by card.", "63%"),
])
def test_a_percentage_set_off_by_dashes_after_a_group_is_a_share(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "share"


@pytest.mark.parametrize("text, figure", [
    ("Airlines\n\nThe carrier said fuel costs rose by £84m or 39.5% in the quarter.", "39.5%"),
    ("Restatement\n\nThe bakery chain warned the change would cut its profits by $2.1m to $2.9m - or between 5.2% "
     "and 7.4%.", "5.2% and 7.4%"),
])
def test_a_percentage_restating_a_change_by_a_sum_is_growth(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "growth"


@pytest.mark.parametrize("text, figure", [
    ("Films\n\nThe film has been a hit. Its makers said Kesari Dhoop has crossed Rs 150 crore worldwide.",
     "Rs 150 crore"),
    ("Films\n\nThe comedy opened to packed cinemas. Star Jolly Bhai has crossed the Rs 100 crore mark within ten days.",
     "Rs 100 crore"),
])
def test_the_mark_a_film_crossed_is_its_box_office(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "box_office"


def test_the_figure_close_to_a_percentage_restates_the_measure_before(nlp):
    text = ("Tourism\n\nIn Malvia, tourism accounts for about 7% of the annual gross domestic product. "
            "In Corland the figure is close to 4%.")
    assert figures(nlp, text)["4%"].predicate == "share"
