"""Owners read from earlier text, round 8: what a figure whose sentence names no owner belongs to.
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Forecasts for Japanese growth were cut to 1.2%": a national figure is the economy's, not the topic's ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Rates held\n\nThe Kestrel Monetary Board kept its main rate at 4% on Thursday. "
     "Meanwhile, forecasts for Japanese growth were cut to 1.2% for next year.", "1.2%", "Japan"),
    ("Peso slides\n\nTraders at Harlan Capital sold pesos all week. "
     "The slide reflects worries about the Mexican economy, which could shrink by as much as 1.5% next year.",
     "1.5%", "Mexico"),
    ("Old jobs\n\nKestrel Mills once ran six American mill towns. In 1893 a financial crisis "
     "closed thousands of firms and pushed the unemployment rate above 10% for years.",
     "10%", "United States"),
])
def test_a_national_figure_with_no_owner_in_its_sentence_is_the_economys(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- "The fundraising event has raised $1.6m": a description of an event stands for the event named before ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Charity run\n\nThe Kestrel Charity Run was held in Leeds on Sunday, with runners in fancy dress. "
     "The fundraising event has raised over £40,000 for the local hospice.", "£40,000", "Kestrel Charity Run"),
    ("Gala\n\nThe Kestrel Winter Ball was held at the Orvex Hotel on Friday. "
     "The annual event raised £25,000 for the hospice.", "£25,000", "Kestrel Winter Ball"),
])
def test_a_description_of_an_event_stands_for_the_event_named_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_event_descriptions_are_data():
    from extract.owner_rules import owner_rules
    rules = owner_rules()
    assert rules.anaphors["the event"] == "event" and "NAME" in rules.anaphor_kinds["event"]


# --- "The bridge's construction cost Rs 950 crore": a "the" noun the text wrote after a name -----------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Bridge opens\n\nChief Minister Ravi Menon will open the Orvex-Kestrel bridge on Friday. "
     "The bridge's construction began in 2011 at a cost of Rs 950 crore.", "Rs 950 crore", "Orvex-Kestrel bridge"),
    ("Protest\n\nTamil Nadu farmers were detained outside the home of Ravi Menon on Sunday. "
     "The farmers' demands include a relief package of Rs 40,000 crore.", "Rs 40,000 crore", "Tamil Nadu farmers"),
    ("Auction\n\nKestrel Bank has taken over the Goa property of Ravi Menon. "
     "Three attempts to auction off the property at Rs 85 crore have failed.", "Rs 85 crore", "Goa property"),
])
def test_a_sentence_with_no_owner_describes_the_name_its_noun_was_written_with(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
