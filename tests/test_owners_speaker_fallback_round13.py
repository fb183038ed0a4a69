"""Owners, round 13: the speakers' fallback. When nothing in a figure's sentence owns it, the one who
reports it did; a reported clause that opens with its own subject, a plain noun phrase doing
something with the figure, gives the figure to that subject instead (``reported_subject``).
Each test is on text written for it; the id names the rule."""

from __future__ import annotations

import pytest

from tests.helpers import owner


REPORTED_SUBJECT = [
    # --- "X says each meter change will cost £90": the reported clause's subject, not its speaker ---------------
    pytest.param("Parking\n\nThe Kestrel Parking Board says each ticket machine upgrade will cost £95 for the basic "
                 "software.", "£95", "ticket machine upgrade", id="reported_subject-modal"),
    pytest.param("Art\n\nOrvex Auctions expected the painting to fetch between $3 million and $5 million.",
                 "$3 million and $5 million", "painting", id="reported_subject-to_verb"),
    pytest.param("Roads\n\nCouncillor Ravi Dhar estimated the repair of the old bridges to cost Rs 60 lakh this "
                 "year.", "Rs 60 lakh", "repair of the old bridges", id="reported_subject-of_phrase"),
    pytest.param("Wages\n\nFor every pound paid to men, Tom Hale said, older women earn 70 pence, and 12% "
                 "less than younger women.", "12%", "older women", id="reported_subject-said_aside"),
    # a "?" right before the figure is a lost currency sign, no end of the clause
    pytest.param("Parking\n\nThe Kestrel Parking Board says each ticket machine upgrade will cost ?2,000 for the basic "
                 "software.", "2,000", "ticket machine upgrade", id="reported_subject-lost_currency_sign"),
    # "According to X, ...": the clause after the source's phrase
    pytest.param("Police\n\nAccording to the Kestrel Code, district police must set aside Rs 5 lakh a year for "
                 "training.", "Rs 5 lakh", "district police", id="reported_subject-according_to"),
    # a modal's verb need not be listed; an adverb's phrase may open the clause
    pytest.param("Schools\n\nThe Kestrel Trust signed the lease in May. It says the academy shall undertake to set "
                 "aside Rs 5 lakh a year.", "Rs 5 lakh", "academy", id="reported_subject-any_verb_after_modal"),
    pytest.param("Banks\n\nTom Hale alleged that even now, village bank branches are giving only Rs 2,000 when a "
                 "farmer asks for more.", "Rs 2,000", "village bank branches", id="reported_subject-adverb_opener"),
    # a singular head that owns as a clause's subject does ("the government", "state police")
    pytest.param("Housing\n\nSpeaking at the Orvex summit, Tom Hale said the government has extended the 80 per cent "
                 "tax rebate for small homes by a year.", "80 per cent", "government",
                 id="reported_subject-owning_head"),
]


@pytest.mark.parametrize("text, figure, expected", REPORTED_SUBJECT)
def test_the_reported_clause_subject_owns_over_its_speaker(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


SPEAKER_KEEPS = [
    # --- a firm reporting its own results: a measure word opens the clause, and owns nothing ------------------
    pytest.param("Results\n\nOrvex Motors said quarterly sales rose 4% to $2bn.", "4%", "Orvex Motors",
                 id="speaker-measure_subject"),
    # --- "the idea was to ...": what the speaker plans, no subject that owns the figure --------------------------
    pytest.param("Web\n\nKestrel Mail said the idea was to run at 90% capacity.", "90%", "Kestrel Mail",
                 id="speaker-not_head"),
    # --- a verb of saying or a subordinator is no word of the subject's phrase ----------------------------------
    pytest.param("Cash\n\nThe Orvex Bank noted that when people could withdraw Rs 24,000 a week, teachers should get "
                 "their pay.", "Rs 24,000", "Orvex Bank", id="speaker-subordinator"),
    pytest.param("Mining\n\nThe Orvex Bank said the industry expects to see investment worth $10bn over three years.",
                 "$10bn", "Orvex Bank", id="speaker-saying_verb"),
]


@pytest.mark.parametrize("text, figure, expected", SPEAKER_KEEPS)
def test_the_speaker_keeps_what_its_clause_gives_no_subject(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
