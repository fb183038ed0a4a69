"""Who a figure belongs to in business and politics reports of the BBC kind (issue 9): one test per
failure pattern seen on the BBC articles, each on a sentence written for it."""

from __future__ import annotations

import pytest

from tests.helpers import figures


# --- a currency that opens its clause owns the rate it trades at ------------------------------

@pytest.mark.parametrize("text, figure, currency", [
    ("Markets\n\nThe dollar was trading at $1.2731 against the euro in late New York trade.", "$1.2731", "dollar"),
    ("Markets\n\nEarly on Monday, the dollar had edged higher to 1.2950 euros.", "1.2950 euros", "dollar"),
    ("Markets\n\nThe pound firmed, while the dollar had slipped by 0.8% against the yen to trade at 103.40 yen.",
     "103.40 yen", "dollar"),
    ("Markets\n\nExporters have learned to live with a euro that buys $1.31 or more.", "$1.31", "euro"),
    ("Markets\n\nAgainst the yen the dollar was trading down at 102.90 yen.", "102.90 yen", "dollar"),
])
def test_a_currency_that_opens_its_clause_owns_its_rate(nlp, text, figure, currency):
    fact = figures(nlp, text)[figure]
    assert fact.predicate == "exchange_rate" and fact.subject.name == currency


def test_a_currency_rate_keeps_its_currency_after_a_longer_currency_name(nlp):
    text = ("Markets\n\nSeveral central banks plan to hold more of the Canadian dollar. "
            "The dollar was trading at $1.2731 against the euro on Friday.")
    assert figures(nlp, text)["$1.2731"].subject.name == "dollar"


def test_a_currency_subject_does_not_own_a_scaled_sum_or_another_clause(nlp):
    facts = figures(nlp, "Oil\n\nThe weak dollar helped push oil prices to $52 a barrel.")
    assert facts["$52"].predicate != "exchange_rate"
    facts = figures(nlp, "Results\n\nThe dollar fell to a record low and Orvex said sales reached $3.2bn.")
    assert facts["$3.2bn"].predicate != "exchange_rate" and facts["$3.2bn"].subject.name != "dollar"


# --- a role's words: "World Cup winner X" is a person, "Tesco boss" no antecedent of "he" ---------

def test_a_winner_before_a_name_makes_a_person_he_stands_for(nlp):
    text = ("Transfers\n\nFA Cup winner Halvorsen spent six seasons at the club. "
            "He was signed for £3.1m from Ajax in 1999.")
    fact = figures(nlp, text)["£3.1m"]
    assert fact.subject.name == "Halvorsen" and fact.subject.label == "PERSON"


def test_a_name_before_a_role_word_is_no_antecedent_of_his(nlp):
    text = ("Bosses\n\nIn his new job as Corvane chief executive, Mr Lindqvist will give 60% of his time to Corvane.")
    assert figures(nlp, text)["60%"].subject.name == "Lindqvist"


def test_a_name_before_a_verb_and_a_role_object_stays_an_antecedent(nlp):
    text = "Court\n\nAn angry Okonjo rebuked the lawyer over the delay. He later said he had been paid £500 for the hearing."
    assert figures(nlp, text)["£500"].subject.name == "Okonjo"


# --- a country written as an adjective is no antecedent of "it" --------------------------------

def test_it_skips_a_country_that_only_qualifies_a_noun(nlp):
    text = ("Bank fined\n\nLast month in a US court, Halden Bank admitted failing to report the payments. "
            "On that occasion, it was ordered to pay a fine of $9m.")
    assert figures(nlp, text)["$9m"].subject.name == "Halden Bank"


def test_the_country_may_still_stand_for_a_nationality_adjective(nlp):
    text = ("Reserves\n\nA South Korean parliamentary report suggested the country, which has about $190bn in "
            "foreign reserves, would buy more euros.")
    assert figures(nlp, text)["$190bn"].subject.name == "South Korea"


# --- a share that leaves its group out takes the group of the share before it -----------------

@pytest.mark.parametrize("text, figure, group", [
    ("Search\n\nAccording to Orvex Research 41% of searchers use one engine, 46% use two and a small number, 9%, "
     "use more than three.", "46%", "searchers"),
    ("Search\n\nAccording to Orvex Research 41% of searchers use one engine, 46% use two and a small number, 9%, "
     "use more than three.", "9%", "searchers"),
    ("Poll\n\nAnd 5% of those questioned thought the Greens were in power, while 3% of them believed the Liberals were.",
     "3%", "those questioned"),
    ("TV\n\nA survey by Halden found that 64% of people interviewed had heard of DTV, and 21% were planning to buy "
     "a receiver.", "21%", "people"),
    ("Poll\n\nThe poll suggests that 41% of voters would reject the treaty and 27% in favour.", "27%", "voters"),
])
def test_a_share_that_leaves_its_group_out_is_the_earlier_groups(nlp, text, figure, group):
    assert figures(nlp, text)[figure].subject.name == group


def test_a_share_after_an_object_share_does_not_take_its_noun(nlp):
    text = "Steel\n\nChina accounts for 48% of global production, and 9% comes from Japan."
    assert figures(nlp, text)["9%"].subject.name != "global production"


# --- shipments are of what is shipped, as prices are of what is priced ------------------------

@pytest.mark.parametrize("text, figure, owner", [
    ("Gadgets\n\nA report by analysts Orvex/TMR has predicted that tablet shipments will grow by 35% next year.",
     "35%", "tablet"),
    ("Gadgets\n\nShipments of games consoles rose by 9% between 2003 and 2004.", "9%", "games consoles"),
    ("Loans\n\nOverall, mortgage lending rose by £6.8bn in March, the Orvex Bank said.", "£6.8bn", "mortgage"),
])
def test_shipments_are_the_shipped_goods(nlp, text, figure, owner):
    assert figures(nlp, text)[figure].subject.name == owner


# --- a subject with a phrase after it: "the number of gadgets in the shops" -------------------

@pytest.mark.parametrize("text, figure, owner", [
    ("Gadgets\n\nDelegates at the trade fair in Berlin were told. The number of gadgets in the shops is predicted "
     "to grow by 14% next year.", "14%", "gadgets"),
    ("Land\n\nThe farmers in Rampur village will get a compensation of Rs 3.1 crore per acre from the state.",
     "Rs 3.1 crore", "farmers"),
])
def test_a_subject_before_its_qualifying_phrase_owns_the_figure(nlp, text, figure, owner):
    assert figures(nlp, text)[figure].subject.name == owner


# --- a sentence that opens "Of the <group>," ---------------------------------------------------

@pytest.mark.parametrize("text, figure, owner", [
    ("Music\n\nOf the 18 million Britons who own tablets, 57% are men compared to 43% of women.", "57%", "Britons"),
    ("Search\n\nOf those asked, 58% did not know the results were paid for.", "58%", "those asked"),
    ("Injuries\n\nOf the 90 players with head injuries, 81 (90%) had symptoms and 70 (78%) had memory loss.",
     "78%", "players"),
])
def test_a_fronted_of_phrase_names_the_group_of_the_shares_after_it(nlp, text, figure, owner):
    assert figures(nlp, text)[figure].subject.name == owner


@pytest.mark.parametrize("text, figure, currency", [
    ("Markets\n\nAt 1200 GMT, the euro was up 0.6% on the day.", "0.6%", "euro"),
    ("Markets\n\nShares were flat, while the rupee shed 0.2% against the dollar.", "0.2%", "rupee"),
    ("Markets\n\nThe index ended up 0.4%, with the yen strengthening 0.8% against the dollar.", "0.8%", "yen"),
])
def test_a_currency_that_opens_its_clause_owns_its_move(nlp, text, figure, currency):
    fact = figures(nlp, text)[figure]
    assert fact.subject.name == currency and fact.predicate == "growth"


def test_a_currency_in_another_clause_does_not_own_a_move(nlp):
    facts = figures(nlp, "Results\n\nOrvex said profits fell 5% as the dollar weakened, and sales rose 3%.")
    assert all(facts[f].subject is None or facts[f].subject.name != "dollar" for f in ("5%", "3%"))


def test_a_plural_agent_noun_opening_a_sentence_is_no_he(nlp):
    text = ("Fraud trial\n\nMartin Kessel is accused of hiding losses at the firm. "
            "Investigators said he was driven by greed - spending about $90m in six years.")
    assert figures(nlp, text)["$90m"].subject.name == "Martin Kessel"


def test_an_acronym_named_mid_sentence_is_a_name_at_a_sentence_start_too(nlp):
    text = ("Car maker warns\n\nGM, whose brands include Opel and Saab, is due to report on Monday. "
            "It said next year's earnings per share would be lower, at between $3.5-$4.5. "
            "\"We have a plan,\" said GM chief executive Rick Waggoner.")
    assert figures(nlp, text)["$3.5-$4.5"].subject.name == "GM"


def test_an_adverb_ends_a_shares_noun_phrase(nlp):
    text = "Poverty\n\nIn Tuvalu, where 38% of the population already lives on very little, this could rise."
    assert figures(nlp, text)["38%"].subject.name == "population"


def test_an_earlier_sentences_subject_is_its_main_clauses(nlp):
    text = ("Cocoa\n\nAt the same time as Togo announced its new plan, Ghana announced record revenues from the crop. "
            "The country saw more than $1.4bn worth of beans exported in 2004.")
    assert figures(nlp, text)["$1.4bn"].subject.name == "Ghana"


def test_it_skips_a_country_that_only_ranks_a_thing(nlp):
    text = ("Museums\n\nThe Halden Museum had a good year. Four million visitors made the museum the UK's most "
            "visited attraction in 2004. It recorded a 12% rise in numbers.")
    assert figures(nlp, text)["12%"].subject.name == "Halden Museum"


@pytest.mark.parametrize("text, figure, owner", [
    ("Spyware\n\nVictims are able to seek up to $2,500 in damages under the new state law.", "$2,500", "victims"),
    ("Land\n\nFarmers are demanding Rs 6,000 per acre as compensation.", "Rs 6,000", "farmers"),
])
def test_a_plural_that_opens_the_sentence_asks_for_the_money(nlp, text, figure, owner):
    assert figures(nlp, text)[figure].subject.name == owner


def test_a_capitalised_asker_does_not_reach_past_a_name(nlp):
    text = "Panel seeks probe into Orvex Airlines dues worth Rs 180 crore\n\nA panel has asked for a probe."
    assert figures(nlp, text)["Rs 180 crore"].subject.name != "panel"


# --- a participle is no owner ---------------------------------------------------------------

@pytest.mark.parametrize("text, figure, owner", [
    ("Halden Boerse profits rise\n\nHalden Boerse said quarterly profit was 98m euros. Sales climbed to 310m euros, lifting revenue "
     "for the year to a record 1.2bn euros.", "1.2bn euros", "Halden Boerse"),
    ("Debt\n\nThe fall came as Orvania said it expected debt repayments of up to $2.1bn to be frozen.", "$2.1bn",
     "Orvania"),
])
def test_a_participle_is_no_owner(nlp, text, figure, owner):
    assert figures(nlp, text)[figure].subject.name == owner


def test_an_activity_in_ing_still_owns_its_sales(nlp):
    text = "Property\n\nThe monthly average housing sales fell 35 per cent in the top nine cities."
    assert figures(nlp, text)["35 per cent"].subject.name == "housing"


@pytest.mark.parametrize("text, figure, owner", [
    ("Growth\n\nThe expansion was led by growth of 11.4% in the key electronics sector.", "11.4%", "key electronics sector"),
    ("Pay\n\nOfficials saw a jump of 40 per cent in the same period.", "40 per cent", None),
])
def test_what_a_change_of_a_figure_is_in_owns_it(nlp, text, figure, owner):
    fact = figures(nlp, text)[figure]
    name = fact.subject.name if fact.subject else None
    assert name == owner if owner else name != "same period"


def test_whoever_is_entitled_to_a_share_owns_it(nlp):
    text = "Leave\n\nNew fathers are currently entitled to 80% of average earnings for two weeks."
    assert figures(nlp, text)["80%"].subject.name == "new fathers"


@pytest.mark.parametrize("text, figure, owner", [
    ("Spam\n\nTablet owners around the world ignore warnings about fake offers, a study says. More than a third have "
     "bought games through spam and 21% have bought shoes.", "21%", "tablet owners"),
    ("Music\n\nMusicians were upbeat about the web. More than 70% offered free songs online.", "70%", "musicians"),
])
def test_a_bare_share_opening_a_sentence_is_of_the_plural_before(nlp, text, figure, owner):
    assert figures(nlp, text)[figure].subject.name == owner


def test_a_bare_share_does_not_take_a_named_group(nlp):
    text = "Retail\n\nTesco shoppers were upbeat. More than 70% bought food online."
    fact = figures(nlp, text)["70%"]
    assert fact.subject is None or fact.subject.name != "tesco shoppers"


def test_a_preposition_ends_a_shares_noun(nlp):
    text = "Jobs\n\nWe will try to provide jobs to at least 60 per cent of the trainees under this scheme."
    assert figures(nlp, text)["60 per cent"].subject.name == "trainees"


def test_a_which_clause_after_a_verb_phrase_stands_for_no_verb(nlp):
    text = "Contest\n\nA public vote will also take place, which will account for 30% of the final result."
    fact = figures(nlp, text)["30%"]
    assert fact.subject is None or fact.subject.name != "take place"


def test_a_punishment_is_a_fine_of_its_possessor(nlp):
    text = ("Coach fined\n\nCoach Marco Ruiz was fined by the federation. The 61-year-old criticised his 2000 euros "
            "punishment as unfair.")
    fact = figures(nlp, text)["2000 euros"]
    assert fact.subject.name == "Marco Ruiz" and fact.predicate == "fine"
