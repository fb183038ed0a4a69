"""Owners read back across sentences, the rules of round 9: what an "it", a description or a
pronoun of an earlier sentence stands for, and when it stands for nothing. Each test is on text
written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "It is suspected that ...": a dummy "it" is no earlier name ---------------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Parcel\n\nOrvex Traders shipped goods to Dubai on Monday. It is suspected that the courier Ravi Menon "
     "carried Rs 10 crore in cash.", "Rs 10 crore", "Ravi Menon"),
    ("Toll\n\nHalden Motors opened a plant near the highway. It?s true that Orvana State earns Rs 5 crore a day "
     "from the toll road.", "Rs 5 crore", "Orvana State"),
    ("Port\n\nKestrel Shipping moved its office last year. It is also a fact that Halden Port Trust collected "
     "Rs 40 crore in fees.", "Rs 40 crore", "Halden Port Trust"),
])
def test_a_dummy_it_is_no_earlier_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Fees\n\nKestrel Telecom lost customers in March. It was found to have overcharged them by $5m.",
     "$5m", "Kestrel Telecom"),
])
def test_an_it_that_is_found_to_have_done_is_the_firm(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "With ..., the Zephyr has ... It went on sale": the earlier sentence's subject follows its opener --

@pytest.mark.parametrize("text, figure, expected", [
    ("Cards\n\nBanks are adding services. Besides Orvex Pay, Kestrel Bank offers travel cover. "
     "It charges a fee of $15 a month.", "$15", "Kestrel Bank"),
    ("Handheld\n\nKestrel launched a handheld in Tokyo. With its two screens, wireless links and support for "
     "the Orbit Advance, the Zephyr has many fans. It went on sale in May priced $150.", "$150", "Zephyr"),
    ("Dairy\n\nMilk sales grew in the north. Thanks to a tie-up with Halden Foods, Orvex Dairy opened ten plants. "
     "It earned $30m last year.", "$30m", "Orvex Dairy"),
])
def test_it_goes_on_with_the_subject_after_an_opening_phrase(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "the pair", "the duo", "the couple": the two people the text named together -------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Pirates\n\nBen Tully and his friend Mark Oro admitted sharing films online. Police raided their homes in "
     "May. The pair face a $250,000 fine.", "$250,000", "Ben Tully and Mark Oro"),
    ("Tonic\n\nCharles Holt and co-founder Tim Warr launched Orvex Tonic in 2005. The duo became millionaires in "
     "2014 and sold £25m of shares.", "£25m", "Charles Holt and Tim Warr"),
    ("Wedding\n\nRavi Kumar and Meena Devi married in Pune last week. The couple spent Rs 5 lakh on the feast.",
     "Rs 5 lakh", "Ravi Kumar and Meena Devi"),
])
def test_the_pair_is_the_two_people_named_together(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "his party, the Congress," / the one party of the sentence that first names the person ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Vote\n\nThe Green Party will fight every seat, Martha Lind has said. Ms Lind also set out her party's plan "
     "to impose a 50% tax rate on the rich.", "50%", "Green Party"),
    ("Levy\n\nArun Rao attacked the new levy on Monday. \"It is a mess,\" Rao said, adding that his party, the "
     "Congress, will press for an 18 per cent cap.", "18 per cent", "Congress"),
])
def test_his_party_is_the_party_the_text_gives_the_person(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Following the deal with Orvex Bank, Kestrel Bank raised its deposits": past the opener --------

@pytest.mark.parametrize("text, figure, expected", [
    ("Bank\n\nOrvex Bank grew fast. Following the deal with Orvex Bank, Kestrel Bank raised its deposits by "
     "12 per cent.", "12 per cent", "Kestrel Bank"),
    ("Merger\n\nHalden Bank merged with five lenders. On the business front, Kestrel Bank, after the merger "
     "with its subsidiary banks, holds a market share of 23 per cent in deposits.", "23 per cent", "Kestrel Bank"),
])
def test_a_possessive_after_an_opener_goes_with_the_main_clause(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Both have hit ...": a subject "both" is the two names the text joined with "and" ---------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Consoles\n\nKestrel Games and Orvex Corp have both cut prices. Both have hit crucial price points at "
     "around £100.", "£100", "Kestrel Games and Orvex Corp"),
    ("Consoles\n\nThe run-up to Christmas is a battle for consoles. Kestrel and Orvex have both cut console prices "
     "this month. \"Both have hit crucial price points at around £100 and that opens the market to new buyers,\" "
     "said Mr Tan.", "£100", "Kestrel and Orvex"),
])
def test_a_subject_both_is_the_two_names_joined(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
