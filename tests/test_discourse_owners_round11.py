"""Owners, round 11: owners named in an earlier sentence (a description of several words that stands
for a name read before, the country of a national figure named far back or through its bodies).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "the three-hour epic, which cost $150m": a description of several words stands for the name --------

@pytest.mark.parametrize("text, figure, expected", [
    ("Box office\n\nDirector Ana Ruiz's war epic Silver Harbour opened in ninth place. Reviewers have mocked the "
     "four-hour epic, which reportedly cost $180m to make.", "$180m", "Silver Harbour"),
    ("Flop for Silver Harbour\n\nDirector Ana Ruiz's war epic Silver Harbour has failed at the box office. The "
     "swords and horses blockbuster, said to have cost $180m to make, took only $9m in its first weekend.", "$180m",
     "Silver Harbour"),
])
def test_a_description_of_several_words_stands_for_the_name_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "Inflation rose to 1.6%" in an article on the UK: its country, named far back or through its bodies --

@pytest.mark.parametrize("text, figure, expected", [
    # the country is named only by its central bank
    ("Rates on hold\n\nBank of England governor Tom Hale warned against reading too much into one month of data. "
     "Economists expect the Monetary Policy Committee to wait. Inflation, however, has risen faster than forecast, "
     "reaching 1.6% in December.", "1.6%", "United Kingdom"),
    # the country is named before the last five sentences
    ("Budget day\n\nThe UK chancellor Tom Hale set out his plans on Wednesday. He will freeze fuel duty. He will "
     "fund new nurseries. Councils will get more money. Business groups welcomed the plans. Unions were less sure. "
     "Inflation would be 1.9% next year, Mr Hale forecast.", "1.9%", "United Kingdom"),
])
def test_a_national_figure_goes_to_the_country_the_article_names_before(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "The dollar has weakened since September, when it traded at $1.20": "it" is the currency ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("Dollar slides\n\nThe dollar has fallen steadily since March, when it traded at about $1.15, amid worries about "
     "the US budget deficit.", "$1.15", "dollar"),
    ("Dollar slides\n\nThe dollar was trading at $1.31 against the euro on Friday. Against the Japanese yen, it was "
     "trading at 103.9 yen, after a fresh low earlier in the day.", "103.9 yen", "dollar"),
    ("Rupee gains\n\nThe rupee rose to 44.1 per US dollar on Monday. The currency has gained nearly 2% in the past "
     "week.", "2%", "rupee"),
])
def test_it_or_the_currency_stands_for_the_currency_the_sentence_opens_with(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "BDO said ... Its output index implies GDP growth of 2.9%": a speaker reached through "its" reports ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Firms upbeat\n\nBusiness confidence among British firms is at its highest since 1997, say researchers at "
     "Kestrel Partners. The only cloud this year is the election, Kestrel said. Its output index, which predicts GDP a "
     "quarter ahead, implies GDP growth of 2.7% in the second quarter.", "2.7%", "United Kingdom"),
])
def test_a_national_figure_reached_through_its_speaker_is_the_countrys(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "In an address to the Majlis, Mr Khatami predicted economic growth of 7.1%": the economy's --------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Budget plans\n\nIran's president has set out his budget. In a speech to the Varna Hall, Mr Tabrizi predicted "
     "economic growth of 5.2% next year.", "5.2%", "Iran"),
])
def test_a_national_figure_a_speaker_gives_is_not_a_name_of_its_sentence(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("UK house prices\n\nHouse price inflation was highest in the North East at 26.2%, followed by Varna Dale on "
     "21.7%, Halden Bank said.", "21.7%", "Varna Dale"),
])
def test_a_name_right_before_its_figure_keeps_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "But growth of 0.1% in the third quarter is still insufficient": growth that opens its sentence ---------

@pytest.mark.parametrize("text, figure, expected", [
    ("German jobs gloom\n\nGerman unemployment rose for a fifth month in May. \"There are signs of a recovery,\" said "
     "Jan Vogel, head of the Kestrel Labour Office. \"But growth of 0.2% in the first quarter is too weak to help the "
     "job market.\"", "0.2%", "Germany"),
])
def test_growth_that_opens_its_sentence_is_the_economys(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
