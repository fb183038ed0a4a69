"""Owners, round 8: the right proper name of the figure's own sentence (the one told something, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Mr Halden told the delegates at Expoworld that Zentra had a 40% share": the one told ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Phones\n\nMr Halden told the delegates at Expoworld that Zentra already had a 40% share of the market.",
     "40%", "Zentra"),
    ("Deal\n\nThe chairman assured the Brimley Council that Orvex would invest £3m in the town.", "£3m", "Orvex"),
])
def test_the_one_told_something_does_not_own_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
