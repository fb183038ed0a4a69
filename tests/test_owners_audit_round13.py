"""Owners, round 13: causes found by an owner audit of text no label covers, each counted across the
corpus before it was given a rule. A name set off by an aside before its verb of saying ("Tom Hale,
Kestrel Air's chief executive, said") is a source, as "Tom Hale said" is, and so is a name inside the
aside. A verb of keeping, needing, investing, collecting or earning ("the lorry driver kept Rs 6") has a
subject that owns the figure, as "rose" and "paid" do. The second table holds the guards: shapes near a rule that must keep their owner.
Every sentence is written for its test."""

from __future__ import annotations

import pytest

from tests.helpers import owner


OWNED = [
    # --- "X, <aside>, said": the aside hides the verb of saying, so X was read as the clause's subject -------
    pytest.param("Fuel\n\nTom Hale, Kestrel Air's chief executive, said fuel costs rose by £90m in the quarter.",
                 "£90m", "Kestrel Air", id="source_aside-title_possessor"),
    pytest.param("Games\n\nAnn Dorn, head of research at Orvex Play, said racing games drew 70% of young men, while "
                 "card games were played by 60% of women.", "60%", "women", id="source_aside-share_of"),
    pytest.param("Gas\n\nBrimley President Ravi Dhar, who signed the deal, said the Brimley side agreed to cut the "
                 "price by $3 per tonne.", "$3", "Brimley", id="source_aside-relative_clause"),
    # --- "the tanker owner kept Rs 4": verbs of keeping, needing, investing are verbs whose subject owns --------
    pytest.param("Theft\n\nPolice in Halden said the scheme ran for a year. The lorry driver kept Rs 6 for himself "
                 "and gave the rest to the guards.", "Rs 6", "lorry driver", id="verb_subject-kept"),
    pytest.param("Banks\n\nOver the next four years, the banks need more than Rs 2 trillion to meet the Orvex capital "
                 "rules.", "Rs 2 trillion", "banks", id="verb_subject-need"),
]


@pytest.mark.parametrize("text, figure, expected", OWNED)
def test_the_audited_cause_gives_the_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


UNCHANGED = [
    # a person the aside sets off still owns what nothing else in the sentence can
    pytest.param("Deal\n\nRavi Dhar, a native of Halden, said the contract was worth $3m.", "$3m", "Ravi Dhar",
                 id="source_aside-person_fallback"),
    # a prediction is no saying: the name before the aside and "is expected" is the subject that earns
    pytest.param("Films\n\nOrvex Films, maker of Kestrel Quest, is expected to earn $2bn in sales this year.",
                 "$2bn", "Orvex Films", id="source_aside-expected_is_no_saying"),
    # a comma list of names before "said" is no aside
    pytest.param("Banks\n\nOrvex Bank, Kestrel Bank and Halden Bank said they would each pay $5m into the fund.",
                 "$5m", "Orvex Bank", id="source_aside-list_is_no_aside"),
]


@pytest.mark.parametrize("text, figure, expected", UNCHANGED)
def test_a_shape_near_the_cause_keeps_its_owner(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
