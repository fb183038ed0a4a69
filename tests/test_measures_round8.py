"""What a figure measures, round 8: "likely" in "is likely to" is a hedge, no rate, so a percentage
in its sentence takes its measure from the other words ("of whom 40% are nurses, are likely to be
moved" is a share; "growth is likely to slow to 1.5%" growth); a percentage that is "likely" itself
("90% likely to win") stays one. A percentage nothing else gave a measure is a part of a whole, a
share ("Online bookings have gone up from 41% to 57%"), or growth where the text around it speaks
of growing or of GDP ("GDP is forecast at 2.9% this year, and 3.1% in 2006")."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure, measure", [
    ("Jobs\n\nSome 3,000 staff at Corvane, of whom 40% are nurses, are likely to be moved to the new site.",
     "40%", "share"),
    ("Outlook\n\nGrowth in Veltria is likely to slow this year to about 1.5%.", "1.5%", "growth"),
    ("Polls\n\nWhile the final voter turnout figures were awaited, officials said the figure was likely to top 61%.",
     "61%", "turnout"),
])
def test_is_likely_to_is_a_hedge_not_a_rate(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure



@pytest.mark.parametrize("text, figure", [
    ("Rail\n\nOnline bookings at the station have gone up from 41% to 57%.", "57%"),
    ("Gadgets\n\nThe survey found that Danish, 44%, and Dutch, 36%, shoppers were keenest on smart watches.", "36%"),
    ("Workforce\n\nThe studio employs 900 people, with 64% in the city itself and the rest abroad.", "64%"),
])
def test_a_percentage_with_no_measure_word_is_a_share(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "share"


@pytest.mark.parametrize("text, figure", [
    ("Outlook\n\nThe central bank said GDP is forecast at 2.9% this year, and 3.1% in 2006.", "3.1%"),
    ("Outlook\n\nThe fund expects the economy of Veltria to accelerate to 5.5% next year.", "5.5%"),
])
def test_a_percentage_with_no_measure_word_near_growth_is_growth(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "growth"
