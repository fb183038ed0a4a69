"""Owners, round 11b: common-noun owners that a name elsewhere in the sentence took (a share written right
before a plural of people; the subject of a passive verb of robbing, giving or issuing, goods "worth" the sum or
another participle between).
Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- "hurt 99 per cent farmers": a share right before a plural of people is the group's, object too ------

@pytest.mark.parametrize("text, figure, expected", [
    ("Notes\n\nThe Orvex leader said the Halden government has taken money from 99 per cent farmers with its "
     "decision.", "99 per cent", "farmers"),
    ("Transfers\n\nThe Brimley cabinet cleared a policy under which 20 per cent teachers and clerks with three "
     "years in a district will be moved.", "20 per cent", "teachers"),
    ("Health\n\nThe Orvex minister said the scheme had reached 60 per cent women in Brimley.", "60 per cent", "women"),
])
def test_a_share_right_before_a_plural_of_people_is_the_groups_wherever_it_stands(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


@pytest.mark.parametrize("text, figure, unexpected", [
    ("Cinema\n\nIn Brimley the films nominated for the Orvex prize were seen by 40% fewer people than last year.",
     "40%", "fewer people"),
])
def test_a_comparative_before_the_plural_makes_no_share_of_it(nlp, text, figure, unexpected):
    assert owner(nlp, text, figure) != unexpected


# --- "was duped of Rs 2 lakh", "were given medals worth Rs 5 lakh": the passive's subject, goods between ----

@pytest.mark.parametrize("text, figure, expected", [
    ("Crime\n\nA retired teacher was robbed of gold jewellery worth Rs 3 lakh by two men on a bike near the Orvex "
     "Mall.", "Rs 3 lakh", "retired teacher"),
    ("Fraud\n\nA shopkeeper was allegedly duped of Rs 2 lakh by a caller who claimed to be from Kestrel Bank.",
     "Rs 2 lakh", "shopkeeper"),
    ("Sport\n\nThe winning athletes were given cash and medals worth Rs 5 lakh by the Halden chief minister.",
     "Rs 5 lakh", "winning athletes"),
])
def test_whom_a_passive_verb_robs_or_gives_owns_the_sum_also_through_goods_worth_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


# --- "were booked and issued notices worth Rs 40 lakh": a passive of giving after another participle -------

@pytest.mark.parametrize("text, figure, expected", [
    ("Civic\n\nThe shop owners were booked and issued notices worth Rs 40 lakh by the Orvex civic body.", "Rs 40 lakh",
     "shop owners"),
    ("Housing\n\nNine builders were issued penalty notices worth Rs 9 lakh by the Kestrel tribunal.", "Rs 9 lakh",
     "builders"),
])
def test_the_subject_of_a_passive_issued_after_another_participle_owns_the_sum(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
