"""A lost rupee sign, round 13: "?41.20" is read as "₹41.20" is.

Older Indian feeds lost the rupee sign to a "?" ("?500 crore"). Where the recogniser takes such a "?"
for a lost sign, the owner and measure rules read it as the written sign (``amounts.read_lost_signs``,
facts.py ``_DocContext``), and the sentence splitter lets the sign open a sentence as "₹" does
(components.py ``Sentences``). Each case is written twice, with "₹" and with the lost "?": both must
give the expected owner and measure. Each test is on text written for it; the id names the rule.
"""

from __future__ import annotations

import pytest

from tests.helpers import figures


def _read(nlp, text: str, number: str) -> tuple[str | None, str]:
    """(owner, measure) of the figure whose text ends with ``number`` (sign or none)."""
    found = [f for t, f in figures(nlp, text).items() if t.lstrip("₹?").startswith(number)]
    assert len(found) == 1, (text, number, list(figures(nlp, text)))
    fact = found[0]
    return (fact.subject.name if fact.subject else None), fact.predicate


SAME = [
    # --- the rules read a lost sign as the written one: "to ?41.20" is a price, as "to ₹41.20" -----------
    pytest.param("Orvex Foods shares\n\nShares of Orvex Foods Ltd rose on Tuesday. During the day, it climbed "
                 "9.5 per cent to ₹41.20.", "41.20", "Orvex Foods Ltd", "price",
                 id="reading-price_after_to"),
    pytest.param("Kestrel box office\n\nA spokesperson said, \"We keep reading that Kestrel has crossed ₹350 crore "
                 "worldwide.\"", "350 crore", "Kestrel", "box_office", id="reading-crossed_film"),
    pytest.param("Brimley fee waiver\n\nThe Brimley government will waive half the fee for students from families "
                 "with income up to ₹4 lakh per annum.", "4 lakh", None, "threshold", id="reading-income_up_to"),
    pytest.param("Budget\n\nIncome tax in the ₹3 lakh - 6 lakh bracket has been cut to 5 per cent from 10 per cent.",
                 "5 per cent", None, "tax_rate", id="reading-bracket_rate"),
    pytest.param("Halden zoo\n\nThe Halden zoo reopened this week. General entry tickets will cost ₹40 for adults "
                 "and ₹25 for children.", "40", "general entry tickets", "price", id="reading-cost_for"),
    # --- the sentence a figure opens holds its sign: "... ? ?25,000, he said" after a lost dash ---------------
    pytest.param("Theft at Halden temple\n\nThieves took the idols and the donation box, which held about ₹18,000 ? "
                 "₹22,000, the priest said.", "22,000", None, None, id="sentence-sign_opens"),
]


@pytest.mark.parametrize("text, number, expected_owner, expected_measure", SAME)
def test_a_lost_sign_reads_as_the_written_one(nlp, text, number, expected_owner, expected_measure):
    written = _read(nlp, text, number)
    lost = _read(nlp, text.replace("₹", "?"), number)
    assert lost == written
    if expected_owner is not None:
        assert written[0] == expected_owner
    if expected_measure is not None:
        assert written[1] == expected_measure


def test_evidence_is_the_text_as_written(nlp):
    text = "Orvex Foods shares\n\nDuring the session, the Orvex Foods stock jumped 14.2 per cent to ?41.20."
    fact = figures(nlp, text)["41.20"]
    assert text[fact.evidence.start:fact.evidence.end] == "41.20"
    assert "?41.20" in fact.evidence.sentence


TOOK = [
    # --- what "he" or "she" took is no film's takings, even in an article about films ------------------------
    pytest.param("Star fee\n\nThe actor's new film opens on Friday. He took ₹35 crore for the role, a source said.",
                 "35 crore", id="took-he"),
    pytest.param("Film producer cheated\n\nThe producer of two films told police that a man posing as a minister's "
                 "aide had cheated her. She said he took ₹60,000 from her.", "60,000", id="took-he_from"),
]


@pytest.mark.parametrize("text, number", TOOK)
def test_what_a_person_took_is_no_box_office(nlp, text, number):
    assert _read(nlp, text, number)[1] != "box_office"
    assert _read(nlp, text.replace("₹", "?"), number)[1] != "box_office"


TOLD_TO_PAY = [
    # --- a headline's "Firm told X to pay": the one told pays, however the sign is written -------------------
    pytest.param("Startup told trainees to pay ₹3 lakh for leaving early\n\nA Brimley startup has asked trainees "
                 "who quit to pay.", "3 lakh", "trainees", id="headline_told-trainees"),
    pytest.param("School told parents to pay Rs 40,000 for new uniforms\n\nParents in Halden have complained.",
                 "40,000", "parents", id="headline_told-rs"),
]


@pytest.mark.parametrize("text, number, payer", TOLD_TO_PAY)
def test_a_headlines_one_told_to_pay_owns_the_sum(nlp, text, number, payer):
    found = [f for t, f in figures(nlp, text).items() if t.endswith(number)]
    assert [f.subject.name if f.subject else None for f in found] == [payer]


RANGES = [
    # --- "?500 to ?800" is one range, as "₹500 to ₹800" is (the recogniser read only "?80-?120" so) ---------
    pytest.param("Halden fair\n\nA day pass costs ₹500 to ₹800, the organisers said.", ["500 to ₹800"],
                 id="range-to"),
    # --- ... not the old value and the new one ------------------------------------------------------------
    pytest.param("Parking\n\nThe fine for parking on the pavement was raised from ₹150 to ₹300 last year.",
                 ["150", "300"], id="range-change_from"),
    pytest.param("Pay\n\nThe lowest wage of a Brimley clerk rose 4,500%, from ₹40 to ₹1,840, in sixty years.",
                 ["40", "1,840"], id="range-change_after_percent"),
    # --- ... nor "to" the ones a sum goes to, a falling number after it ---------------------------------------
    pytest.param("Solar\n\nThe state will give grants of ₹12,000 and ₹25,000 to 4,000 households to put up panels.",
                 ["12,000", "25,000"], id="range-falling_to"),
]


@pytest.mark.parametrize("text, expected", RANGES)
def test_a_lost_signs_range_is_the_written_ones(nlp, text, expected):
    written = [t.lstrip("₹") for t in figures(nlp, text) if not t.endswith("%")]
    lost = [t.replace("?", "₹") for t in figures(nlp, text.replace("₹", "?")) if not t.endswith("%")]
    assert written == lost == expected


def test_a_figure_is_read_in_its_own_sentence_when_a_spaced_sign_ended_the_one_before(nlp):
    # "? 300 cr": the splitter ends a sentence at a spaced "?"; the figure's evidence is still its own sentence
    text = "Kestrel\n\nThe film did well. Crosses ? 300 cr. A record for the studio."
    fact = figures(nlp, text)["300 cr"]
    evidence = fact.evidence
    assert evidence.sentence_start <= evidence.start and evidence.end <= evidence.sentence_start + len(evidence.sentence)
