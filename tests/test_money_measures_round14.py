"""What money measures, round 14: one case or more per rule, each failing on the code before the
rule (the id says the rule). Money right after "with" that follows a place in a ranking ("came
third with", "is second on the list with", "held the title with") is what the ranking ranks: a film
chart's box office where the article speaks of films, a rich list's wealth where it speaks of a rich
list. Money a threshold word before it in its clause sets the level of is the threshold, not the
income, turnover or pay it is a threshold of. The second table holds the guards: shapes near a rule that must not take its measure. Every
sentence is written for its test."""

from __future__ import annotations

import pytest

from tests.helpers import figures

MEASURES = [
    pytest.param("Chart\n\nThe new film chart was led by a sequel. Ray Harlan's biopic came third with "
                 "$6.1m (£3.2m) and a total of $20m.",
                 "$6.1m", "box_office", id="a film chart's place names what the film took 1"),
    pytest.param("Chart\n\nThe new film chart was led by a sequel. Ray Harlan's biopic came third with "
                 "$6.1m (£3.2m) and a total of $20m.",
                 "£3.2m", "box_office", id="a film chart's place names what the film took 2 (its conversion)"),
    pytest.param("Chart\n\nThe new film chart was led by a sequel. Ray Harlan's biopic came third with "
                 "$6.1m (£3.2m) and a total of $20m.",
                 "$20m", "box_office", id="a film chart's place names what the film took 3 (its total)"),
    pytest.param("Holiday films\n\nThe sequel made $9m on Boxing Day. The old record was set in 2001 by "
                 "Snow Valley with $7.9m.",
                 "$7.9m", "box_office", id="a film record's holder took the sum it is set with"),
    pytest.param("Holiday films\n\nNo big release arrived to provide competition to the sequel or the cartoon "
                 "Pip and Pog, which finished in second place with $5.2m.",
                 "$5.2m", "box_office", id="a film chart's place beats a verb elsewhere in the clause"),
    pytest.param("Rich list\n\nThe paper's annual rich list of musicians was published on Sunday. The "
                 "drummer Leo Marsh is fourth on the list with £90m.",
                 "£90m", "wealth", id="a rich list's place names a fortune"),
    pytest.param("Rich list\n\nThe paper's annual rich list of musicians was published on Sunday. The "
                 "Hallidays are in third place with £60 million between them.",
                 "£60 million", "wealth", id="a rich list's place names a fortune 2"),
    pytest.param("Audit\n\nThe minister proposed to raise the threshold limit for audit of small traders who opt "
                 "for the presumptive income scheme from Rs 50 lakh to Rs 1 crore.",
                 "Rs 50 lakh", "threshold", id="a threshold named before the figure beats the income it is of 1"),
    pytest.param("Audit\n\nThe minister proposed to raise the threshold limit for audit of small traders who opt "
                 "for the presumptive income scheme from Rs 50 lakh to Rs 1 crore.",
                 "Rs 1 crore", "threshold", id="a threshold named before the figure beats the income it is of 2"),
    pytest.param("Books\n\nThe threshold for keeping accounts will rise from a turnover of Rs 12 lakh to Rs 20 lakh.",
                 "Rs 12 lakh", "threshold", id="a threshold named before the figure beats the turnover it is of"),
    pytest.param("Pensions\n\nThe party wants a £6,000 personal allowance, or an £8,000 allowance for pensioners.",
                 "£8,000", "threshold", id="an allowance after a personal allowance is a threshold, not pay"),
]

NOT_MEASURES = [
    pytest.param("Pay\n\nHer salary of Rs 9 lakh is well above the threshold.",
                 "Rs 9 lakh", "threshold", id="a threshold word after the figure leaves its pay"),
    pytest.param("Pay\n\nThe threshold for the new levy on directors' pay was set by the board in a long meeting "
                 "on Monday, and the chairman's salary was Rs 4 crore.",
                 "Rs 4 crore", "threshold", id="a threshold word far before the figure leaves its pay"),
    pytest.param("Firms\n\nFirms above the tax threshold made profits of £2bn last year.",
                 "£2bn", "threshold", id="a threshold word in a clause of its own leaves the profit"),
    pytest.param("League\n\nThe club's accounts were published on Friday. The club finished third with "
                 "£40m, behind its two rivals.",
                 "£40m", "box_office", id="a place in an article on no films or rich list names no box office"),
    pytest.param("Cinemas\n\nThe cinema chain's sales were £30m, compared with £25m a year earlier.",
                 "£25m", "box_office", id="compared with is no place in a ranking"),
]


@pytest.mark.parametrize("text, figure, measure", MEASURES)
def test_the_figure_takes_the_measure_of_its_rule(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate == measure


@pytest.mark.parametrize("text, figure, measure", NOT_MEASURES)
def test_a_shape_near_a_rule_does_not_take_its_measure(nlp, text, figure, measure):
    assert figures(nlp, text)[figure].predicate != measure
