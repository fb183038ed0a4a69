"""Owners, round 13: figures that fell to the text's topic although their own clause names the owner, a
noun phrase the rules read only up to a word they did not expect (an irregular participle, a pronoun
opening a relative clause, "and", a qualifying "of" or participle phrase, "such" or a rough count, a lost
rupee sign), or the agent of a passive participle after the figure ("Rs 900 crore released by the state").
Each test is on text written for it; the id names the rule."""

from __future__ import annotations

import pytest

from tests.helpers import owner


OWNED = [
    # --- "30% of the networks found by", "75% of the signs put up": a participle with no "-ed" ends the whole --
    pytest.param("Security\n\nHalden Secure sells scanners. On average 33% of the wireless networks found by its staff "
                 "in the survey were open.", "33%", "wireless networks", id="share_whole-irregular_participle"),
    pytest.param("Signs\n\nOrvex Roads published a report. As many as 75 per cent of the road signs put up in the "
                 "city are unreadable.", "75 per cent", "road signs", id="share_whole-put_up"),
    # --- "29% of the people it questioned said": a pronoun opens a relative clause with no "that" ------------
    pytest.param("Survey\n\nAccording to Halden Polls, 31% of the people it asked said they were worried.",
                 "31%", "people", id="share_whole-pronoun_relative"),
    # --- "50% of all muggings and bag thefts involve": the first of two joined plural wholes ----------------------
    pytest.param("Phones\n\nAccording to police data 50% of all muggings and bag thefts involve phones.",
                 "50%", "muggings", id="share_whole-joined_plurals"),
    # --- "Such people would have to pay": the clause's subject after "such" ------------------------------------
    pytest.param("Power\n\nOrvex Power will connect homes for free. Such people would have to pay between Rs 90 and "
                 "Rs 130 for a connection, he said.", "Rs 90 and Rs 130", "people", id="clause_subject-such"),
    # --- "Some 1,000 fans of the band will have to pay": a rough count, then an "of" phrase qualifying them -------
    pytest.param("Gig\n\nKestrel Rovers announced a tour. Some 2,000 fans of the touring band will have to pay five "
                 "pounds for a ticket.", "five pounds", "fans", id="clause_subject-count_and_of_phrase"),
    # --- "Residents living along streets will have to pay": a participle phrase qualifying them ------------------
    pytest.param("Tolls\n\nThe Orvex council has a plan. Mumbai residents living near the new tram line will have to "
                 "pay Rs 80 a month.", "Rs 80", "mumbai residents", id="clause_subject-participle_phrase"),
    # --- "the centre was supposed to release over ?2,000 crore": a lost or shortened rupee sign is no clause mark --
    pytest.param("Audit\n\nKestrel Audit published a report on the river scheme. The centre was supposed to release "
                 "over ?3,000 crore for the scheme but gave far less.", "3,000 crore", "centre",
                 id="government_subject-lost_rupee_sign"),
    pytest.param("Roads\n\nKestrel Audit published a report on the road scheme. It said that the state government has "
                 "only released R. 450 crore so far.", "450 crore", "state government",
                 id="government_subject-shortened_rupee_sign"),
    pytest.param("Weddings\n\nUnder the Brimley Marriage Bill, if a household spends more than ?8 lakh on a wedding, it "
                 "must pay into a fund for poor brides.", "8 lakh", "household", id="indefinite_subject-lost_rupee_sign"),
    # --- "?1,339 crore released by the state government": the agent of a passive participle after the figure ----
    pytest.param("Aid\n\nThe minister spoke about the floods. He said that of the £40m given by the government so far "
                 "only a part had been spent.", "£40m", "government", id="passive_agent-government"),
    pytest.param("Theft\n\nAround ?3 lakh cash was looted by robbers from a jeweller's van in Halden on Monday.",
                 "3 lakh", "robbers", id="passive_agent-plural"),
    pytest.param("Food\n\nOnly 21% or Rs250.5crore of Rs1,200crore released by the state government to buy food for "
                 "schools was used, a study found.", "Rs1,200crore", "state government", id="passive_agent-phrase_end"),
    pytest.param("Films\n\nEditing your own version of a film is the aim of a new 4m euro project funded by the "
                 "European Union.", "4m euro", "European Union", id="passive_agent-name"),
]


@pytest.mark.parametrize("text, figure, expected", OWNED)
def test_the_clauses_noun_phrase_owns_the_figure(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


NOT_OWNER = [
    # "48% of firms calling it a threat": an -ing word before a pronoun is no whole's end
    pytest.param("Costs\n\nOrvex Partners surveyed firms. Worry about rivals has eased, with just 48% of firms calling "
                 "it a serious threat.", "48%", "firms calling", id="share_whole-not_after_ing"),
]


@pytest.mark.parametrize("text, figure, unexpected", NOT_OWNER)
def test_a_word_the_grammar_rules_out_does_not_own(nlp, text, figure, unexpected):
    assert owner(nlp, text, figure) != unexpected
