"""Text-level gaps of scraped news (issue 10): sentence joins, spellings of names and titles, currencies
and measure words that the rules before missed. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- sentence joins: "honour!Reacting", "a black day?.Kalinga Steel" ---------------------------

@pytest.mark.parametrize("text, first", [
    ("The crowd sang along all night!Vexo Records said it was pleased.", "The crowd sang along all night!"),
    ("Workers called it ?a black day?.Kalinga Steel said it would talk to them.",
     "Workers called it ?a black day?."),
])
def test_a_glued_exclamation_or_lost_quote_ends_its_sentence(nlp, text, first):
    assert [s.text for s in nlp(text).sents][0] == first


@pytest.mark.parametrize("text, figure, expected", [
    ("Tour\n\nThe crowd chanted for Mira Kapoor all night!Vexo Records earned Rs 12 crore from the tour.",
     "Rs 12 crore", "Vexo Records"),
    ("Tour\n\nFans cheered Mira Kapoor at the stadium!Vexo Records earned Rs 12 crore from her tour.",
     "Rs 12 crore", "Vexo Records"),
    ("Steel\n\nWorkers at Tata Steel called it ?a black day?.Kalinga Steel will spend Rs 900 crore on a new plant.",
     "Rs 900 crore", "Kalinga Steel"),
])
def test_the_name_of_the_sentence_before_a_glued_end_owns_nothing(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected

