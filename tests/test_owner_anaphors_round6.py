"""Owners found before the figure's sentence (round 6): what a description or a pronoun stands
for when the name it points back to was written earlier. Each test is on text written for it."""

from __future__ import annotations

from tests.helpers import owner


# --- "the actor" stands for a name the text shows to be a person --------------------------------

def test_a_title_stands_for_a_name_the_text_marks_as_a_person(nlp):
    # "Rohan" is a name of no known kind; "his deals" says it is a person, so "the actor" is Rohan
    text = ("Star signs film deal\n\nProducers rarely question Rohan on his deals any more. "
            "Apparently, the actor charged a fee of Rs 20 crore for the new film.")
    assert owner(nlp, text, "Rs 20 crore") == "Rohan"

