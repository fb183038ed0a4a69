"""Owners, round 9: the right name of the figure's own sentence (a possessor past a phrase of time, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Brimland's GDP growth forecast for FY 2016-17 to 7%": a phrase of time does not end the reach ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Outlook\n\nThe Orvex Fund on Tuesday trimmed Brimland's GDP growth forecast for FY 2018-19 to 6.1% from 6.8%.",
     "6.1%", "Brimland"),
    ("Outlook\n\nRating agency Kestrel cut Orvania's economic growth estimate for the current fiscal year to 5.5%.",
     "5.5%", "Orvania"),
    ("Prices\n\nThe IMF lowered Brimland's inflation projection for the financial year 2019-20 to 4.1%.", "4.1%",
     "Brimland"),
])
def test_a_possessor_reaches_past_a_phrase_of_time(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
