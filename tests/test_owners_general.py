"""Owners on general news, the patterns of this release (issue 9): one test per failure pattern,
each on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import figures, owner


# --- a brand with a lower-case lead is a name: "eBay", "iPod" ---------------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Results\n\nFor the year as a whole, eBay earned $812m on sales of $3.4bn.", "$812m", "eBay"),
    ("Gadgets\n\nThe new iPod mini went on sale in London for £179 on Friday.", "£179", "iPod"),
    ("Music\n\nDownloads from iTunes rose 35% in the quarter, the firm said.", "35%", "iTunes"),
])
def test_a_lower_case_brand_is_a_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_unit_with_a_capital_inside_is_no_name(nlp):
    assert owner(nlp, "Power\n\nHouseholds pay 12% more per kWh than last winter.", "12%") != "kWh"


# --- a place's possessive on the figure's noun phrase owns it: the city's club or council -----

@pytest.mark.parametrize("text, figure, expected", [
    ("Transfers\n\nRangers cannot match Leeds's £5m offer for the striker.", "£5m", "Leeds"),
    ("Football\n\nFulham are unable to match Birmingham's £6m bid but a loan could suit him.", "£6m", "Birmingham"),
])
def test_a_place_possessing_the_figure_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_place_after_the_figure_is_still_a_place(nlp):
    facts = figures(nlp, "Retail\n\nTesco's sales rose 4% in Leeds last year.")
    assert facts["4%"].subject.name == "Tesco"
    assert facts["4%"].qualifiers.get("place") == "Leeds"


# --- a national measure is of the country the sentence puts on it, not of who forecasts it ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Economy\n\nIn March, the OECD said that German growth this year would be 1.4%.", "1.4%", "Germany"),
    ("Economy\n\nThe IMF said Japanese exports would rise 3.2% next year.", "3.2%", "Japan"),
    ("Economy\n\nGrowth in Brazil is expected to slow to 3.1 percent next year, the IMF said.", "3.1 percent", "Brazil"),
    ("Economy\n\nThe World Bank cut its forecast for India's GDP growth to 6.8% on Tuesday.", "6.8%", "India"),
])
def test_a_national_measure_is_its_countrys(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_place_before_a_passive_forecast_is_no_source(nlp):
    fact = figures(nlp, "Economy\n\nGrowth in Chile is forecast to reach 2.9% next year, the bank said.")["2.9%"]
    assert fact.subject.name == "Chile"
    assert fact.qualifiers.get("source") != "Chile"


def test_a_banks_own_target_stays_the_banks(nlp):
    text = "Rates\n\nThe Bank of England kept inflation near its 2% target, the Bank said."
    assert owner(nlp, text, "2%") == "Bank of England"


# --- a plain noun phrase that opens the clause and gets, pays or gives the figure owns it ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Scandal\n\nThe savers who lost money in the fund collapse are to receive £120m compensation, the regulator said.",
     "£120m", "savers"),
    ("Budget\n\nThe state government on Tuesday allocated Rs 40 crore to free wifi for students.", "Rs 40 crore",
     "state government"),
    ("Schools\n\nThe education department provides Rs 600 a month to every school without a sweeper.", "Rs 600",
     "education department"),
    ("Winter\n\nThe minister spoke in Leeds. The government gives £250 for winter fuel to older households.", "£250",
     "government"),
])
def test_a_common_noun_subject_that_gets_or_gives_the_figure_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, not_expected", [
    ("Fair\n\nTickets go on sale on Monday. A service charge of Rs 150 per ticket will be levied.", "Rs 150", "service"),
    ("Cleaning\n\nSparkle Ltd opened in May. Clients who book online are charged £60 for the first hour.", "£60",
     "clients"),
    ("Results\n\nOrvex Foods reported on Friday. Pre-tax profits rose 12% to £310m.", "£310m", "pre-tax profits"),
    ("Apps\n\nZipRide launched in Pune. The transportation app charges Rs 7 per kilometre.", "Rs 7", "transportation app"),
])
def test_no_common_noun_owner_where_it_is_a_measure_a_payer_or_a_description(nlp, text, figure, not_expected):
    assert owner(nlp, text, figure) != not_expected


# --- a deal or a pay-off the figure is written before is no thing bought: the clause names whose --

@pytest.mark.parametrize("text, figure, expected", [
    ("Trade\n\nLast April, Peru signed a $180m agreement to import Bolivian gas.", "$180m", "Peru"),
    ("Football\n\nHe denied reports that Ramos had been given a £2m pay-off.", "£2m", "Ramos"),
])
def test_a_deal_word_after_the_figure_is_not_its_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "are" or "were" before a percentage and "of" makes it a share of the subject --------------

def test_a_plural_subject_that_is_a_share_of_a_whole_owns_it(nlp):
    assert owner(nlp, "Jobs\n\nWomen are 40% of the workforce at Orvex.", "40%") == "women"


def test_a_singular_measure_that_is_a_share_of_gdp_is_not_the_owner(nlp):
    assert owner(nlp, "Budget\n\nArdania said on Monday that the deficit was 3% of GDP.", "3%") != "deficit"


# --- a percentage of a people ("Americans", "Britons") before a verb is that people's share ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Phones\n\nNow almost 85% of Britons own a handset.", "85%", "Britons"),
    ("Phones\n\nNow almost 85% of Britons own a handset. About 60% of Americans said they would vote.", "60%",
     "Americans"),
    ("Banks\n\nNearly 70% of Indians have a bank account, the survey found.", "70%", "Indians"),
])
def test_a_share_of_a_people_is_theirs(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "shares in London" says where the shares trade, not whose they are ------------------------

def test_a_city_where_shares_trade_is_no_owner(nlp):
    facts = figures(nlp, "Drinks\n\nOrvex Domecq shares in London rose 4% by noon, while Pernod shares in Paris slipped 1.2%.")
    assert facts["4%"].subject.name == "Orvex Domecq"
    assert facts["4%"].qualifiers.get("place") == "London"
    assert facts["1.2%"].subject.name == "Pernod"


# --- "the price of X remains/crossed ...": the "of" phrase before a state or change verb owns it ---

@pytest.mark.parametrize("text, figure, expected", [
    ("Energy\n\nEven after the winter slide, the price of crude oil remains about 25% above last year.", "25%",
     "crude oil"),
    ("Sport\n\nThe cost of the new stadium crossed Rs 900 crore in March.", "Rs 900 crore", "new stadium"),
    ("Food\n\nThe price of onions touched Rs 80 a kg in Pune.", "Rs 80", "onions"),
])
def test_the_of_phrase_before_a_state_verb_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "a Chinese milk market that has grown by 30%": a demonym may open the "that" clause's noun ---

def test_a_demonym_opens_the_noun_a_that_clause_describes(nlp):
    text = "Dairy\n\nThree firms share a Brazilian coffee market that has grown by about 18% since 2020."
    assert owner(nlp, text, "18%") == "brazilian coffee market"


def test_a_name_before_a_that_clause_is_no_demonym(nlp):
    text = "Steel\n\nThe Zorvex plant that lost Rs 50 crore will close."
    assert owner(nlp, text, "Rs 50 crore") != "zorvex plant"
