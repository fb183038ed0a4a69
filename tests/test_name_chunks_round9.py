"""Name chunks, round 9: how a capitalised name is cut and what a bare part of it stands for. Each
test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Ravi Dhanpal ... Dhanpal paid": an untyped full name is what its bare last word stands for ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Court issues warrant\n\nA Mumbai court has issued a warrant against Ravi Dhanpal in a tax case. "
     "Dhanpal had paid Rs 4.5 crore to a foreign firm for an advert.", "Rs 4.5 crore", "Ravi Dhanpal"),
    ("Pay row\n\nShareholders have questioned the pay of Lorna Wexby this year. Wexby received "
     "$31 million in total since 2015.", "$31 million", "Lorna Wexby"),
])
def test_a_bare_surname_is_the_untyped_full_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_bare_word_of_two_full_names_stays_bare(nlp):
    text = ("Family feud\n\nTalks between Ravi Dhanpal and Meena Dhanpal broke down on Monday. "
            "Dhanpal had paid Rs 4.5 crore to a foreign firm for an advert.")
    assert owner(nlp, text, "Rs 4.5 crore") == "Dhanpal"

