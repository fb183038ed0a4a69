"""What a figure measures, round 11: "upto" is "up to" in every measure rule; what something
is insured for, with its insurer between, is its insurance cover; money paid "every month" is
pay like money paid "a month"; money waived or written off is a debt forgiven; a percentage of
seats or flats that "will be reserved for" a group is its quota."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Admissions\n\nSome universities reserve upto 8% seats for children of defence staff.", "8%"),
    ("Hostels\n\nThe new hostel will reserve upto 60% seats for students from the hill districts.", "60%"),
])
def test_upto_is_up_to_in_a_quota(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "quota"


@pytest.mark.parametrize("text, figure", [
    ("Cover\n\nThe big-budget epic has been insured by a state insurer for over Rs 150 crore, "
     "under its film package policy.", "Rs 150 crore"),
    ("Cover\n\nA private insurer today insured the period drama for about Rs 80 crore under its "
     "production package scheme.", "Rs 80 crore"),
])
def test_insured_with_the_insurer_between_is_insurance_cover(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "insurance_cover"


def test_money_received_every_month_is_pay(nlp):
    text = "Pensions\n\nEach widow in the scheme receives Rs 600 every month from the district office."
    assert figures(nlp, text)["Rs 600"].predicate == "salary"


@pytest.mark.parametrize("text, figure", [
    ("Loans\n\nThe opposition claims the government waived over Rs 80,000 crore loan of big "
     "corporates.", "Rs 80,000 crore"),
    ("Airline\n\nThe pilots' union asked the ministry to waive Rs 12,000 crore and give the "
     "carrier a fresh start.", "Rs 12,000 crore"),
])
def test_money_waived_is_a_debt(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "debt"


def test_a_loan_waiver_scheme_stays_aid(nlp):
    text = "Farmers\n\nThe state announced a farm loan waiver of Rs 20,000 crore on Monday."
    assert figures(nlp, text)["Rs 20,000 crore"].predicate == "aid"


@pytest.mark.parametrize("text, figure", [
    ("Housing\n\nThe minister said 20% of the total flats will be reserved for low-income "
     "families.", "20%"),
    ("Hostel\n\nThe university announced that 50% seats in the new block will be reserved for "
     "first-year students.", "50%"),
])
def test_seats_or_flats_reserved_for_a_group_are_a_quota(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "quota"


def test_a_share_of_flats_sold_stays_a_share(nlp):
    text = "Housing\n\nThe builder said 20% of the total flats have been sold to investors."
    assert figures(nlp, text)["20%"].predicate == "share"
