"""Owners, round 14: common-noun owners of a figure's clause that the text's topic used to take.

Each test is on text written for it (none copied from the corpus); the id names the rule. Each fails
without its rule: the figure then went to the name the sentence before was about.
"""

from __future__ import annotations

import pytest

from tests.helpers import owner


CLAUSE_SUBJECT = [
    # --- the verbs of sending money and drawing a tax: their plain subject owns the sum --------------------------
    pytest.param("Remittances\n\nThe Kestrel Bank tracks transfers. Migrant workers sent a record $9bn home last "
                 "year.", "$9bn", "migrant workers", id="clause_subject-sent_home"),
    # --- a plain phrase of a few words after the head says which ones ("for hotels") ------------------------------
    pytest.param("Levies\n\nThe Orvex Council set new rates on Monday. Imported cigars for hotels will attract a levy "
                 "of 45%.", "45%", "imported cigars", id="clause_subject-attract_levy_for"),
    # --- "an investor pays": an indefinite singular is someone new to the text, not a description of a name ------
    pytest.param("Taxes\n\nTom Hale presented the Orvex budget. According to estimates, an investor pays around 12 "
                 "per cent in taxes.", "12 per cent", "investor", id="clause_subject-indefinite_singular"),
]


@pytest.mark.parametrize("text, figure, expected", CLAUSE_SUBJECT)
def test_the_clause_subject_owns_what_it_pays_or_sends(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
