"""Owners, the rules of this release (issue 9): a cited provision of a law is no name, and more
descriptive anaphors stand for the name before them. Each test is on text written for it."""

from __future__ import annotations

import pytest

from extract.owner_rules import owner_rules
from tests.helpers import figures, owner


# --- "Chapter 11", "Section 354", "Article 370": a provision, not an owner --------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Spam\n\nIn its Chapter 11 filing MailBlast Inc listed assets of $8m against far larger debts.",
     "$8m", "MailBlast Inc"),
    ("Courts\n\nUnder Section 138 of the act, Kiran Textiles must repay Rs 40 lakh to the lender.",
     "Rs 40 lakh", "Kiran Textiles"),
])
def test_a_cited_provision_is_no_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("provision", ["Chapter 11", "Section 66A", "Article 370", "Schedule VII"])
def test_no_provision_word_owns_a_figure_beside_it(nlp, provision):
    text = f"Law\n\nA case under {provision} followed after Rs 2 lakh went missing from the office."
    assert owner(nlp, text, "Rs 2 lakh") != provision.split()[0]


def test_a_provision_word_without_a_number_stays_a_name(nlp):
    # "Article" before a number is a provision; "Chapter" in a firm's name is part of that name
    assert owner(nlp, "Books\n\nChapter House Press said its sales rose 12% in the spring.", "12%") \
        == "Chapter House Press"


def test_the_provision_words_are_data():
    assert {"chapter", "section", "article"} <= owner_rules().legal_provisions


# --- "the newspaper", "the channel", "the website", "the league", "the federation" ------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Media\n\nThe Daily Courier cut 40 jobs on Monday. The newspaper lost £6m in its last year.",
     "£6m", "Daily Courier"),
    ("Television\n\nNewsLine 24 was fined by the regulator. The channel had earned Rs 120 crore from ads.",
     "Rs 120 crore", "NewsLine 24"),
    ("Online\n\nShopKart raised new money in June. The website now makes $3m a month from fees.",
     "$3m", "ShopKart"),
    ("Football\n\nThe Northern Premier League met its clubs on Friday. The league will share £2m in prize money.",
     "£2m", "Northern Premier League"),
    ("Athletics\n\nThe Kenyan Athletics Federation named its squad. The federation got 15% more funding this year.",
     "15%", "Kenyan Athletics Federation"),
])
def test_a_descriptive_anaphor_stands_for_the_name_before_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- a no-break space reads as a space; the evidence keeps the original characters --------------

def test_a_no_break_space_reads_as_a_space(nlp):
    plain = "Rail\n\nOfficials said 64% of the deaths on the Harbour line happened at level crossings."
    hard = plain.replace("64% of", "64%\u00a0of")
    assert owner(nlp, hard, "64%") == owner(nlp, plain, "64%") == "deaths"
    fact = figures(nlp, hard)["64%"]
    assert "64%\u00a0of" in fact.evidence.sentence
    assert hard[fact.evidence.start:fact.evidence.end] == "64%"
