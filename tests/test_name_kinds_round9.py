"""Name kinds, round 9: what an apposition says a name is. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Jamie Dimon, the bank's boss": a possessive company word is whose the title is -----------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Orvex Bank profit\n\nOrvex Bank had its best year yet, but that was not enough for Tomas Reuel, the bank's "
     "boss. Reuel told reporters the bank earned $7bn. It said lending rose 13%.", "13%", "Orvex Bank"),
    ("Orvex Bank profit\n\nOrvex Bank had its best year yet, but that was not enough for Tomas Reuel, the bank?s "
     "boss. Reuel said it earned $7bn in the year.", "$7bn", "Orvex Bank"),
    ("Halvern results\n\nHalvern grew fast last year, said Mira Tandon, its chief executive. Tandon said it made "
     "a profit of £40m.", "£40m", "Halvern"),
])
def test_a_person_an_apposition_titles_is_no_company(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_an_apposition_company_word_still_makes_a_company(nlp):
    text = ("Oil\n\nThe report says Tavan nearly merged with Norvek, a Finnish oil company, last year. Norvek said "
            "it paid tax of $90m.")
    assert owner(nlp, text, "$90m") == "Norvek"
