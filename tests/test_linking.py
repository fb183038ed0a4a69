"""Corpus-wide acronym linking: defined in one article, resolved in another."""

from __future__ import annotations

from extract.articles import Article
from extract.facts import extract_facts
from extract.linking import collect_definitions
from extract.pipeline import build_pipeline

DEFINES = Article(id="a.txt", text="The Green Steel Transition Plan (GSTP) was launched on Monday.")
BARE = Article(id="b.txt", text="The GSTP has an outlay of Rs 500 crore.")
OTHER = Article(id="c.txt", text="The Green Steel Transition Plans (GSTP) will run till 2030.")
CLASH = Article(id="d.txt", text="The GSTP (Global Shipping Trade Pact) was signed.")


def test_one_expansion_is_collected():
    assert collect_definitions([DEFINES, BARE]) == {"GSTP": "Green Steel Transition Plan"}


def test_variant_expansions_still_link():
    assert collect_definitions([OTHER, DEFINES]) == {"GSTP": "Green Steel Transition Plan"}


def test_conflicting_expansions_are_not_linked():
    assert collect_definitions([DEFINES, CLASH]) == {}


def test_bare_acronym_in_another_article_gets_the_defined_name():
    nlp = build_pipeline(batch_definitions=collect_definitions([DEFINES, BARE]))
    [fact] = [f for f in extract_facts(nlp(BARE.text), BARE) if f.kind == "money"]
    assert fact.subject.name == "Green Steel Transition Plan" and fact.subject.acronym == "GSTP"
    assert fact.subject.label == "PROGRAMME" and fact.predicate == "outlay"


def test_without_the_batch_table_the_bare_acronym_is_unknown():
    nlp = build_pipeline()
    [fact] = [f for f in extract_facts(nlp(BARE.text), BARE) if f.kind == "money"]
    assert fact.subject is None or fact.subject.name != "Green Steel Transition Plan"
