"""Owners, round 13: owners the figure's own sentence names, read before the text's topic.
Each test is on text written for it; the id names the rule."""

from __future__ import annotations

import pytest

from tests.helpers import owner


OWNED = [
    # --- "In Sri Lanka, ... 1% of growth may be lost": the place the sentence opens with, before the topic ----
    pytest.param("Tourism\n\nKestrel Motors sells its cars across Asia. In Singapore the figure is close to 7%.",
                 "7%", "Singapore", id="opening_place-bare"),
    pytest.param("Havens\n\nThe Orvex Group said evasion was rising. In the US, tax evasion through offshore havens is "
                 "put at $90bn a year.", "$90bn", "United States", id="opening_place-comma"),
    pytest.param("Growth\n\nOrvex Bank cut its forecast for the region. In Sri Lanka, some analysts have said that as "
                 "much as 1% of growth could be lost.", "1%", "Sri Lanka", id="opening_place-reported"),
]


@pytest.mark.parametrize("text, figure, expected", OWNED)
def test_the_sentence_names_the_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


UNCHANGED = [
    # "In the US it is expected to cost $300": "it" is the thing the text named; the place only says where
    pytest.param("Tablets\n\nHalden Labs launched its tablet last week. In the US it is expected to cost $300.",
                 "$300", "Halden Labs", id="opening_place-it"),
    # a place the sentence opens with gives way to an owner its clause names
    pytest.param("Cars\n\nIn Singapore, Kestrel Motors sold 4% more cars last year.", "4%", "Kestrel Motors",
                 id="opening_place-named_subject"),
]


@pytest.mark.parametrize("text, figure, expected", UNCHANGED)
def test_a_rule_leaves_what_it_does_not_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
