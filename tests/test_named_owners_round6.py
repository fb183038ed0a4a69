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


# --- "X - owner of Y - will ...": a title's apposition between dashes is an aside -----------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Retail\n\nAs part of the deal, Consolidated - the owner of Pantry Stores and Kwikmart - will take on "
     "$2bn of debt.", "$2bn", "Consolidated"),
])
def test_a_title_apposition_between_dashes_is_an_aside(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
