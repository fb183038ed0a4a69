"""What a figure measures, round 2 (issue 9): money someone is scammed, fleeced or conned of is
fraud; money written before a two-word thing whose first
word is hyphened ("the $10 million solar-physics satellite") is that thing's, also across a
bracketed conversion; a satellite, a spacecraft, a probe or a mission is built, so its money is
its cost; a figure "the figure" or "this amount" introduces measures what the sentence before's
figure did; a sum in lakh or crore something (no company) was bought for is its price; money asked
to decrypt or unlock files, or moved by ransomware's makers, is a ransom; money held in an account is
a deposit."""

from __future__ import annotations

import pytest

from tests.helpers import figures as facts_of


@pytest.mark.parametrize("sentence, figure, measure, owner", [
    # a hyphened modifier and its noun make the thing, with or without a conversion between
    ("The crew was to deploy the $10 million (Rs 40 crore) solar-physics satellite from the bay.",
     "$10 million", "cost", "solar-physics satellite"),
    ("The crew was to deploy the $10 million (Rs 40 crore) solar-physics satellite from the bay.",
     "Rs 40 crore", "cost", "solar-physics satellite"),
    ("The agency launched the $500m deep-space probe on Monday.", "$500m", "cost", "deep-space probe"),
    ("She bought a £2,000 hand-made guitar at the fair.", "£2,000", "price", "hand-made guitar"),
])
def test_hyphened_thing(nlp, sentence, figure, measure, owner):
    fact = facts_of(nlp, sentence)[figure]
    assert fact.predicate == measure
    assert fact.subject is not None and fact.subject.name == owner


def test_plain_two_words_stay_no_thing(nlp):
    # "the £22bn ministers hope to save": no hyphen, maybe a clause, so "ministers hope" is no thing
    fact = facts_of(nlp, "The £22bn ministers hope to save will come from cuts.")["£22bn"]
    assert fact.subject is None or fact.subject.name != "ministers hope"


@pytest.mark.parametrize("sentence, figure", [
    # money someone was scammed or fleeced of, or conned into giving, is the fraud's amount
    ("A pensioner in Leeds said he had been scammed of £2,400 by a caller posing as his bank.", "£2,400"),
    ("The man posed as a recruiter to con job seekers into paying him Rs 8 lakh.", "Rs 8 lakh"),
    ("Tourists were fleeced of $300 each by the fake tour operator.", "$300"),
])
def test_conned_money_is_fraud(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "fraud"


@pytest.mark.parametrize("text, figure, measure", [
    # "the figure", "this amount" restate the figure of the sentence before, so take its measure
    ("About 60% of the adults the agency polled now shop online every week. In 2010 the figure was 22%.",
     "22%", "share"),
    ("The council now charges a parking fee of £8 a day. Under the old rules, this amount was just £3 a day.",
     "£3", "fee"),
    # not "the number of ...", a quantity of its own
    ("The literacy rate rose to 71% in 2016. The number of pupils who can divide was 31%.", "31%", "share"),
])
def test_figure_referred_back(nlp, text, figure, measure):
    assert facts_of(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    # lakh and crore are a price's ordinary units in Indian writing
    ("The trust had purchased the plot for Rs 18 lakh in 2012.", "Rs 18 lakh", "price"),
    ("The navy bought it for Rs 90 crore from a shipyard in 1994.", "Rs 90 crore", "price"),
    ("The farmer said he bought the tractor for ?6.5 lakh last year.", "6.5 lakh", "price"),
    # a named company or a firm bought stays a deal
    ("Infosys bought Panaya for Rs 1,250 crore in 2015.", "Rs 1,250 crore", "deal_value"),
    ("The group bought the firm for Rs 700 crore.", "Rs 700 crore", "deal_value"),
])
def test_bought_in_lakh_or_crore(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure, measure", [
    # money asked to decrypt or unlock files, or moved by ransomware's makers, is a ransom
    ("The gang offered to decrypt each locked server for a single payment of $90,000.", "$90,000", "ransom"),
    ("Victims were told to send 0.5 bitcoin, about $600, to unlock their files.", "$600", "ransom"),
    ("The makers of the ransomware have moved $20,000 worth of bitcoin out of their wallet.", "$20,000", "ransom"),
    # what an attack cost keeps its cost
    ("The ransomware attack cost the hospital trust £4m, its board said.", "£4m", "cost"),
])
def test_ransomware_money(nlp, sentence, figure, measure):
    assert facts_of(nlp, sentence)[figure].predicate == measure


@pytest.mark.parametrize("sentence, figure", [
    # money held, kept or lying in an account is a deposit
    ("The auditors found that only $250,000 had been in the accounts on the day of the transfer.", "$250,000"),
    ("The dairy group failed after the 3bn euros it claimed to hold was found never to have been kept in "
     "any account; the 2bn euros it said it held in a Cayman Islands account did not exist.", "2bn euros"),
])
def test_money_held_in_an_account(nlp, sentence, figure):
    assert facts_of(nlp, sentence)[figure].predicate == "deposits"
