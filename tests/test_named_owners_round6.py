"""Owners named in the figure's own sentence, the rules of this round: the main clause's subject
owns a figure in the concessive phrase that opens the sentence. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Despite a record profit of N, X ...": the main clause's subject ---------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Brewers\n\nOkura Beer sold more drinks last year. But despite a record profit in 2004 of 30.6bn yen, "
     "up 31.8% on the previous year, Zenko is coming late to the low-malt market.", "30.6bn yen", "Zenko"),
    ("Brewers\n\nOkura Beer sold more drinks last year. But despite a record profit in 2004 of 30.6bn yen, "
     "up 31.8% on the previous year, Zenko is coming late to the low-malt market.", "31.8%", "Zenko"),
    ("Airlines\n\nHarlow Airport handled more flights than ever. In spite of a 12% rise in passenger numbers, "
     "Kestrel is still losing money.",
     "12%", "Kestrel"),
])
def test_a_concessive_opening_figure_is_the_main_subjects(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
