"""Owners named by an acronym's long form (round 7): a possessive before the bracket is no part of
the long form ("Delhi Transport Corporation's (DTC) buses"). Each test is on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


@pytest.mark.parametrize("text, figure, expected", [
    ("Fleet\n\nNearly 40% of Mumbai Metro Rail Corporation's (MMRC) coaches need repairs. MMRC said so.",
     "40%", "Mumbai Metro Rail Corporation"),
    ("Exchange\n\nShares of Nordic Clearing House’s (NCH) parent rose. NCH shares were up 3.1% on Monday.",
     "3.1%", "Nordic Clearing House"),
])
def test_a_possessive_is_no_part_of_the_long_form(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
