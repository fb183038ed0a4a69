"""Owners, round 11b: named owners inside the figure's own sentence.

* A person's role noun between an organisation and the person's name ("Kestrel Party nominee Tom
  Halden", "Orvex Media whistleblower Jane Kell") describes the person, as "US giant Kraft" describes
  the firm: the organisation only says whose nominee or trader, and the person, the clause's subject,
  owns the figure (``descriptors`` in patterns/owners.json).
* An irregular past participle right after money ("the 2bn euros thought to be held ...", "the £8bn
  left over", "the £3bn seen a year before") is a verb, not a thing the money is the price of, as a
  participle in -ed already is (``attributive_thing.not_things`` in patterns/owners.json): the
  clause's own owner takes the figure.

Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Kestrel Party nominee Tom Halden is facing ...": the person the role noun introduces ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Probe\n\nKestrel Party nominee Tom Halden is facing a Rs 220 billion corruption inquiry.", "Rs 220 billion",
     "Tom Halden"),
    ("Probe\n\nThe ruling Kestrel Party's prime minister nominee Tom Halden is facing a Rs 220 billion corruption "
     "inquiry.", "Rs 220 billion", "Tom Halden"),
    ("Campaign\n\nKestrel Party presidential candidate Tom Halden has raised $20m for his campaign.", "$20m",
     "Tom Halden"),
    ("Court\n\nOrvex Media whistleblower Jane Kell has won $2m in damages.", "$2m", "Jane Kell"),
    ("Court\n\nFormer Orvex Media trader Jane Kell has won $2m in damages.", "$2m", "Jane Kell"),
])
def test_a_role_noun_between_a_body_and_a_person_makes_the_person_the_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- guards (they pass with or without the rule): what the role nouns must not change ---

@pytest.mark.parametrize("text, figure, expected", [
    # a spokeswoman's report is of the firm's figure
    ("Results\n\nOrvex Media spokeswoman Jane Kell said the firm lost $20m.", "$20m", "Orvex Media"),
    # the firm and its chief fined together: the firm first ("executive" is no descriptor: "its former
    # chief executive X" would make X the descriptor's head)
    ("Fines\n\nOrvex and its former chief executive Tom Halden were each fined $1m by the regulator.", "$1m", "Orvex"),
])
def test_a_role_noun_leaves_other_owners_alone(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "the 2bn euros thought to be held ...": an irregular participle after money is no thing ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Dairy\n\nOrvex Foods collapsed last year after it emerged that the 2bn euros thought to be held in a "
     "foreign account did not exist.", "2bn euros", "Orvex Foods"),
    ("Banks\n\nKestrel Bank said lending rose by £3bn in March, well below the £4.5bn seen in February.", "£4.5bn",
     "Kestrel Bank"),
    ("Budget\n\nThe Kestrel Party says the £8bn left over would be spent on cutting borrowing.", "£8bn",
     "Kestrel Party"),
])
def test_an_irregular_participle_after_money_is_no_thing(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
