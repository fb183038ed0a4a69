"""Who a figure belongs to in Indian news articles and summaries, round 2 (issue 9). One test per
rule, each on sentences written for this file (the names are real or invented; no text is copied)."""

from __future__ import annotations

import pytest

from extract.articles import Article
from extract.facts import extract_facts
from extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def owner(nlp, text: str, figure: str) -> str | None:
    article = Article(id="t", text=text)
    facts = {f.value.text: f for f in extract_facts(nlp(text), article) if f.kind in ("money", "percent")}
    subject = facts[figure].subject
    return subject.name if subject is not None else None


@pytest.mark.parametrize("text, figure, expected", [
    ("Capita, one of the largest outsourcing companies in Britain, has asked trainees for up to £18,000.",
     "£18,000", "Capita"),
    ("Pilot, a little-known Japanese company, reported sales of $40 million last year.", "$40 million", "Pilot"),
])
def test_a_common_word_opening_a_sentence_is_the_name_its_apposition_types(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_common_opening_word_without_an_apposition_stays_common(nlp):
    text = "Capital spending rose to $40 million this year at the Tata Motors plant."
    assert owner(nlp, text, "$40 million") != "Capital"
