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
    pytest.param("Bridges\n\nHalden Survey checks roads. On average 28% of the old bridges found by its inspectors in the "
                 "county were unsafe.", "28%", "bridges", id="share_whole-irregular_participle"),
    pytest.param("Lamps\n\nOrvex Lighting published a report. As many as 60 per cent of the street lamps put up last year "
                 "have failed.", "60 per cent", "street lamps", id="share_whole-put_up"),
    # --- "29% of the people it questioned said": a pronoun opens a relative clause with no "that" ------------
    pytest.param("Poll\n\nAccording to Halden Polls, 31% of the voters it contacted said they planned to switch.",
                 "31%", "voters", id="share_whole-pronoun_relative"),
    # --- "50% of all muggings and bag thefts involve": the first of two joined plural wholes ----------------------
    pytest.param("Locks\n\nPolice figures show 40% of all burglaries and car thefts involve unlocked doors.",
                 "40%", "burglaries", id="share_whole-joined_plurals"),
    # --- "Such people would have to pay": the clause's subject after "such" ------------------------------------
    pytest.param("Meters\n\nOrvex Water will fit meters in poor homes for free. Such people would have to pay Rs 150 "
                 "for a second meter, the minister said.", "Rs 150", "people", id="clause_subject-such"),
    # --- "Some 1,000 fans of the band will have to pay": a rough count, then an "of" phrase qualifying them -------
    pytest.param("Clubs\n\nKestrel Chess opened a hall. Some 300 fans of the visiting side will have to pay £12 for a "
                 "seat.", "£12", "fans", id="clause_subject-count_and_of_phrase"),
    # --- "Residents living along streets will have to pay": a participle phrase qualifying them ------------------
    pytest.param("Stalls\n\nThe Orvex council has a plan. Pune shopkeepers trading along the canal road will have to "
                 "pay Rs 250 a week.", "Rs 250", "pune shopkeepers", id="clause_subject-participle_phrase"),
    # --- "the centre was supposed to release over ?2,000 crore": a lost or shortened rupee sign is no clause mark --
    pytest.param("Dams\n\nKestrel Audit published a report on the dam scheme. It found that the centre had pledged to "
                 "give ?3,000 crore for the dams but paid less.", "3,000 crore", "centre",
                 id="government_subject-lost_rupee_sign"),
    pytest.param("Roads\n\nKestrel Audit published a report on the road scheme. It said that the state government has "
                 "only released R. 450 crore so far.", "450 crore", "state government",
                 id="government_subject-shortened_rupee_sign"),
    pytest.param("Weddings\n\nUnder the Brimley Marriage Bill, if a household spends more than ?8 lakh on a wedding, it "
                 "must pay into a fund for poor brides.", "8 lakh", "household", id="indefinite_subject-lost_rupee_sign"),
    # --- "?1,339 crore released by the state government": the agent of a passive participle after the figure ----
    pytest.param("Aid\n\nThe minister spoke about the floods. The £25m granted by the government last spring has "
                 "mostly gone unspent, he said.", "£25m", "government", id="passive_agent-government"),
    pytest.param("Theft\n\nNearly ?2 lakh in cash was stolen by two masked thieves from a petrol pump in Halden.",
                 "2 lakh", "two masked thieves", id="passive_agent-plural"),
    pytest.param("Meals\n\nBarely Rs 300 crore of the Rs 1,500 crore sanctioned by the state government for school "
                 "meals was spent.", "Rs 1,500 crore", "state government", id="passive_agent-phrase_end"),
    pytest.param("Stars\n\nWork on a new 3m euro telescope funded by the European Commission will start next year.",
                 "3m euro", "European Commission", id="passive_agent-name"),
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
