"""Owners found before the figure's sentence (round 6): what a description or a pronoun stands
for when the name it points back to was written earlier. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "the actor" stands for a name the text shows to be a person --------------------------------

def test_a_title_stands_for_a_name_the_text_marks_as_a_person(nlp):
    # "Rohan" is a name of no known kind; "his deals" says it is a person, so "the actor" is Rohan
    text = ("Star signs film deal\n\nProducers rarely question Rohan on his deals any more. "
            "Apparently, the actor charged a fee of Rs 20 crore for the new film.")
    assert owner(nlp, text, "Rs 20 crore") == "Rohan"



# --- "its predecessor, Kestrel Eleven which took $38m": a name's relative clause with no comma -----

@pytest.mark.parametrize("text, figure, expected", [
    ("Sequel tops chart\n\nKestrel Twelve took $40m on its opening weekend. The film narrowly beat its 2001 "
     "predecessor, Kestrel Eleven which took $38.1m on its opening weekend.", "$38.1m", "Kestrel Eleven"),
    ("Game sales\n\nBlade Saga II went on sale on Friday. It outsold its rival, Stormfall which sold "
     "$12m worth of copies in its first week.", "$12m", "Stormfall"),
])
def test_a_relative_clause_without_its_comma_is_the_names_before_it(nlp, text, figure, expected):
    # not what "its" before the name stands for: the clause "which took" describes the name
    assert owner(nlp, text, figure) == expected


# --- "The thriller", "the sequel": a film's genre stands for the film named before ----------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Chart\n\nDirector Ana Reyes has a hit with her new film Night Harbour. The thriller went straight to "
     "the top after taking $22m at the box office.", "$22m", "Night Harbour"),
    ("Chart\n\nDirector Ana Reyes has a hit with her new film Moss Hollow. The comedy took $14m in its first "
     "weekend.", "$14m", "Moss Hollow"),
    ("Chart\n\nSinger Tom Vale stars in the film Dark Orchard. The sequel made $9m in its first week.", "$9m",
     "Dark Orchard"),
])
def test_a_film_genre_stands_for_the_film_named_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_its_in_a_names_which_clause_is_that_names(nlp):
    # Kestrel Twelve is the subject, but "its opening weekend" in the clause about Kestrel Eleven is Kestrel Eleven's
    text = ("Chart\n\nFilms did well this week. Kestrel Twelve narrowly beat its 2001 predecessor, Kestrel Eleven "
            "which took $38.1m on its opening weekend and $184m in total.")
    assert owner(nlp, text, "$184m") == "Kestrel Eleven"


@pytest.mark.parametrize("noun", ["film", "comedy", "thriller"])
def test_a_description_right_before_a_name_introduces_it(nlp, noun):
    # "the film Blue Harbour" names the film; it points back to nothing, so "It" is Blue Harbour
    text = (f"Obituary\n\nProducer Tomas Reyes worked on the {noun} Blue Harbour.\n\n"
            "Reyes, who was 61, had been ill. It earned $12m in its first year.")
    assert owner(nlp, text, "$12m") == "Blue Harbour"


# --- "Oscar nominee Hotel X", "Rina Kaul's Kestrel": a name a name describes or possesses is a film ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Chart\n\nThe horror film Gloomwood knocked Red Tide from the top spot last week. Oscar nominee "
     "Harbour Lights was also a new entry in the chart. The film made £507,000 in its first week.",
     "£507,000", "Harbour Lights"),
    ("Opening day\n\nRina Kaul's Moonstone has beaten the opening of her last film Silver Kite. The film has "
     "raked in Rs 10 crore on its opening day.", "Rs 10 crore", "Moonstone"),
])
def test_the_film_is_a_possessed_or_described_name_before_a_film_named_further_back(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
