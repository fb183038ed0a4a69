"""What a figure measures, round 7: pre-tax, after-tax or post-tax earnings, income or profits are
a profit, not a tax ("tax" only modifies the head noun)."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Results\n\nDairy group Valmonte said its pre-tax earnings in the second quarter were 64m euros.", "64m euros"),
    ("Results\n\nBrightwell Foods reported after-tax income of £12.5m for the year.", "£12.5m"),
    ("Results\n\nPost-tax profits at the retailer Corvane came to $48m in 2004.", "$48m"),
])
def test_pre_or_after_tax_earnings_are_a_profit(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "profit"
