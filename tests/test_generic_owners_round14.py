"""Owners, round 14: common-noun owners of a figure's clause that the text's topic used to take, and English
words that open a glued sentence taken for names.

Each test is on text written for it (none copied from the corpus); the id names the rule. Each fails
without its rule: the figure then went to the name the sentence before was about, or to the opening word.
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


SENTENCE_OPENERS = [
    # --- a stop glued to the next sentence by a scrape ('Rs 30,000."Suppose,'): the word after it opens a
    # sentence, so an English word there is no name (it used to own the next figure) -----------------------------
    pytest.param("Pay\n\n\"An assistant teacher's pay band starts at Rs 30,000.\"Suppose, this band gets him a "
                 "take-home amount of Rs 1 lakh.", "Rs 1 lakh", "teacher", id="opener-glued_stop"),
    # --- the headline of a pasted link ("Read more: Guard the onions you buy") opens with a verb, not a name -----
    pytest.param("Onions\n\nTraders in Halden want guards at the market. Read more:  Guard the onions you buy, stock "
                 "worth Rs 70,000 stolen in Halden.", "Rs 70,000", "stock", id="opener-after_read_more"),
]


@pytest.mark.parametrize("text, figure, expected", SENTENCE_OPENERS)
def test_a_word_that_opens_a_glued_sentence_is_no_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
