"""Owners, round 11: owners named in an earlier sentence (a description of several words that stands
for a name read before). Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "the three-hour epic, which cost $150m": a description of several words stands for the name --------

@pytest.mark.parametrize("text, figure, expected", [
    ("Box office\n\nDirector Ana Ruiz's war epic Silver Harbour opened in ninth place. Reviewers have mocked the "
     "four-hour epic, which reportedly cost $180m to make.", "$180m", "Silver Harbour"),
    ("Flop for Silver Harbour\n\nDirector Ana Ruiz's war epic Silver Harbour has failed at the box office. The "
     "swords and horses blockbuster, said to have cost $180m to make, took only $9m in its first weekend.", "$180m",
     "Silver Harbour"),
])
def test_a_description_of_several_words_stands_for_the_name_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
