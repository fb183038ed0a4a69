"""Acronym definitions (extract.acronyms): the pure algorithm, the spaCy component, variants.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from extract.acronyms import (
    LONG_SPANS_KEY,
    SHORT_SPANS_KEY,
    AcronymDetector,
    Definition,
    are_variants,
    canonical_name,
    definitions_of,
    find_definitions,
    normalise_expansion,
    variant_aliases,
)


def pairs(text: str) -> list[tuple[str, str]]:
    found = find_definitions(text)
    for d in found:  # the offset contract holds for every result
        assert text[d.short_start : d.short_end] == d.short
        assert text[d.long_start : d.long_end] == d.long
    return [(d.short, d.long) for d in found]


# --- Long Form (LF) -------------------------------------------------------------


def test_long_form_before_acronym():
    text = "Officials said the National Critical Mineral Mission (NCMM) will fund new surveys."
    assert pairs(text) == [("NCMM", "National Critical Mineral Mission")]


def test_offsets_point_into_the_text():
    text = "Funding comes from the Minerals Security Finance Network (MSFN) this year."
    (d,) = find_definitions(text)
    assert (d.short_start, d.short_end) == (text.index("MSFN"), text.index("MSFN") + 4)
    assert d.long_start == text.index("Minerals")
    assert d.long_end == text.index(" (MSFN)")


def test_definition_is_frozen():
    (d,) = find_definitions("Partners in the Minerals Security Finance Network (MSFN) met.")
    assert isinstance(d, Definition)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.short = "X"  # type: ignore[misc]


def test_lowercase_words_inside_long_form():
    text = "Talks covered the Board of Control for Cricket in India (BCCI) accounts."
    assert pairs(text) == [("BCCI", "Board of Control for Cricket in India")]


def test_ampersand_acronym_bcc_and_i():
    text = "Talks covered the Board of Control for Cricket in India (BCC&I) accounts."
    assert pairs(text) == [("BCC&I", "Board of Control for Cricket in India")]


def test_icet_keeps_the_lowercase_initiative():
    text = "Officials revived the old initiative on Critical and Emerging Technology (iCET) last week."
    assert pairs(text) == [("iCET", "initiative on Critical and Emerging Technology")]


def test_i2u2_digit_repeats_the_letter():
    text = "Ministers from India, Israel, UAE and US (I2U2) discussed food parks."
    assert pairs(text) == [("I2U2", "India, Israel, UAE and US")]


def test_digits_match_literally_first():
    assert pairs("Leaders of the Group of 20 (G20) gathered in the capital.") == [("G20", "Group of 20")]


def test_plural_acronym_with_lowercase_s():
    text = "The state-run public sector undertakings (PSUs) will invest in lithium blocks."
    assert pairs(text) == [("PSUs", "public sector undertakings")]


def test_mixed_case_acronym_meity():
    text = "A note from the Ministry of Electronics and Information Technology (MeitY) was circulated."
    assert pairs(text) == [("MeitY", "Ministry of Electronics and Information Technology")]


def test_curly_quotes_around_long_form_are_trimmed():
    text = "The cabinet cleared the “National Critical Mineral Mission” (NCMM) on Monday."
    assert pairs(text) == [("NCMM", "National Critical Mineral Mission")]


def test_markdown_bold_around_definition():
    text = "Background: **National Critical Mineral Mission (NCMM)** runs until 2031."
    assert pairs(text) == [("NCMM", "National Critical Mineral Mission")]


def test_abbreviation_dot_before_bracket_is_kept():
    text = "Shares of Hindustan Zinc Ltd. (HZL) rose on Friday."
    assert pairs(text) == [("HZL", "Hindustan Zinc Ltd.")]


def test_comma_inside_bracket_ends_short_form():
    text = "The Production Linked Incentive (PLI, first announced in 2020) was widened."
    assert pairs(text) == [("PLI", "Production Linked Incentive")]


def test_every_definition_in_text_order():
    text = (
        "The Minerals Security Partnership (MSP) and the Minerals Security Finance Network (MSFN) "
        "are separate clubs."
    )
    assert [s for s, _ in pairs(text)] == ["MSP", "MSFN"]


# --- LF (Long Form) ---------------------------------------------------------------


def test_trust_with_article_the_inside_long_form():
    text = (
        "The two sides launched TRUST (Transforming the Relationship Utilizing Strategic Technology) "
        "in Delhi."
    )
    assert pairs(text) == [("TRUST", "Transforming the Relationship Utilizing Strategic Technology")]


def test_trust_supply_chains_takes_the_whole_bracket():
    text = (
        "Under TRUST (Technology and Resilient United States-India Supply Chains for Trusted partners) "
        "the two sides will co-fund refineries."
    )
    assert pairs(text) == [
        ("TRUST", "Technology and Resilient United States-India Supply Chains for Trusted partners")
    ]


def test_trust_with_curly_quotes_on_both_forms():
    text = (
        "They named it “TRUST” (“Transforming the Relationship Utilizing Strategic Technology”) "
        "at the summit."
    )
    assert pairs(text) == [("TRUST", "Transforming the Relationship Utilizing Strategic Technology")]


def test_bracket_not_starting_with_first_letter_is_not_a_long_form():
    assert pairs("The fund will back NCMM (which the cabinet cleared) projects.") == []


# --- things that are not definitions ---------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # S&H's nearest letters end at the second "a" of "Aadmi"; the word initials spell AAP
    ("Voters in Punjab backed the Aam Aadmi Party (AAP) in large numbers.", ("AAP", "Aam Aadmi Party")),
    ("Tickets for the International Indian Film Academy (IIFA) gala sold out.",
     ("IIFA", "International Indian Film Academy")),
    ("She studied at the Indian Institute of Technology (IIT) in Madras.", ("IIT", "Indian Institute of Technology")),
    ("The Office of the Deputy Prime Minister (ODPM) set the budget.",
     ("ODPM", "Office of the Deputy Prime Minister")),
])
def test_long_form_is_spelled_by_word_initials_when_it_can_be(text, expected):
    assert pairs(text) == [expected]


def test_a_capitalised_word_that_does_not_complete_the_initials_is_left_out():
    text = "Then Delhi's Aadmi Party (AAP) won again."  # no reading spells AAP from initials
    assert pairs(text) == [("AAP", "Aadmi Party")]


def test_figure_in_brackets_is_not_an_acronym():
    assert pairs("The scheme carries an outlay of Rs 16,300 crore (US$1.9 billion) over seven years.") == []


def test_figure_after_an_acronym_is_not_a_long_form():
    assert pairs("Shipments to the US (US$1.9 billion) fell sharply.") == []


def test_photo_credit_is_not_an_acronym():
    assert pairs("Trucks queue outside a graphite plant in Hazaribagh on Thursday. (HT Photo)") == []


def test_year_in_brackets_is_not_an_acronym():
    assert pairs("The auction rules (2023) were revised after the first round.") == []


def test_see_below_is_not_an_acronym():
    assert pairs("The blocks on offer (see below) lie mostly in Odisha.") == []


def test_roman_enumerator_is_not_an_acronym():
    assert pairs("Bidders must (i) deposit a bank guarantee and (ii) file a mining plan.") == []


def test_wire_credit_after_sentence_end_is_ignored():
    assert pairs("The minister repeated the target in Parliament on Tuesday. (PTI)") == []


def test_uppercase_dateline_is_not_a_long_form():
    assert pairs("PATIALA (PTI) Farmers protested outside the district office.") == []


def test_nested_brackets_still_give_pli():
    text = "The Production Linked Incentive (PLI) scheme (for batteries) drew ten bids."
    assert pairs(text) == [("PLI", "Production Linked Incentive")]


def test_truly_nested_bracket_does_not_crash():
    text = "The Production Linked Incentive (PLI (for batteries)) drew ten bids."
    assert pairs(text) == [("PLI", "Production Linked Incentive")]


def test_long_form_does_not_cross_a_line_break():
    assert pairs("Cabinet backs National Critical\nMineral Mission (NCMM) plan") == []


def test_long_form_does_not_reach_back_over_an_earlier_bracket():
    text = "The Production Linked Incentive (PLI) scheme (PLIS) drew ten bids."
    assert pairs(text) == [("PLI", "Production Linked Incentive")]


def test_unclosed_bracket_gives_nothing():
    assert pairs("Cabinet backs the National Critical Mineral Mission (NCMM\nplan") == []


@given(st.text(alphabet="aAbBcCIMNPT (())\n“”\"*&,;.$2-", max_size=80))
def test_offsets_always_slice_back_to_the_forms(text):
    pairs(text)  # never raises, and every offset pair slices back to its form


def test_text_without_brackets_gives_nothing():
    assert pairs("India signed a lithium exploration pact with Argentina on Monday.") == []


# --- normalise_expansion / are_variants --------------------------------------------


def test_normalise_singular_and_plural():
    assert normalise_expansion("National Critical Minerals Mission") == normalise_expansion(
        "National Critical Mineral Mission"
    )


def test_normalise_case_and_leading_the():
    assert normalise_expansion("the national critical mineral MISSION") == "national critical mineral mission"


def test_normalise_hyphen_and_space():
    assert normalise_expansion("United States-India Supply Chains") == normalise_expansion(
        "United States India supply chain"
    )


def test_normalise_curly_and_straight_quotes():
    curly = normalise_expansion("“Critical Minerals” Mission")
    assert curly == normalise_expansion('"Critical Minerals" Mission')


def test_normalise_programme_and_program():
    assert normalise_expansion("Critical Minerals and Materials Programme") == normalise_expansion(
        "Critical Minerals and Materials Program"
    )


def test_variants_for_a_single_typo():
    assert are_variants("Minerals Security Finance Network", "Minerals Security Finanse Network")


def test_variants_for_ampersand_and_and():
    assert are_variants("Critical & Emerging Technology", "the Critical and Emerging Technologies")


def test_two_trust_expansions_are_not_variants():
    assert not are_variants(
        "Transforming the Relationship Utilizing Strategic Technology",
        "Technology and Resilient United States-India Supply Chains for Trusted partners",
    )


def test_different_groupings_are_not_variants():
    assert not are_variants("Minerals Security Partnership", "Minerals Security Finance Network")


def test_short_strings_need_more_than_one_edit_of_slack():
    # One letter in eight is above the one-per-twenty allowance.
    assert not are_variants("Coal Ltd", "Goal Ltd")


# --- the spaCy component ------------------------------------------------------------


@pytest.fixture()
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("newsfacts_acronyms")
    return pipeline


def test_component_stores_definitions_on_doc(nlp):
    doc = nlp("The cabinet cleared the National Critical Mineral Mission (NCMM). It runs to 2031.")
    assert [(d.short, d.long) for d in doc._.newsfacts_definitions] == [
        ("NCMM", "National Critical Mineral Mission")
    ]
    assert definitions_of(doc) == doc._.newsfacts_definitions


def test_component_adds_short_and_long_spans(nlp):
    doc = nlp("India joined the Minerals Security Finance Network (MSFN) in Rome. Talks went well.")
    (short,) = doc.spans[SHORT_SPANS_KEY]
    (long,) = doc.spans[LONG_SPANS_KEY]
    assert (short.text, short.label_) == ("MSFN", "ACRONYM")
    assert (long.text, long.label_) == ("Minerals Security Finance Network", "LONG_FORM")


def test_component_expands_spans_to_token_edges(nlp):
    doc = nlp("Background: **National Critical Mineral Mission (NCMM)** runs until 2031.")
    (long,) = doc.spans[LONG_SPANS_KEY]
    assert "National Critical Mineral Mission" in long.text
    assert long.start_char <= doc._.newsfacts_definitions[0].long_start


def test_component_on_text_without_brackets_sets_empty_results(nlp):
    doc = nlp("Lithium prices fell again. Miners cut output.")
    assert doc._.newsfacts_definitions == []
    assert list(doc.spans[SHORT_SPANS_KEY]) == []
    assert list(doc.spans[LONG_SPANS_KEY]) == []


def test_definitions_of_unprocessed_doc_is_empty():
    doc = spacy.blank("en")("The National Critical Mineral Mission (NCMM) began.")
    assert doc._.newsfacts_definitions is None
    assert definitions_of(doc) == []


def test_factory_builds_an_acronym_detector(nlp):
    assert isinstance(nlp.get_pipe("newsfacts_acronyms"), AcronymDetector)


def test_pipeline_survives_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["sentencizer", "newsfacts_acronyms"]
    doc = loaded(
        "Officials launched TRUST (Transforming the Relationship Utilizing Strategic Technology) today."
    )
    assert [s.text for s in doc.spans[SHORT_SPANS_KEY]] == ["TRUST"]


def test_a_long_expansion_set_in_markdown_bold_is_a_definition():
    text = ("Intro.\n\nThe **SHARE (Sustainable Harvests and Agricultural Resilience for Emerging Farmers, "
            "Fisheries, and Rural and Coastal Enterprises)** plan was unveiled.")
    [d] = find_definitions(text)
    assert d.short == "SHARE" and d.long.endswith("Coastal Enterprises") and len(d.long.split()) == 14
    assert find_definitions(text.replace("**", "")) == []  # without the emphasis the usual word cap holds


def test_company_abbreviations_and_legal_forms_are_variants():
    assert are_variants("Oil & Natural Gas Corp", "Oil and Natural Gas Corporation")
    assert are_variants("Tata Consultancy Services Ltd", "Tata Consultancy Services")
    assert not are_variants("Public Accounts Committee", "Provincial Armed Constabulary")


# --- Display names ----------------------------------------------------------------


@pytest.mark.parametrize("written, shown", [
    # number and spelling stay as written: a singular or American form is not the body's name
    ("Negotiable Instruments Act", "Negotiable Instruments Act"),
    ("Goods and Services Tax", "Goods and Services Tax"),
    ("Securities and Exchange Board of India", "Securities and Exchange Board of India"),
    ("Centre for Science and Environment", "Centre for Science and Environment"),
    ("International Labour Organisation", "International Labour Organisation"),
    ("Office of the Deputy Prime Minister", "Office of the Deputy Prime Minister"),
    ("People’s Liberation Army", "People's Liberation Army"),
    ("“Make in India”", "Make in India"),
    # case, a leading "the", "&" and spacing are evened out; inner capitals are kept
    ("the national critical mineral mission", "National Critical Mineral Mission"),
    ("Oil  &  Natural Gas Corporation", "Oil and Natural Gas Corporation"),
    ("McLaren Automotive", "McLaren Automotive"),
    ("All India Institute of Medical Sciences (AIIMS)", "All India Institute of Medical Sciences AIIMS"),
])
def test_canonical_name_keeps_the_words_as_written(written, shown):
    assert canonical_name(written) == shown


def test_variants_of_one_name_are_compared_under_the_most_frequent():
    names = ["Coastal Fisheries Programme", "Coastal Fisheries Programme", "Coastal Fishery Program",
             "General Motors", "General Motor", "Harbour Board"]
    assert variant_aliases(names) == {"Coastal Fishery Program": "Coastal Fisheries Programme"}
