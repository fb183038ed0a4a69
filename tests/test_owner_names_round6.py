"""Owners, round 6: a name in the same sentence as the figure that the words around it make its
owner, where another name or a noun came nearer. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Claridge's and the Connaught": a name's "'s" with no noun after it possesses nothing -------

@pytest.mark.parametrize("text, figure, expected", [
    ("Hotels\n\nThe buyer - property firm Halden Estates - bought the Marlowe, Wickham's and the Grand "
     "for £420m last year.", "£420m", "Halden Estates"),
    ("Retail\n\nOrvex Capital acquired Pollard's for £35m in cash.", "£35m", "Orvex Capital"),
])
def test_a_shop_name_with_an_apostrophe_is_no_possessor(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "welcomed news that", "pointed out that", "stressed that": a reported clause is the figure's --

@pytest.mark.parametrize("text, figure, expected", [
    ("Aid\n\nMr Harlow welcomed news that the Orvex Trust will put an extra £40m into the hospital fund.",
     "£40m", "Orvex Trust"),
    ("Mining\n\nThe audit by Paula Reyes pointed out that Kestrel Mining lost £12m last year.", "£12m",
     "Kestrel Mining"),
    ("Dairy\n\nTomas Ardel stressed that Velk Dairy spent £2m on new plants.", "£2m", "Velk Dairy"),
])
def test_a_word_of_saying_before_that_opens_the_figures_clause(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Water\n\nThe Greens say new figures show that Brenton Water lost £20m last year.", "£20m", "Brenton Water"),
    ("Banks\n\nMs Oduya decided that Kestrel Bank would repay £4m to the savers.", "£4m", "Kestrel Bank"),
])
def test_figures_show_that_and_decided_that_open_the_figures_clause(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Rs 80 lakh in the account of Tarun Mehra": the account holder holds the money ---------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Raid\n\nThe raid found Rs 80 lakh in the bank account of Tarun Mehra, a clerk at the Kestrel Party office.",
     "Rs 80 lakh", "Tarun Mehra"),
    ("Raid\n\nOfficers found Rs 3 crore in an account linked to the Kestrel Party and Rs 40 lakh in the account of "
     "Vimla Rao.", "Rs 40 lakh", "Vimla Rao"),
])
def test_money_in_the_account_of_a_name_is_the_holders(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "ordered recovery of Rs 97 crore from the Kestrel Party": the debtor owns what is recovered ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Dues\n\nThe row began after Governor Anand Rao ordered recovery of Rs 12 crore from the Kestrel Party.",
     "Rs 12 crore", "Kestrel Party"),
    ("Dues\n\nMayor Lina Bose asked the officers to recover Rs 4 crore from Orvex Builders.", "Rs 4 crore",
     "Orvex Builders"),
])
def test_money_recovered_from_a_name_is_the_debtors(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "to Kohli's coach, Raj Kumar Sharma": a recipient's name in apposition after a comma ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Sport\n\nThe minister gave a reward of Rs 5 lakh to the boxer's coach, Harish Varma.", "Rs 5 lakh", "Harish Varma"),
    ("Sport\n\nThe state also presented Rs 10 lakh to Anjali's coach, Meera Pillai.", "Rs 10 lakh", "Meera Pillai"),
])
def test_a_recipient_named_after_a_comma_owns_the_prize(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "underlined Tory promises to cut tax by £4bn": a party before its plan possesses the plan -----

@pytest.mark.parametrize("text, figure, expected", [
    ("Politics\n\nMr Arden attacked Green Party plans for a 2% levy on flights.", "2%", "Green Party"),
    ("Politics\n\nMs Okafor praised Labour promises to cut fares by £300m.", "£300m", "Labour"),
])
def test_a_party_before_its_plan_owns_the_plans_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
