"""Named owners, round 12: names the tool did not take as candidates ("Railways has ..."), name chunks
that ran on from a heading in capitals or on to a film's subtitle, a first word the date after it cut
off alone ("Late on Monday"), and candidates that are no owner (a measure of an economy, a social
network named as the medium). Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Railways has to forego Rs 7,500 crore": a plural that opens a sentence with a verb in the singular ---

@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Trains\n\nFares on the railways went up in May. Railways has set aside Rs 3,000 crore for new coaches.",
                 "Rs 3,000 crore", "Railways", id="plural-name-has"),
    pytest.param("Trains\n\nMost railways lost money. Railways is spending Rs 900 crore on station lifts this year.",
                 "Rs 900 crore", "Railways", id="plural-name-is"),
])
def test_a_plural_with_a_singular_verb_opens_a_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure", [
    pytest.param("Trains\n\nThe railways carry freight. Railways across Brimland spent Rs 900 crore on lifts.",
                 "Rs 900 crore", id="plural-noun-no-singular-verb"),
])
def test_a_plural_with_no_singular_verb_stays_a_common_word(nlp, text, figure):
    assert owner(nlp, text, figure) != "Railways"


# --- "SAVING THE COAST GUARDS While India has 3%": a heading in capitals run into the next sentence ---

@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Peat\n\nPROTECTING THE BOGS While Chile holds 4% of the world's peat, experts fear for it.",
                 "4%", "Chile", id="heading-before-opener"),
    pytest.param("Militant\n\nSecurity forces shot dead commander Ravi Dhone on Friday. RS 5 LAKH REWARD Dhone was active "
                 "for three years and carried a bounty of Rs 5 lakh on his head.", "Rs 5 lakh", "Ravi Dhone",
                 id="heading-before-surname"),
])
def test_a_heading_in_capitals_is_no_part_of_the_name_after_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Banks\n\nShares of ICICI Bank rose after the ICICI Bank profit rose 12% in May.", "12%", "ICICI Bank",
                 id="acronym-then-name-kept"),
    pytest.param("Defence\n\nThe NATO Defence College said it spends 2% of its budget on arms.", "2%", "NATO Defence College",
                 id="one-word-in-capitals-kept"),
])
def test_a_name_that_opens_with_capitals_is_no_heading(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Real GDP growth is projected to slow to 6.6 per cent": a measure of an economy is no owner ---

@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Outlook\n\nThe IMF cut its outlook for Brazil on Monday. Real GDP growth is projected to slow to 1.1 per "
                 "cent this year.", "1.1 per cent", "Brazil", id="real-gdp"),
    pytest.param("Outlook\n\nChile's Current Account Deficit narrowed from about 2% of output to 0.5% this year.", "2%",
                 "Chile", id="current-account-deficit"),
])
def test_a_measure_of_an_economy_is_no_name_that_owns(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "he used Twitter to claim that 40%": a social network named as the medium is a place, not an owner ---

@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Polls\n\nSenator Tom Hale was trailing in a poll. On Monday he used Twitter to claim, wrongly, that "
                 "almost 45% [approval] is not bad.", "45%", "Tom Hale", id="used-twitter"),
    pytest.param("Fight\n\nThe boxer Ray Dunmore reposted the picture. He wrote on Instagram. Signed my contract, I am leaving "
                 "the fight with $2,000,000.", "$2,000,000", "Ray Dunmore", id="wrote-on-instagram"),
])
def test_a_platform_a_message_was_posted_on_owns_nothing(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Deals\n\nInstagram was sold to Facebook in 2012 for $1bn.", "$1bn", "Instagram", id="platform-sold"),
])
def test_a_platform_that_is_the_subject_still_owns(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Baahubali: The Beginning grossed Rs 600 crore": a subtitle after a colon is no name of its own ---

@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Films\n\nKestrelgarh: The Rising, which opened in 2015, grossed Rs 300 crore worldwide.", "Rs 300 crore",
                 "Kestrelgarh", id="title-subtitle"),
    pytest.param("Films\n\nWhile Kestrelgarh 2: The Return has earned $5 million in its first weekend, rivals lagged.",
                 "$5 million", "Kestrelgarh 2", id="sequel-subtitle"),
])
def test_a_subtitle_leaves_the_title_to_name_the_work(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure", [
    pytest.param("Films\n\nThe Lord of the Kings: The Return of the Crown took nearly $10m on its opening weekend.", "$10m",
                 id="title-chunk-is-its-last-word"),
])
def test_a_subtitle_after_a_partial_title_is_kept(nlp, text, figure):
    assert owner(nlp, text, figure) != "Kings"


# --- "Late on Monday, Deutsche Boerse said": a first word the date cut off alone opens the sentence ---

@pytest.mark.parametrize("text, figure, expected", [
    pytest.param("Dividend\n\nKestrel Bourse is weighing a bid. Late on Friday, Orvex Exchange said it would raise its dividend "
                 "to $0.40 a share.", "$0.40", "Orvex Exchange", id="late-on-friday"),
    pytest.param("Sales\n\nShares were flat. Late on Tuesday, the board of Brimley Foods cut its dividend to $0.12 a share.",
                 "$0.12", "Brimley Foods", id="late-on-tuesday-board"),
])
def test_a_common_word_the_date_cuts_off_is_no_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
