"""What a figure measures, round 6: money paid to settle charges, an investigation or violations a
regulator brings is a penalty, a fine, while money paid to settle a lawsuit or claims stays
compensation; money someone is alleged to have given or handed over to a named person is a bribe,
a fraud; a percentage of a whole that a condition turns on ("if 70% of ...", "needs at least 30% of
...") is a threshold; money a fare or a fee is capped at is a cap; an audience, traffic or
subscriber share is a market share; a percentage of a debt is a share of it, not the debt's size;
a percentage for a caste or a community a reservation is made for is its quota; money levied as a
service charge is a fee."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize("text, figure", [
    ("Banks\n\nThree units of Harbourline Bank agreed to pay $320m (£170m) to settle an investigation into "
     "improper trading.", "$320m"),
    ("Telecoms\n\nVeltro paid the Securities and Exchange Commission $90m last year to settle charges that it "
     "overstated its sales.", "$90m"),
    ("Chemicals\n\nThe seed maker is also paying $400,000 to the regulator to settle the bribery charge and "
     "related violations.", "$400,000"),
    ("Media\n\nThe broadcaster agreed to pay $2m to settle allegations that it aired indecent shows.", "$2m"),
])
def test_money_paid_to_settle_charges_is_a_fine(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "fine"



@pytest.mark.parametrize("text, figure", [
    ("Politics\n\nThe former aide alleged he saw the transport minister giving Rs 3 crore to Mehra.", "Rs 3 crore"),
    ("Politics\n\nThe MLA on Monday alleged that he had seen Minister Rao Patil handing over Rs 50 lakh in cash to "
     "CM Devraj Nandan at his office.", "Rs 50 lakh"),
])
def test_money_alleged_to_be_handed_to_a_person_is_a_fraud(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "fraud"


@pytest.mark.parametrize("text, figure", [
    ("Law\n\nUnder the draft law, a mayor can be removed if 70% of the councillors say they are unhappy with him.", "70%"),
    ("Security\n\nEach district force needs to have at least 30 per cent of the reserve strength on duty.",
     "30 per cent"),
    ("Unions\n\nThe strike goes ahead only if more than 60% of members back it.", "60%"),
])
def test_a_share_a_condition_turns_on_is_a_threshold(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "threshold"


@pytest.mark.parametrize("text, figure", [
    ("Flights\n\nUnder the new scheme, fares on half the seats will be capped at Rs 1,800 for a short flight.",
     "Rs 1,800"),
    ("Flights\n\nHillair, which will fly the new route, has capped the fare at Rs 2,150.", "Rs 2,150"),
])
def test_money_a_fare_is_capped_at_is_a_cap(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "cap"


@pytest.mark.parametrize("text, figure", [
    ("Telecoms\n\nNovatel now has a 61% data traffic share in the country, a new report says.", "61%"),
    ("Television\n\nThe channel's audience share stood at 7.4% in March.", "7.4%"),
    ("Telecoms\n\nThe operator has 23 per cent subscriber share in the eastern circle.", "23 per cent"),
])
def test_an_audience_or_traffic_share_is_a_market_share(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "market_share"


@pytest.mark.parametrize("text, figure", [
    ("Debt\n\nDonor nations agreed to write off up to 90% of the debts of the poorest island states.", "90%"),
    ("Banks\n\nThe nine accounts make up 31 per cent of total bad loans of state banks.", "31 per cent"),
    ("Bonds\n\nBy Monday, creditors owed $30bn - or 65% of the total debt - had accepted the swap.", "65%"),
])
def test_a_percentage_of_a_debt_is_a_share(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "share"



@pytest.mark.parametrize("text, figure", [
    ("Jobs\n\nReservation in state jobs stood at 48 per cent. That included 20 per cent for OBCs and 15 per cent "
     "for Scheduled Castes.", "20 per cent"),
    ("Jobs\n\nReservation in state jobs stood at 48 per cent. That included 20 per cent for OBCs and 15 per cent "
     "for Scheduled Castes.", "15 per cent"),
])
def test_a_percentage_for_a_caste_is_a_quota(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "quota"


@pytest.mark.parametrize("text, figure", [
    ("Rail\n\nThe ticketing arm would levy Rs 150 per ticket as service charge.", "Rs 150"),
    ("Banks\n\nThe lender will levy Rs 25 per transaction as convenience fee from April.", "Rs 25"),
])
def test_money_levied_as_a_service_charge_is_a_fee(nlp, text, figure):
    assert figures(nlp, text)[figure].predicate == "fee"
