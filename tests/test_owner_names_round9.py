"""Owners, round 9: the right name of the figure's own sentence (a possessor past a phrase of time, ...).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "Brimland's GDP growth forecast for FY 2016-17 to 7%": a phrase of time does not end the reach ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Outlook\n\nThe Orvex Fund on Tuesday trimmed Brimland's GDP growth forecast for FY 2018-19 to 6.1% from 6.8%.",
     "6.1%", "Brimland"),
    ("Outlook\n\nRating agency Kestrel cut Orvania's economic growth estimate for the current fiscal year to 5.5%.",
     "5.5%", "Orvania"),
    ("Prices\n\nThe IMF lowered Brimland's inflation projection for the financial year 2019-20 to 4.1%.", "4.1%",
     "Brimland"),
])
def test_a_possessor_reaches_past_a_phrase_of_time(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Orvex, a budget airline, was founded by Ravi Dhar, and controls 45%": the verbs' shared subject -

@pytest.mark.parametrize("text, figure, expected", [
    ("Airlines\n\nOrvex Air, a budget carrier, was set up by former travel agent Ravi Dhar, and controls 38% of the "
     "domestic market.", "38%", "Orvex Air"),
    ("Brewers\n\nKestrel Brewing will buy a small stake in Halden, owner of the Brimley Gold brand, and make an "
     "offer for another 25% stake.", "25%", "Kestrel Brewing"),
])
def test_a_clause_opened_by_and_and_a_verb_shares_the_sentence_subject(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "a fine of Rs 10,000 on CM Ravi Dhar": the person a title introduces is the one fined ------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Court\n\nThe Brimley High Court imposed a fine of Rs 20,000 on CM Ravi Dhar for missing a deadline.",
     "Rs 20,000", "Ravi Dhar"),
    ("Court\n\nThe tribunal slapped a penalty of Rs 5 lakh on Kerala MLA Meera Dhar for a frivolous plea.",
     "Rs 5 lakh", "Meera Dhar"),
])
def test_the_person_a_title_introduces_is_the_one_fined(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "raise the prices of feature phones by over 30%": what the changed measure is of -----------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Phones\n\nMakers want another technology instead of GPS in handsets, while traders warned that the rule "
     "might raise the prices of basic handsets by over 40%.", "40%", "basic handsets"),
    ("Fuel\n\nThe new levy has also cut the price of kerosene by Rs 9 on every litre.", "Rs 9", "kerosene"),
])
def test_the_phrase_a_changed_measure_is_of_owns_the_change(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Red Sky, a $9,000 tale of revenge, won": the name the apposition describes ------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Festival\n\nThe jury picked Red Sky, a $9,000 tale of revenge shot in a week, for its top prize.", "$9,000",
     "Red Sky"),
    ("Launch\n\nThe crew released Orbiter Nine, the $12 million weather satellite, from the shuttle's bay.",
     "$12 million", "Orbiter Nine"),
])
def test_the_name_an_apposition_with_a_price_describes_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Acting on these Orvex reports, the tax office detected Rs 4,000 crore": an opening participle's names

@pytest.mark.parametrize("text, figure, expected", [
    ("Tax\n\nActing on these Kestrel Bank reports, the Brimland Revenue Board detected unaccounted income of Rs 4,000 crore.",
     "Rs 4,000 crore", "Brimland Revenue Board"),
    ("Orders\n\nIssuing his first orders after taking over as Brimland Chief Minister, a confident Ravi Dhar said "
     "farmers will get a 50 per cent subsidy on seeds.", "50 per cent", "Ravi Dhar"),
])
def test_the_names_of_an_opening_participle_phrase_do_not_own_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "about 60 per cent people have voiced concern": a share written right before a plural of people ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Survey\n\nAhead of the Brimley Court's hearing, about 61 per cent people have voiced concern about data leaks.",
     "61 per cent", "people"),
    ("Poll\n\nAn Orvex Metro official said the poll showed 74% commuters wanted quieter trains.", "74%", "commuters"),
])
def test_a_share_written_before_a_plural_of_people_is_theirs(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_with_phrase_share_of_people_stays_with_what_it_describes(nlp):
    text = "Holidays\n\nBrimland has been ranked the most holiday-starved nation, with 58% people taking fewer days off."
    assert owner(nlp, text, "58%") != "people"


# --- "The concert, carried by all four Orvex networks, raised $150m": a past participle's aside ----------

@pytest.mark.parametrize("text, figure, expected", [
    ("Benefit\n\nThe charity concert, carried by all four Kestrel TV networks, raised more than $150m.", "$150m",
     "charity concert"),
    ("Pensions\n\nMs Dhar said the new rules, revealed in a Brimland Assembly statement, would raise up to £680m for the "
     "Orvex Decommissioning Agency.", "£680m", "Orvex Decommissioning Agency"),
])
def test_a_past_participle_aside_names_no_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "A similar TV benefit raised $150m": a short acronym inside the subject's noun phrase -------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Benefit\n\nA similar TV appeal raised more than $90m last year.", "$90m", "similar TV appeal"),
    ("Music\n\nIn the space of one year - between 2003 and 2004 - DVD album sales fell by 11.2%.", "11.2%",
     "DVD album"),
    ("Lighting\n\nLED bulb prices fell by 40% last year.", "40%", "LED bulb"),
])
def test_a_short_acronym_inside_the_subject_phrase_does_not_end_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Orvex Managing Director and CEO (Asia) Ravi Dhar earned Rs 9 crore": a name chunk that is an office --

@pytest.mark.parametrize("text, figure, expected", [
    ("Pay\n\nKestrel Telecom Managing Director and CEO (India and Africa) Ravi Dhar earned Rs 8.4 crore in FY17.",
     "Rs 8.4 crore", "Ravi Dhar"),
])
def test_the_person_an_office_chunk_introduces_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_an_office_chunk_before_its_holder_owns_nothing(nlp):
    text = ("Water\n\nBut last week, Brimland Economy Minister, Ravi Dhar, told the press in Paris that the government "
            "was considering allowing a 16% increase in tariffs and a State contribution to Orvex Water investments.")
    assert owner(nlp, text, "16%") != "Brimland Economy Minister"


# --- "Meera Dhar beat Ravi Rao (13.8%) with 31.5% of the votes": a name with its own bracketed figure ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Poll\n\nOlympics bronze medallist shuttler Meera Dhar beat Ravi Rao (12.4%) for the second place with 30.2% of "
     "the votes.", "30.2%", "Meera Dhar"),
    ("Poll\n\nOlympics bronze medallist shuttler Meera Dhar beat Ravi Rao (12.4%) for the second place with 30.2% of "
     "the votes.", "12.4%", "Ravi Rao"),
])
def test_a_name_with_its_own_bracketed_figure_owns_no_other(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "As per the RTI reply, the Railways earned Rs 17.87 crore": "as per" opens a source's phrase -------

@pytest.mark.parametrize("text, figure, expected", [
    ("Tickets\n\nAs per the Kestrel Trust reply, Orvex Railways earned Rs 12.4 crore in FY 2016-17 from cancellations.",
     "Rs 12.4 crore", "Orvex Railways"),
    ("Seizures\n\nAs per official data, Punjab has witnessed the largest seizure of drugs worth Rs 2.1 crore this year.",
     "Rs 2.1 crore", "Punjab"),
])
def test_as_per_opens_a_source_phrase(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
