"""What a figure measures, round 8: "likely" in "is likely to" is a hedge, no rate, so a percentage
in its sentence takes its measure from the other words ("of whom 40% are nurses, are likely to be
moved" is a share; "growth is likely to slow to 1.5%" growth); a percentage that is "likely" itself
("90% likely to win") stays one."""

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

