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
    # --- "bribes to officials of the Highway Authority", "a deal with the IMF": a public body or organisation
    # named only in a prepositional phrase is to whom, with whom or against whom, not whose ------------------------
    pytest.param("Bribes\n\nA Halden-based engineering firm allegedly paid USD 1.2 million in bribes to officials "
                 "of the Brimley Highway Authority to win contracts.", "USD 1.2 million", "engineering firm",
                 id="body_in_phrase-to_officials_of"),
    pytest.param("Only 0.2% of over 1L complaints against Orvex Police probed\n\nThe report was tabled on Monday.",
                 "0.2%", "complaints", id="body_in_phrase-against"),
    pytest.param("Loans\n\nGhana has agreed a deal with the International Monetary Fund to borrow $3bn over three "
                 "years.", "$3bn", "Ghana", id="body_in_phrase-organisation"),
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
    # a firm that speaks of its own figures, and a trade association of its members', keep the speakers' fallback
    pytest.param("Cars\n\nOrvex Motors said profits rose 5% last year.", "5%", "Orvex Motors",
                 id="research_source-firm"),
    pytest.param("Loans\n\nThe Brimley Mortgage Lenders Association said that lending fell 25% year-on-year.", "25%",
                 "Brimley Mortgage Lenders Association", id="research_source-association"),
    # a body that opens its clause is its subject, and owns what it pays
    pytest.param("Tips\n\nThe Orvex Police paid Rs 5 lakh to informers last year.", "Rs 5 lakh", "Orvex Police",
                 id="body_in_phrase-subject"),
    # a research word that opens a firm's name is the firm's name, not what it does
    pytest.param("Phones\n\nResearch In Motion said profits rose 5% last year.", "5%", "Research In Motion",
                 id="research_source-opening_word"),
]


@pytest.mark.parametrize("text, figure, expected", UNCHANGED)
def test_a_rule_leaves_what_it_does_not_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


NOT_OWNER = [
    # --- "The Federal Statistics Office said growth was 1.6%": a body that counts and reports others' figures is
    # their source, not their owner, by the speakers' fallback ------------------------------------------------------
    pytest.param("Growth\n\nThe Kestrel Statistics Office said growth for the whole of 2016 was 1.6%, down from an "
                 "earlier estimate of 1.7%.", "1.6%", "Kestrel Statistics Office", id="research_source-statistics"),
    pytest.param("Taxes\n\nThe Halden Institute of Economic Research claims that taxes need to rise by about £10bn if "
                 "state finances are to be put in order.", "£10bn", "Halden Institute of Economic Research",
                 id="research_source-institute"),
    pytest.param("Fees\n\nFares are due to rise. The Home Office says people will pay £85 for a passport and ID card "
                 "together.", "£85", "Home Office", id="research_source-office"),
]


@pytest.mark.parametrize("text, figure, unexpected", NOT_OWNER)
def test_a_reporting_body_does_not_own_what_it_reports(nlp, text, figure, unexpected):
    assert owner(nlp, text, figure) != unexpected
