"""Text-level gaps of scraped news (issue 10): sentence joins, spellings of names and titles, currencies
and measure words that the rules before missed. Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import figures, owner


# --- sentence joins: "honour!Reacting", "a black day?.Kalinga Steel" ---------------------------

@pytest.mark.parametrize("text, first", [
    ("The crowd sang along all night!Vexo Records said it was pleased.", "The crowd sang along all night!"),
    ("Workers called it ?a black day?.Kalinga Steel said it would talk to them.",
     "Workers called it ?a black day?."),
])
def test_a_glued_exclamation_or_lost_quote_ends_its_sentence(nlp, text, first):
    assert [s.text for s in nlp(text).sents][0] == first


@pytest.mark.parametrize("text, figure, expected", [
    ("Tour\n\nThe crowd chanted for Mira Kapoor all night!Vexo Records earned Rs 12 crore from the tour.",
     "Rs 12 crore", "Vexo Records"),
    ("Tour\n\nFans cheered Mira Kapoor at the stadium!Vexo Records earned Rs 12 crore from her tour.",
     "Rs 12 crore", "Vexo Records"),
    ("Steel\n\nWorkers at Tata Steel called it ?a black day?.Kalinga Steel will spend Rs 900 crore on a new plant.",
     "Rs 900 crore", "Kalinga Steel"),
])
def test_the_name_of_the_sentence_before_a_glued_end_owns_nothing(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected



# --- currencies: "36bn kroner", "2 trillion won", "10 billion lira", "5m Mexican pesos" ------------

@pytest.mark.parametrize("text, figure, currency", [
    ("Beer\n\nNordbryg said its sales rose 4% to 36bn kroner last year.", "36bn kroner", "DKK"),
    ("Ferries\n\nFjordline earned 2.1bn Norwegian kroner in the year.", "2.1bn Norwegian kroner", "NOK"),
    ("Banks\n\nCreditors of Daesung Card agreed to turn 2 trillion won of debt into shares.", "2 trillion won", "KRW"),
    ("Money\n\nA family with 10 billion lira in savings will see the number shrink.", "10 billion lira", "TRY"),
    ("Palm oil\n\nSawit Emas made a profit of 5.2bn ringgit.", "5.2bn ringgit", "MYR"),
    ("Budget\n\nThe minister wants a budget of 1,200 trillion rials.", "1,200 trillion rials", "IRR"),
    ("Water\n\nThe firm must invest 400m Argentine pesos a year in the network.", "400m Argentine pesos", "ARS"),
])
def test_more_currencies_are_money(nlp, text, figure, currency):
    assert figures(nlp, text)[figure].value.currency == currency


def test_won_is_money_only_after_a_scale_word(nlp):
    text = "Games\n\nStarfall 2 won three awards, and Daesung paid 2 trillion won for its maker."
    assert set(figures(nlp, text)) == {"2 trillion won"}


def test_a_figure_after_to_pay_is_no_recipient_phrase(nlp):
    # "ordered to pay 200,000 dollars": "to" opens the verb, and the figure ends any phrase before it
    assert owner(nlp, "Piracy\n\nJon Varg was ordered to pay 200,000 dollars to the record industry.",
                 "200,000 dollars") == "record industry"


# --- "S Korea", "S Korean", "N Korea": a headline's initial for South or North --------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("S Korean shoppers return\n\nRetail sales were up 2.4% in March, the statistics office said.", "2.4%", "South Korea"),
    ("Exports\n\nS Korean exports rose 11% in the year to June.", "11%", "South Korea"),
    ("Budget\n\nS Korea will spend $40bn on new roads and ports.", "$40bn", "South Korea"),
    ("Tests\n\nN Korea spent about $6m on the launch, officials in Seoul said.", "$6m", "North Korea"),
])
def test_an_initial_for_south_or_north_names_the_country(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
