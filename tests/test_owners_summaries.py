"""Who a figure belongs to in ~60-word news summaries (issue 9): a headline line, a blank line, and a
lead that restates the headline's figure. One test per failure pattern seen in the Inshorts summaries,
each on sentences written for this file (the names are real or invented; no text is copied)."""

from __future__ import annotations

import pytest

from extract.amounts import find_amounts
from extract.articles import Article, guess_title
from extract.facts import extract_facts
from tests.helpers import figures, owner


def summary_figures(nlp, text: str) -> dict[str, object]:
    """The figures of a summary whose first line is its headline."""
    article = Article(id="t", text=text, title=guess_title(text))
    return {f.value.text: f for f in extract_facts(nlp(text), article) if f.kind in ("money", "percent")}


# --- a figure with a lost rupee sign is money unless a plural noun of its own paragraph counts ---

@pytest.mark.parametrize("text, figure", [
    ("Posters of Madhubala's films fetch over ?6 lakh\n\nPosters of the actress's films were sold at an auction.",
     "6 lakh"),  # the lead's first word is no noun the headline's figure counts
    ("Orvex Capital closes ?250cr fund\n\nOrvex Capital Partners, a seed investor, has raised ?250 crore.", "250cr"),
    ("Auditor says delays caused a ?9cr loss to the port trust.", "9cr"),  # "loss" is no plural
    ("A ?1,800-crore world-class convention centre will come up in Pune.", "1,800-crore"),
    ("The buyers were offered the ?24,999 OnePlus 3T at a discount.", "24,999"),
    ("The firm wants a refund of ?2,100 crore capital gains tax.", "2,100 crore"),
])
def test_a_lost_sign_figure_before_a_word_that_only_looks_plural_is_money(text, figure):
    assert figure in [m.value.text for m in find_amounts(text)]


@pytest.mark.parametrize("text", [
    "The board said 14 lakh Class 10 students will sit the exam.",
    "The leader asked 80 crore Hindus to vote.",
    "The ration office cancelled 60 lakh ration cards.",
])
def test_a_counted_plural_stays_a_count(text):
    assert find_amounts(text) == []


def test_a_headline_figure_before_the_blank_line_keeps_its_lead_owner(nlp):
    text = ("Madhubala film posters sell for over ?6 lakh\n\n"
            "Posters of actress Madhubala's films were auctioned for over ?6 lakh in Mumbai on Sunday.")
    assert "6 lakh" in figures(nlp, text)


# --- money written before the thing it pays for: plans, centres, names a country opens -----------

def test_money_before_a_plan_owns_it_as_its_price(nlp):
    # an unscaled sum before a plan is the price paid for it (tariff_plan in measures.json)
    text = ("Cafe offers unlimited tea\n\nRegulars can drink unlimited tea for a week by opting for the ?200 plan, "
            "the owner said.")
    fact = figures(nlp, text)["200"]
    assert fact.subject.name == "plan" and fact.subject.label == "THING" and fact.predicate == "price"


@pytest.mark.parametrize("text, figure, thing", [
    ("Stadium to be rebuilt\n\nThe city approved the rebuild after a ?80-crore State-funded renovation plan was "
     "dropped.", "80-crore", "state-funded renovation plan"),
    ("Old market razed\n\nA ?1,200-crore world-class convention centre is expected to replace it.",
     "1,200-crore", "world-class convention centre"),
])
def test_money_before_a_thing_built_or_planned_is_its_cost(nlp, text, figure, thing):
    fact = figures(nlp, text)[figure]
    assert fact.subject.name == thing and fact.subject.label == "THING" and fact.predicate == "cost"


def test_a_country_that_opens_a_name_after_the_money_stays_in_the_name(nlp):
    text = ("Shuttlers win\n\nSai Praneeth and Sameer Verma reached the final at the $150,000 US Open Grand Prix "
            "Gold badminton in Anaheim.")
    assert owner(nlp, text, "$150,000") == "US Open Grand Prix Gold badminton"


# --- a noun ending in -ly is no adverb ----------------------------------------------------------

def test_compensation_to_a_family_is_the_familys(nlp):
    text = ("Airline told to pay family\n\nOrvex Air was asked by a consumer court to pay ?40,000 compensation to a "
            "family which missed a connecting flight for over six hours.")
    assert owner(nlp, text, "40,000") == "family"


def test_a_family_that_controls_a_stake_owns_it(nlp):
    text = "Stake talk\n\nThe Mehta family, which controls about 35% of Orvex Textiles, has not said it will sell."
    assert owner(nlp, text, "35%") == "mehta family"


# --- a headline figure and the body's same figure share an owner ---------------------------------

def test_a_headline_that_rounds_the_body_figure_takes_its_owner(nlp):
    text = ("Over ?6 cr allocated to restore Hyderabad's old clock tower\n\n"
            "The Tourism Ministry has allocated ?6.35 crore for the restoration of the clock tower in Hyderabad.")
    facts = summary_figures(nlp, text)
    assert facts["6 cr"].subject.name == "Tourism Ministry"


def test_a_rounded_headline_figure_of_another_scale_takes_nothing(nlp):
    text = ("Over ?6 cr allocated to restore an old clock tower\n\n"
            "Officials said a further ?6.35 lakh was spent by the Tourism Ministry on a survey.")
    assert summary_figures(nlp, text)["6 cr"].subject is None


def test_a_body_figure_with_no_owner_takes_the_one_its_headline_writes(nlp):
    text = ("Goa ministers rent out bungalows for weddings at ?2L a day\n\n"
            "As per reports, Goa ministers have been renting out their official bungalows for private functions, "
            "including marriages and parties, for nearly ?2 lakh per day.")
    facts = summary_figures(nlp, text)
    assert facts["2L"].subject.name == "goa ministers"
    assert facts["2 lakh"].subject.name == "goa ministers" and facts["2 lakh"].predicate == facts["2L"].predicate


# --- goods worth a sum that was stolen or seized, where no name can own it ---------------------

@pytest.mark.parametrize("text, figure, goods", [
    ("Mangoes stolen\n\nMangoes worth ?90,000 were stolen from a wholesale market in Pune overnight.",
     "90,000", "mangoes"),
    ("Robbers loot shop\n\nThe robbers took ?4 lakh worth of watches and left behind ?12 lakh worth of jewellery kept "
     "in a locker.", "12 lakh", "jewellery"),
    ("Diesel theft\n\nReportedly, ?30 crore worth of diesel could have been siphoned off in total.",
     "30 crore", "diesel"),
])
def test_goods_taken_with_no_one_named_own_their_worth(nlp, text, figure, goods):
    assert owner(nlp, text, figure).lower() == goods


def test_a_named_seizer_still_owns_what_it_seized(nlp):
    text = ("Drugs seized\n\nThe Narcotics Control Bureau seized heroin worth ?40 crore from a truck in Amritsar.")
    assert owner(nlp, text, "40 crore") == "Narcotics Control Bureau"


def test_cases_worth_a_sum_are_no_goods(nlp):
    text = "Fraud report\n\nReported fraud fell from 9,000 cases worth £700m to 7,500 cases worth £610m."
    assert owner(nlp, text, "£610m") != "cases"


def test_a_lost_sign_figure_worth_goods_before_were_is_money():
    assert [m.value.text for m in find_amounts("Mangoes worth ?90,000 were stolen from a market.")] == ["90,000"]


# --- a "who" clause holding the figure is its antecedent's --------------------------------------

@pytest.mark.parametrize("text, figure, noun", [
    ("Cyber fraud\n\nThe cyber cell has arrested three people who allegedly cheated 12 shoppers, withdrawing over "
     "?8 lakh from their cards.", "8 lakh", "people"),
    ("Delivery man held\n\nThe Pune Police on Friday arrested a 30-year old delivery man who allegedly stole 40 "
     "laptops worth over ?20 lakh.", "20 lakh", "delivery man"),
])
def test_a_who_clause_figure_is_the_antecedents(nlp, text, figure, noun):
    assert owner(nlp, text, figure) == noun


def test_a_place_before_who_is_no_antecedent(nlp):
    text = ("Hawala probe\n\nThe report names a group of dealers in the national capital who routed funds worth "
            "?90 crore abroad.")
    assert owner(nlp, text, "90 crore") != "capital"


# --- the one told to pay a sum owns it ------------------------------------------------------------

@pytest.mark.parametrize("text, figure, payer", [
    ("Threat letter\n\nThe letter allegedly asks airports to pay ?20 crore, failing which it will bomb terminals.",
     "20 crore", "airports"),
    ("Tribunal order\n\nThe NGT asked the Orvex Foundation to pay ?3 crore as a fine.",
     "3 crore", "Orvex Foundation"),
    ("Firm told interns to pay ?2 lakh for quitting\n\nA firm has demanded money from interns who quit.",
     "2 lakh", "interns"),
])
def test_the_one_told_to_pay_owns_the_sum(nlp, text, figure, payer):
    assert owner(nlp, text, figure) == payer


def test_a_named_recipient_still_owns_a_compensation_someone_is_told_to_pay(nlp):
    text = "Forum order\n\nThe consumer forum directed the builder to refund ?9 lakh as compensation to the buyer."
    assert owner(nlp, text, "9 lakh") == "buyer"


def test_money_before_a_name_and_a_measure_phrase_is_the_names(nlp):
    text = ("Scam accused talks\n\nAn accused in the ?2,100 crore Meerut ponzi scam has told the police that the "
            "firm had planned a Dubai trip.")
    assert owner(nlp, text, "2,100 crore") == "Meerut"


# --- "he" or "him" for a person no name tells -----------------------------------------------------

@pytest.mark.parametrize("text, figure, person", [
    ("Pune man held for data theft\n\nThe Pune police on Friday arrested a 45-year-old man for stealing client data "
     "from a software firm. He allegedly tried to extort ?2 crore from the firm's owner.", "2 crore", "man"),
    ("Army officer court-martialled\n\nA major has been court-martialled after he was caught taking a phone. The court "
     "found the officer guilty and told him to pay back ?900 as the cost of the phone.", "900", "officer"),
])
def test_a_pronoun_with_no_named_person_stands_for_the_person_noun_before(nlp, text, figure, person):
    assert owner(nlp, text, figure) == person


def test_a_named_person_still_wins_over_a_person_noun(nlp):
    text = ("Trader held\n\nPolice arrested trader Ravi Kumar, a 40-year-old man from Pune. He allegedly demanded "
            "?5 lakh from a rival.")
    assert owner(nlp, text, "5 lakh") == "Ravi Kumar"


def test_a_verb_after_to_is_not_part_of_a_common_noun_owner(nlp):
    text = "E-way bill rules\n\nUnder the new rules, a permit is required to move goods worth over ?75,000."
    assert owner(nlp, text, "75,000") == "goods"


def test_a_commander_is_a_person_and_owns_the_bounty_on_his_head(nlp):
    text = ("Militant commander killed\n\nTop Hizbul Mujahideen commander Riyaz Naikoo was killed in an encounter on "
            "Friday. The militant carried a bounty of ?12 lakh on his head.")
    assert owner(nlp, text, "12 lakh") == "Riyaz Naikoo"


def test_a_common_noun_subject_from_a_place_owns_what_it_offers(nlp):
    text = ("Baker offers reward\n\nA baker from Wales is offering nearly ?50,000 reward for the recovery of a stolen "
            "wedding cake.")
    assert owner(nlp, text, "50,000") == "baker"
