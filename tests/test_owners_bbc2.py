"""Name chunks that owners are built from, on BBC-style reports (issue 9): one test per failure
pattern, each on a sentence written for it."""

from __future__ import annotations

import pytest

from tests.helpers import figures


def owner(nlp, text: str, figure: str) -> str | None:
    subject = figures(nlp, text)[figure].subject
    return subject.name if subject is not None else None


# --- a place our list names whole keeps its first word: "New York", not "York" -----------------

@pytest.mark.parametrize("text, figure", [
    ("Markets\n\nNew York shares fell 2% on Monday.", "2%"),
    ("Oil\n\nHe said bar takings rose 9% in New York last year.", "9%"),
])
def test_new_york_is_not_cut_to_york(nlp, text, figure):
    assert owner(nlp, text, figure) != "York"


def test_new_before_other_words_is_still_no_name(nlp):
    assert owner(nlp, "Rules\n\nNew EU rules will cost farmers £40m a year.", "£40m") not in ("New EU", "New EU rules")


# --- a word that opens a sentence only by position is no name ----------------------------------

@pytest.mark.parametrize("text, figure, word", [
    ("Jobs\n\nUnions oppose the cuts but the minister said £2bn of savings had been made.", "£2bn", "Unions"),
    ("Prices\n\nPerhaps, we should ask why some goods cost 40% more here.", "40%", "Perhaps"),
    ("Tennis\n\nShe lost in three sets. Maybe that is why she could not give 100%.", "100%", "Maybe"),
    ("Grants\n\nImagine a film that edits itself. A new 7.5m euro project aims to build one.", "7.5m euro", "Imagine"),
])
def test_a_sentence_opener_is_no_owner(nlp, text, figure, word):
    assert owner(nlp, text, figure) != word


@pytest.mark.parametrize("text, figure, name", [
    # a name the article writes only at sentence starts, before what follows a name
    ("Box office\n\nBoogeyman, which cost just $7m to make, topped the chart.", "$7m", "Boogeyman"),
    # a word the article also writes capitalised mid-sentence is a name there too
    ("Football\n\nThe club rejected a bid from Rovers. Rovers have offered £500,000 for the striker.",
     "£500,000", "Rovers"),
])
def test_a_name_that_opens_a_sentence_stays_a_name(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


# --- a possessive between common words is one title: "Ocean's Twelve", not "Twelve" -------------

@pytest.mark.parametrize("text, figure, title", [
    ("Box office\n\nOcean's Twelve took $40m at the weekend.", "$40m", "Ocean's Twelve"),
    ("Television\n\nWho's Your Daddy promises $100,000 to the winner.", "$100,000", "Who's Your Daddy"),
])
def test_a_possessive_between_common_words_is_one_title(nlp, text, figure, title):
    assert owner(nlp, text, figure) == title


@pytest.mark.parametrize("text, figure, name", [
    ("Steel\n\nJapan's Nippon Steel agreed to pay 70% more for ore.", "70%", "Nippon Steel"),
    ("Cricket\n\nThe International Cricket Council's $390m offer to the board still stands.", "$390m",
     "International Cricket Council"),
])
def test_a_named_possessor_is_still_its_own_name(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


# --- a plural common noun that opens a sentence before a name describes it ----------------------

def test_a_plural_before_a_name_is_no_part_of_it(nlp):
    text = "Music\n\nVeterans Simon and Garfunkel were fifth, their tour earning them $24.9m last year."
    assert owner(nlp, text, "$24.9m") == "Simon and Garfunkel"


@pytest.mark.parametrize("text, figure, name", [
    ("Retail\n\nMarks & Spencer has cut prices by an average of 24%.", "24%", "Marks & Spencer"),
    ("Navy\n\nINS Viraat was bought for Rs 433 crore in 1987.", "Rs 433 crore", "INS Viraat"),
])
def test_a_name_opening_with_a_plural_or_acronym_stays_whole(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


# --- mid-sentence, a capitalised word before another is a name's first word -----------------------

@pytest.mark.parametrize("text, figure, name", [
    ("Pay\n\nPublic sector pay is under review. The Low Pay Commission said the rate should rise 3.2%.",
     "3.2%", "Low Pay Commission"),
    ("Energy\n\nHomes waste energy. The Energy Savings Trust will spend £10m on advice.", "£10m",
     "Energy Savings Trust"),
])
def test_a_common_first_word_mid_sentence_stays_in_the_name(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


def test_a_common_word_opening_a_sentence_is_still_dropped(nlp):
    text = "Shares\n\nShares in the bank rose. Former champion Orvex Smith won £20,000 in prize money."
    assert owner(nlp, text, "£20,000") != "Former champion Orvex Smith"


# --- a first name alone is the one person the article names in full with it ---------------------

@pytest.mark.parametrize("text, figure, name", [
    ("Rugby\n\nCoach Clive Woodward joined the club. Clive will take a 10% share of the profits.",
     "10%", "Clive Woodward"),
    ("Theatre\n\nThe musical was staged by Sir Cameron Mackintosh. Sir Cameron said he hoped the show, "
     "which cost £9m to stage, would run for years.", "£9m", "Cameron Mackintosh"),
])
def test_a_first_name_alone_is_the_person_named_in_full(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


@pytest.mark.parametrize("text, figure, name", [
    # an acronym before a person's name is no first name
    ("Aircraft\n\nEADS chief Philippe Camus spoke. EADS said costs rose by 1.45bn euros.", "1.45bn euros", "EADS"),
    # a company the word opens
    ("Airlines\n\nDelta Air Lines is in trouble. Delta lost $646m in the quarter.", "$646m", "Delta"),
])
def test_a_first_word_of_no_person_stays_bare(nlp, text, figure, name):
    assert owner(nlp, text, figure) == name


def test_an_acronym_opening_a_sentence_stays_a_name(nlp):
    # ("pcb" is an English word too; an acronym is not the word written at a sentence's start)
    text = "Cricket\n\nPCB reserves $9m for legal action against the board."
    assert owner(nlp, text, "$9m") == "PCB"


def test_a_three_word_thing_after_a_possessive_is_whole(nlp):
    text = "Roads\n\nThe state scrapped its £176m steel flyover project after protests."
    assert owner(nlp, text, "£176m") == "steel flyover project"
