"""What money measures, round 14: one case or more per rule, each failing on the code before the
rule (the id says the rule). Money right after "with" that follows a place in a ranking ("came
third with", "is second on the list with", "held the title with") is what the ranking ranks: a film
chart's box office where the article speaks of films, a rich list's wealth where it speaks of a rich
list. The second table holds the guards: shapes near a rule that must not take its measure. Every
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
]

NOT_MEASURES = [
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
