"""Mechanisms that decide whether two figures measure the same thing (issue 10, precision).

Every text here is written for the test.
"""

from __future__ import annotations

from extract.articles import Article
from extract.conflicts import find_conflicts
from extract.facts import facts_from_articles


def _facts(nlp, *texts: str, published=None):  # type: ignore[no-untyped-def]
    articles = [Article(id=f"doc{i}.txt", text=t, published=published) for i, t in enumerate(texts)]
    return [f for _, facts in facts_from_articles(nlp, articles) for f in facts]


def _money(facts):  # type: ignore[no-untyped-def]
    return [(f.value.text, f.value.currency) for f in facts if f.kind == "money"]


def test_rs_abbreviation_ends_no_sentence(nlp):
    (fact,) = _facts(nlp, "The league kept Rs. 40 crore aside for the hearing.")
    assert fact.evidence.sentence.startswith("The league kept")


def test_a_bracket_with_the_same_amount_in_a_named_rupee_says_which_rupee(nlp):
    facts = _facts(nlp, "The league kept Rs. 2 billion (200 crore in Pakistani rupees) for lawyers.")
    assert _money(facts) == [("Rs. 2 billion", "PKR"), ("200 crore", "PKR")]


def test_a_conversion_into_another_amount_keeps_the_rupee(nlp):
    facts = _facts(nlp, "The league kept Rs 70 crore ($10m) for lawyers.")
    assert _money(facts) == [("Rs 70 crore", "INR"), ("$10m", "USD")]


def test_pakistani_rupees_are_not_compared_with_indian_rupees(nlp):
    facts = _facts(nlp, "The Lahore Hockey Board set aside Rs. 2 billion (200 crore in Pakistani rupees) "
                        "to fight its claim against the national federation in the tribunal.",
                   "The Lahore Hockey Board set aside Rs 120 crore to fight its claim against the "
                   "national federation in the tribunal.")
    assert find_conflicts(facts).conflicts == []
