"""Owners, round 13: what a figure's own clause says against what the text said before it (the one who
reports it, a name of another clause, the previous figure's owner, the topic, the name a pronoun reaches).
Each test is on text written for it; the id names the rule."""

from __future__ import annotations

import pytest

from tests.helpers import owner


GOVERNMENT = [
    # --- "the government" that is the subject of the figure's clause owns it, over a name outside the clause ----
    pytest.param("Fair\n\nThe Halden fair drew large crowds this year. Ravi Menon's appeal says that the government has "
                 "spent Rs 40 crore on the fair.", "Rs 40 crore", "government", id="government_subject-reported"),
    pytest.param("Trains\n\nTom Vale spoke to reporters on Monday. His remarks came after the government announced it "
                 "would spend £300m on new trains.", "£300m", "government", id="government_subject-other_clause"),
    pytest.param("Cinema\n\nThe actors Mira Sen and Dev Rao thanked the audience. For tickets above Rs 200, the state "
                 "government has been offering a rebate of 8 per cent.", "8 per cent", "state government",
                 id="government_subject-over_topic"),
    pytest.param("Audit\n\nThe Orvex Audit Office criticised the spending. Both the central and state government had "
                 "incurred an expenditure of Rs 900 crore on the scheme.", "Rs 900 crore", "state government",
                 id="government_subject-coordinated"),
    pytest.param("Stake\n\nKestrel Housing is a state-run lender. The government holds 100 per cent stake in the "
                 "company.", "100 per cent", "government", id="government_subject-opens_sentence"),
    # --- a bare "the government" is the government the text named just before --------------------------------
    pytest.param("Dam\n\nThe Brimley government has released Rs 60 crore for the dam. Kiran Das's petition claims "
                 "that the government has spent Rs 12 crore on publicity.", "Rs 12 crore", "Brimley government",
                 id="government_named_before"),
    pytest.param("Cover\n\nThe Brimley government has proposed insurance for legislators. The government will have "
                 "to set aside Rs 4 crore a year for the premiums.", "Rs 4 crore", "Brimley government",
                 id="government_named_before-opens_sentence"),
    # --- "it" or "its" after a government the sentence names, with no name between, is that government -------
    pytest.param("Mining\n\nOrvex Steel won a mining contract last year. The government announced its new mining "
                 "policy and allocated Rs 30 crore in its budget for training.", "Rs 30 crore", "government",
                 id="government_antecedent-its"),
    pytest.param("Pension\n\nThe Halden High Court heard the case of a retired clerk. A bench directed the government "
                 "to pay him within 30 days, failing which it would owe interest at 9% a year.", "9%", "government",
                 id="government_antecedent-it_subject"),
    pytest.param("Cinema\n\nThe actors Mira Sen and Dev Rao thanked the audience. The state government offers a rebate "
                 "of 5 per cent on its share of 10 per cent of the ticket tax.", "10 per cent", "state government",
                 id="government_antecedent-its_share"),
]


@pytest.mark.parametrize("text, figure, expected", GOVERNMENT)
def test_a_government_of_the_figures_clause_owns_it(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected


UNCHANGED = [
    # what the choice reads in the clause itself stays: the one paid, the place of "the Brimley government"
    pytest.param("Relief\n\nAfter the floods, the government paid the farmers Rs 5,000 each as compensation.",
                 "Rs 5,000", "farmers", id="government_subject-recipient_stays"),
    pytest.param("Roads\n\nThe Brimley government has sanctioned Rs 20 crore for village roads.", "Rs 20 crore",
                 "Brimley", id="government_subject-named_stays"),
    # only listed words describe a government: "dismissed claims government" is no government's name
    # "support it": an object "it" is what the speaker does something to, not the government's
    pytest.param("Fuel\n\nThe Kestrel Party met its members on Monday. If the government cuts fuel taxes, we will "
                 "support it 100 per cent.", "100 per cent", "Kestrel Party", id="government_antecedent-object_it"),
    pytest.param("Degrees\n\nTom Vale also dismissed claims government plans to get 50% of pupils into "
                 "college would lower standards.", "50%", "Tom Vale", id="government_subject-describing_words"),
]


@pytest.mark.parametrize("text, figure, expected", UNCHANGED)
def test_an_owner_of_the_government_clause_itself_stays(nlp, text, figure, expected):
    assert owner(nlp, text, figure) == expected
