"""Owners, round 8: common nouns that own a figure in its own sentence (the subject of a verb of
cutting, ...). Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Prices of tablets slashed by up to 30%": the subject of a passive verb of cutting ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Medicine\n\nTablet prices slashed by up to 30%\n\nThe Halden regulator acted on Monday.", "30%", "tablet"),
])
def test_the_subject_of_a_passive_verb_of_cutting_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
