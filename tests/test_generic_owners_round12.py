"""Owners, round 12: common-noun owners, and no owner, read from the grammar of the figure's own clause (the
part a share of a whole is handed to, ...).
Each test is on text written for it; the id names the rule."""

from __future__ import annotations

import pytest

from tests.helpers import figures, owner


OWNED = [
    # --- "17% of all permits go to small firms": the part the verb hands a share to owns it --------------------
    pytest.param("Visas\n\nThe Orvex minister said only 14 per cent of all Brimley work permits go to Kestrel "
                 "engineering firms each year.", "14 per cent", "kestrel engineering firms",
                 id="share_part-go_to"),
    pytest.param("Boards\n\nA study by Halden Analytics found that 21% of the seats on listed boards in Brimley are "
                 "held by women.", "21%", "women", id="share_part-held_by"),
    pytest.param("Roads\n\nThe Orvex transport report says 64% of the fatal crashes take place on rural highways, not "
                 "in cities.", "64%", "rural highways", id="share_part-take_place"),
    # --- "20% of over 8,800 participants said": a roughly counted group is still the group the share is of ----
    pytest.param("Prices\n\nIn a poll run by the Kestrel Forum, about 30 per cent of over 4,200 parents said Orvex "
                 "Schools had raised fees.", "30 per cent", "parents", id="count_lead-over"),
    pytest.param("Roads\n\nAccording to the Brimley Transport Board, only 45% of nearly 9,000 bus stops in Halden have "
                 "shelters.", "45%", "bus stops", id="count_lead-nearly"),
    # --- "if a punter had staked Rs 500 on Orvex", "An investor who had put in Rs 5,000": no one in particular ----
    pytest.param("Betting\n\nKestrel Rovers were the favourites against Orvex United. This means that if a punter "
                 "had staked Rs 500 on Orvex United, he would have got Rs 1,900 back.", "Rs 500", "punter",
                 id="indefinite_subject-condition"),
    pytest.param("Shares\n\nAn investor who had put Rs 5,000 into the Orvex Textiles issue in 1985 would hold stock "
                 "worth crores today.", "Rs 5,000", "investor", id="indefinite_subject-relative"),
    pytest.param("Weddings\n\nUnder the Brimley Marriage Bill, if a household spends more than Rs 8 lakh on a wedding, "
                 "it must give 5 per cent of the sum to a fund for poor brides.", "5 per cent", "household",
                 id="indefinite_subject-pronoun_after_condition"),
    pytest.param("Flights\n\nThe Orvex Aviation minister Ravi Dhar said on Monday that if an unruly flyer delays a plane, "
                 "he will pay a fine of Rs 3 lakh.", "Rs 3 lakh", "unruly flyer",
                 id="indefinite_subject-he_after_condition"),
    # --- "the number of trucks entering the capital declined by 20%": a participle's phrase qualifies the subject ---
    pytest.param("Tolls\n\nThe Orvex Corporation began charging a green tax in March. Since then, the number of lorries "
                 "entering the city has fallen by 18%.", "18%", "lorries", id="participle_tail-number_of"),
    pytest.param("Tourism\n\nBrimley had a poor season. The number of foreign visitors touring the state dropped by "
                 "12% in 2016.", "12%", "foreign visitors", id="participle_tail-foreign"),
    # --- "42 out of 58 embryos, or 72%": a share that restates a count "out of" a group is the group's -----------
    pytest.param("Trials\n\nThe Kestrel Institute reported in the Orvex Journal that 30 out of 48 patients, or 62%, "
                 "recovered within a week.", "62%", "patients", id="out_of-or"),
    # --- "Railways ordered to pay Rs 8,000 over lost bag": the one told to pay, in the passive --------------------
    pytest.param("Piracy\n\nAfter a complaint by the Orvex Music Society, Tom Hale was ordered to pay 80,000 kroner "
                 "in damages within a month.", "80,000 kroner", "Tom Hale", id="passive_payer-name"),
    pytest.param("Railways ordered to pay Rs 8,000 over lost bag\n\nA consumer forum in Brimley ruled on a complaint "
                 "by a family.", "Rs 8,000", "railways", id="passive_payer-headline"),
]


@pytest.mark.parametrize("text, figure, expected", OWNED)
def test_the_owner_is_read_from_the_figures_clause(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


UNCHANGED = [
    # a time after the verb names no part: the whole keeps its share
    pytest.param("Refunds\n\nThe Kestrel board said 30% of the claims go to next year because of the backlog.",
                 "30%", "claims", id="share_part-not_a_time"),
]


NOT_OWNER_GROUP = [
    # a roughly counted group that is an object ("which own 80% of the nearly 4,000 pumps") is no owner
    pytest.param("Fuel\n\nThe two state-run fuel retailers, which own more than 80 per cent of the nearly 4,000 pumps "
                 "in Brimley, will revise prices daily.", "80 per cent", "pumps", id="count_lead-object"),
]


@pytest.mark.parametrize("text, figure, expected", UNCHANGED)
def test_a_rule_leaves_what_it_does_not_name(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


NOT_OWNER = NOT_OWNER_GROUP + [
    # --- "Indian IT industry body", "IT department sealed": a capital "IT" in running text is no pronoun ------
    pytest.param("Software\n\nFormer Orvex chief Tom Hale said exports would slow. Last month, Indian IT industry "
                 "body KESTA projected software export growth at 6 per cent, down from 7.5 per cent a year earlier.",
                 "7.5 per cent", "Former Orvex", id="acronym_pronoun-industry"),
    pytest.param("Raids\n\nThe account belonged to Orvex Traders Private Limited. After the suspicious deposit, IT "
                 "department sealed the account and seized cash worth Rs 2 crore, an official said.", "Rs 2 crore",
                 "Orvex Traders Private Limited", id="acronym_pronoun-department"),
]


@pytest.mark.parametrize("text, figure, unexpected", NOT_OWNER)
def test_a_word_the_grammar_rules_out_does_not_own(nlp, text, figure, unexpected):
    assert owner(nlp, text, figure) != unexpected


FACE_VALUES = [
    # --- "Rs 500 and Rs 1,000 currency", "Rs 500/1000 currency notes": a note's face value, no one's sum ---
    pytest.param("Notes\n\nThe Brimley minister said Rs 500 and Rs 1,000 currency would stop being legal tender at "
                 "midnight.", "Rs 1,000", id="face_value-currency"),
    pytest.param("Banks\n\nThe Kestrel Bank cut its overdraft limits after the withdrawal of old Rs 500/1000 currency "
                 "notes in November.", "Rs 500", id="face_value-slash"),
    pytest.param("Cash\n\nHALDEN TO PRINT MORE Rs 200 NOTESAmid reports of a cash crunch, the Orvex Bank said it would "
                 "print more.", "Rs 200", id="face_value-glued_headline"),
]


@pytest.mark.parametrize("text, figure", FACE_VALUES)
def test_a_face_value_is_a_denomination_with_no_owner(nlp, text, figure):
    fact = figures(nlp, text)[figure]
    assert (fact.predicate, fact.subject) == ("denomination", None)
