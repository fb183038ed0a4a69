"""Who a figure belongs to in Indian news articles and summaries, round 2 (issue 9). One test per
rule, each on sentences written for this file (the names are real or invented; no text is copied)."""

from __future__ import annotations

import pytest

from extract.articles import Article
from extract.facts import extract_facts


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


@pytest.mark.parametrize("text, figure, not_owner", [
    ("The bank reported a loss. Also read: Infosys chief quits after board row The deposits of Rs 500 crore "
     "in Canara Bank were frozen.", "Rs 500 crore", "Infosys"),
    ("Prices rose. Also read: Wipro opens office in Pune as Tata Motors hires staffThe deposits of Rs 500 crore "
     "in Canara Bank were frozen.", "Rs 500 crore", "Tata Motors"),
])
def test_a_pasted_link_glued_to_the_next_sentence_lends_it_no_owner(nlp, text, figure, not_owner):
    assert owner(nlp, text, figure) == "Canara Bank" != not_owner


def test_a_figure_inside_the_pasted_link_keeps_its_own_owner(nlp):
    text = "Prices rose. Also read: Infosys to invest Rs 900 crore in Pune campus"
    assert owner(nlp, text, "Rs 900 crore") == "Infosys"


@pytest.mark.parametrize("text, figure, expected", [
    ("Officials said the per km cost for the proposed coastal road is estimated to be Rs 500 crore.",
     "Rs 500 crore", "proposed coastal road"),
    ("The yearly expenditure on such repairs was about Rs 12 crore.", "Rs 12 crore", "repairs"),
    ("Compensation for injured soldiers has been raised from Rs 5 lakh to Rs 15 lakh.", "Rs 15 lakh", "injured soldiers"),
])
def test_a_measure_word_linked_by_for_or_on_is_what_it_is_of(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def summary_owner(nlp, text: str, figure: str) -> str | None:
    from extract.articles import guess_title
    article = Article(id="t", text=text, title=guess_title(text))
    facts = {f.value.text: f for f in extract_facts(nlp(text), article) if f.kind in ("money", "percent")}
    subject = next(f for text, f in facts.items() if figure in text).subject
    return subject.name if subject is not None else None


def test_a_headline_sum_announced_for_a_group_goes_to_the_group(nlp):
    text = ("Punjab announces ?5L for Ludhiana factory fire victims\n\n"
            "The Punjab government on Monday announced ?5 lakh each for the families of those killed in a fire "
            "at a Ludhiana factory.")
    assert summary_owner(nlp, text, "5L").lower() == "ludhiana factory fire victims"


@pytest.mark.parametrize("text, figure, expected", [
    ("The state will give a compensation of Rs 2 lakh to Delhi Metro commuters injured in the fire.",
     "Rs 2 lakh", "delhi metro commuters"),
    ("The court imposed a fine of Rs 5,000 on Ravi Kumar alias Raju.", "Rs 5,000", "Ravi Kumar"),
])
def test_a_name_that_qualifies_a_plural_recipient_is_part_of_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure).lower() == expected.lower()


@pytest.mark.parametrize("text, figure, expected", [
    ("Police recovers jewellery worth Rs 3 lakh from a thief in Pune", "Rs 3 lakh", "jewellery"),
    ("The priest owns property worth over Rs 40 crore.", "Rs 40 crore", "property"),
])
def test_a_measure_verb_before_goods_worth_a_sum_is_not_part_of_the_goods(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_bracketed_count_inside_a_share_of_keeps_the_group(nlp):
    text = "Nearly 60 per cent of the (2 lakh) weavers have stopped work, the union said after meeting Tata Motors."
    assert owner(nlp, text, "60 per cent") == "weavers"


@pytest.mark.parametrize("text, figure, expected", [
    ("Dhoom 4 has collected Rs 150 crore in its first week.", "Rs 150 crore", "Dhoom 4"),
    ("Halo 3 was made for $30m over three years.", "$30m", "Halo 3"),
])
def test_a_sequel_number_after_a_name_is_part_of_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_day_after_a_month_is_no_sequel_number(nlp):
    text = "On June 29, Infosys paid Rs 20 crore to its vendors."
    assert owner(nlp, text, "Rs 20 crore") != "June 29"
