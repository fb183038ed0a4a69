"""Owners on general news, the patterns of this release (issue 9): one test per failure pattern,
each on text written for it."""

from __future__ import annotations

import pytest

from tests.helpers import owner


# --- a brand with a lower-case lead is a name: "eBay", "iPod" ---------------------------------

@pytest.mark.parametrize("text, figure, expected", [
    ("Results\n\nFor the year as a whole, eBay earned $812m on sales of $3.4bn.", "$812m", "eBay"),
    ("Gadgets\n\nThe new iPod mini went on sale in London for £179 on Friday.", "£179", "iPod"),
    ("Music\n\nDownloads from iTunes rose 35% in the quarter, the firm said.", "35%", "iTunes"),
])
def test_a_lower_case_brand_is_a_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


def test_a_unit_with_a_capital_inside_is_no_name(nlp):
    assert owner(nlp, "Power\n\nHouseholds pay 12% more per kWh than last winter.", "12%") != "kWh"
