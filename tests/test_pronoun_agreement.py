"""A pronoun agrees with what it stands for (issue 9, discourse.py ``agrees``): "he" and "she" stand
for a person, never for a name the text shows to be a thing or a place; "it" for a thing, never for a
name the text marks as a person; "he" for no name it marks as a woman. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extract.articles import Article
from extract.discourse import _generic, agrees
from extract.facts import extract_facts


def owner(nlp, text: str, figure: str) -> str | None:
    article = Article(id="t", text=text)
    facts = {f.value.text: f for f in extract_facts(nlp(text), article) if f.kind in ("money", "percent")}
    fact = facts[figure]
    return fact.subject.name if fact.subject else None


class _Text:
    """Just what ``agrees`` reads of a document: its text and a cache."""

    def __init__(self, text: str) -> None:
        self.text = text

    def cached(self, key, compute):
        return compute()

    def is_common_word(self, word: str) -> bool:
        return f" {word.lower()} " in f" {self.text} "


def test_he_is_no_name_with_a_company_word(nlp):
    text = ("Pay\n\nThe Orvex Cellular board met on Monday, and Kiran Bhatt attended. "
            "He was paid Rs 4.2 lakh as sitting fees.")
    assert owner(nlp, text, "Rs 4.2 lakh") == "Kiran Bhatt"


def test_she_is_no_name_the_text_makes_a_place(nlp):
    text = ("Fraud\n\nOkhra Vihar resident Meera Joshi went to the bank. "
            "Okhra Vihar police later said she lost Rs 1.2 lakh.")
    assert owner(nlp, text, "Rs 1.2 lakh") == "Meera Joshi"


def test_he_is_no_name_the_text_marks_as_a_woman(nlp):
    text = ("Assets\n\nLeela Varma filed her papers. Leela lost her deposit, and her husband Tarun was there. "
            "He took a loan of Rs 3.5 lakh.")
    assert owner(nlp, text, "Rs 3.5 lakh") == "Tarun"


def test_he_is_no_name_a_role_is_held_in(nlp):
    text = ("Funding\n\nZentro co-founder Arjun Mehra wrote to staff. Zentro grew fast. "
            "He said he raised $25m from Tencent.")
    assert owner(nlp, text, "$25m") == "Arjun Mehra"


@pytest.mark.parametrize(("text", "pronoun", "name", "label", "expected"), [
    ("Mr Halvard Brenn spoke.", "it", "Halvard Brenn", "NAME", False),         # a title makes a person
    ("Halvard Brenn, a retired farmer, spoke.", "its", "Halvard Brenn", "NAME", False),  # so does a role
    ("Kestrel Grid raised its stake.", "it", "Kestrel Grid", "NAME", True),
    ("Kestrel Grid raised its stake.", "he", "Kestrel Grid", "NAME", False),   # "its" of the name: a thing
    ("Mrs Asha Rao said she would stand.", "he", "Asha Rao", "NAME", False),
    ("Mrs Asha Rao said she would stand.", "her", "Asha Rao", "PERSON", True),
    ("Ravi Kumar thanked her for the help.", "he", "Ravi Kumar", "NAME", True),  # "her" there is an object
    ("The vote in Lok Sabha was close.", "he", "Lok Sabha", "NAME", False),   # a place word before it
    ("Ravi Kumar spoke.", "she", "Ravi Kumar", "NAME", True),                 # the text does not say
    ("Guests range from pop star Zarina to bankers.", "it", "Zarina", "NAME", False),  # a role word before it
    ("The pop star cancelled her Onyx Lane tour.", "it", "Onyx Lane", "NAME", True),  # "her" ends its reach
    ("Accessory vendor Kellin Stores cut prices.", "it", "Kellin Stores", "NAME", True),  # a trade, no title
    ("She wrote to her Zintly friends.", "her", "Zintly", "NAME", False),  # a name a person has
    ("The Majlis passed the plan.", "he", "Majlis", "NAME", False),  # a house of parliament
    ("Ruling by Chief Magistrate Tara Iyer.", "it", "Chief Magistrate Tara Iyer", "NAME", False),  # a title inside
    ("A case for the Department of Justice.", "it", "Department of Justice", "NAME", True),  # a body
    ("Education got more money. Spending on education rose.", "she", "Education", "NAME", False),  # a word
])
def test_agreement_reads_what_the_text_says_of_a_name(text, pronoun, name, label, expected):
    assert agrees(_Text(text), pronoun, name, label) is expected



@pytest.mark.parametrize(("text", "word", "expected"), [
    ("If a punter won, he or she would get Rs 250.", "he", True),
    ("If a punter won, he or she would get Rs 250.", "she", True),
    ("Each member pays his or her dues.", "her", True),
    ("Tarun said he would pay.", "he", False),
])
def test_he_or_she_stands_for_anyone(text, word, expected):
    start = text.index(f" {word} ") + 1
    assert _generic(text, start, start + len(word)) is expected
