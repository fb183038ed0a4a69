"""Mechanisms that decide whether two figures measure the same thing (issue 10, precision).

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from extract.articles import Article
from extract.conflicts import find_conflicts
from extract.facts import facts_from_articles


def _facts(nlp, *texts: str, published=None):  # type: ignore[no-untyped-def]
    articles = [Article(id=f"doc{i}.txt", text=t, published=published) for i, t in enumerate(texts)]
    return [f for _, facts in facts_from_articles(nlp, articles) for f in facts]


def _money(facts):  # type: ignore[no-untyped-def]
    return [(f.value.text, f.value.currency) for f in facts if f.kind == "money"]


def test_rs_abbreviation_ends_no_sentence(nlp):
    (fact,) = _facts(nlp, "The league kept Rs. 40 crore aside for the hearing.")
    assert fact.evidence.sentence.startswith("The league kept")


def test_a_bracket_with_the_same_amount_in_a_named_rupee_says_which_rupee(nlp):
    facts = _facts(nlp, "The league kept Rs. 2 billion (200 crore in Pakistani rupees) for lawyers.")
    assert _money(facts) == [("Rs. 2 billion", "PKR"), ("200 crore", "PKR")]


def test_a_conversion_into_another_amount_keeps_the_rupee(nlp):
    facts = _facts(nlp, "The league kept Rs 70 crore ($10m) for lawyers.")
    assert _money(facts) == [("Rs 70 crore", "INR"), ("$10m", "USD")]


def test_pakistani_rupees_are_not_compared_with_indian_rupees(nlp):
    facts = _facts(nlp, "The Lahore Hockey Board set aside Rs. 2 billion (200 crore in Pakistani rupees) "
                        "to fight its claim against the national federation in the tribunal.",
                   "The Lahore Hockey Board set aside Rs 120 crore to fight its claim against the "
                   "national federation in the tribunal.")
    assert find_conflicts(facts).conflicts == []


def _labels(facts):  # type: ignore[no-untyped-def]
    report = find_conflicts(facts, min_confidence=0.0)
    return sorted((c.label, tuple(sorted(v.display for v in c.values))) for c in report.conflicts if c.kind == "value")


# Two reports of one film's takings, worded apart (not near-copies) but on the same news.
_FILM_A = ("Comet Riders tops the North American chart\n\nThe space western Comet Riders, starring Dana Holt, "
           "took {} at the box office, distributor Larkspur Pictures said. Critics had been "
           "lukewarm about the film, the third from director Omar Feld.")
_FILM_B = ("Dana Holt western Comet Riders is a hit\n\nComet Riders took {} at the box office, Larkspur "
           "Pictures announced, a strong result for Dana Holt after two flops. Director Omar Feld thanked "
           "fans in Texas and Ohio who queued for tickets.")


def test_a_weekend_figure_is_another_period_than_a_total(nlp):
    facts = _facts(nlp, _FILM_A.format("$41m"), _FILM_B.format("$18m over the weekend"))
    assert _labels(facts) == [("different_period", ("USD 18 million", "USD 41 million"))]


def test_the_same_period_word_in_undated_articles_is_not_one_period(nlp):
    facts = _facts(nlp, _FILM_A.format("$41m over its opening weekend"),
                   _FILM_B.format("$18m over its opening weekend"))
    assert _labels(facts) == [("different_period", ("USD 18 million", "USD 41 million"))]


def test_the_same_period_in_articles_of_one_day_is_compared(nlp):
    import datetime as dt

    facts = _facts(nlp, _FILM_A.format("$41m over its opening weekend"),
                   _FILM_B.format("$18m over its opening weekend"), published=dt.date(2024, 5, 6))
    assert _labels(facts) == [("conflict", ("USD 18 million", "USD 41 million"))]


def test_a_monthly_figure_is_not_a_part_of_a_run():
    from extract.periods import other_period

    assert not other_period("month", None, None, None)  # a "monthly salary" is the salary
    assert other_period("weekend", None, None, None)  # a weekend's takings are not the total
    assert other_period("quarter", "half-year", None, None)
    assert not other_period("quarter", "quarter", None, None)  # "the third quarter" of one piece of news


def test_a_change_on_the_year_is_not_one_on_the_month(nlp):
    # "rose 0.6% on the month and 6.1% on the year": two periods, so two quantities to compare with others
    facts = _facts(nlp, "The statistics office said shop sales rose 0.6% on the month and 6.1% on the year.")
    assert {f.value.text: f.qualifiers.get("period") for f in facts} == {"0.6%": "month", "6.1%": "year"}


def test_periods_and_what_is_not_one(nlp):
    facts = _facts(nlp, "Profit was $5bn in the third quarter and $9m for the rest. "
                        "The plan, cleared last month, costs $3bn. The film held second place with $7m. "
                        "Sales rose 4% month-on-month. In the 2016-17 fiscal, the city collected Rs 200 crore. "
                        "The comedy came fourth with $6m, and has taken $31m so far. The cars are worth Rs 9 crore in total. "
                        "Only 40% of staff are marking papers and 2,000 of 9,000 scripts have been checked so far. "
                        "The cap rose by $800bn - taking the total to $8.2tn.")
    got = {f.value.text: (f.qualifiers.get("period"), f.qualifiers.get("fiscal_year")) for f in facts}
    assert got == {"$5bn": ("quarter", None), "$9m": (None, None), "$3bn": (None, None),
                   "$7m": ("chart week", None), "4%": ("month", None), "Rs 200 crore": (None, "2016-17"),
                   "$6m": (None, None), "$31m": ("to date", None), "Rs 9 crore": (None, None),
                   "40%": (None, None), "$800bn": (None, None), "$8.2tn": ("to date", None)}  # "so far" is the scripts' clause, after "and" and numbers of its own


_POLL_A = ("Hung house in {0}\n\nThe count in {0} ended in a hung house as no party reached a majority. "
           "The Greens won the largest vote share at {1} while the Blues took 30%, poll officer Ravi Menon said.")
_POLL_B = ("Greens ahead but short in {0}\n\nVoters in {0} left the Greens short of a majority. Ravi Menon, "
           "the poll officer, put the Greens' vote share at {1}; the Blues came second with 30%.")


_INDEX_A = ("House prices edge up\n\nHouse prices in the UK rose 0.3% in January, according to the {0} "
            "building society. The average price of a UK home now stands at {1}, as buyers returned after the holidays.")
_INDEX_B = ("Buyers return to the UK housing market\n\nThe typical UK home is now worth {1}, figures from "
            "the {0} building society show, after prices rose 0.3% in January and buyers came back.")


@pytest.mark.parametrize(("one", "other", "labels"), [
    # a place named only in each headline: Goa's vote share is not Manipur's
    (_POLL_A.format("Goa", "38%"), _POLL_B.format("Manipur", "34%"), []),
    (_POLL_A.format("Goa", "38%"), _POLL_B.format("Goa", "34%"), ["conflict"]),
    # two lenders' house-price indices are two measures; one lender's, in two reports, is one
    (_INDEX_A.format("Northfield", "£151,200"), _INDEX_B.format("Eastgate", "£163,900"), []),
    (_INDEX_A.format("Northfield", "£151,200"), _INDEX_B.format("Northfield", "£163,900"), ["conflict"]),
])
def test_what_is_compared_between_two_reports(nlp, one, other, labels):
    assert [label for label, _ in _labels(_facts(nlp, one, other))] == labels


def test_a_money_nouns_purpose_before_the_figure(nlp):
    facts = _facts(nlp, "Card payments for cooking gas will get a discount of 2%.")
    assert facts[0].qualifiers.get("purpose") == "cooking gas"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("central evaluation process", "Centralised Evaluation Programmes", True),  # -ise family, plural
    ("Standardization Council", "standardisation council", True),
    ("Rail & Metro Corp", "Rail and Metro Corporation", True),
    ("Regional Transport Office", "Road Tax Ordinance", False),
])
def test_spelling_variants_of_an_expansion_are_one_body(a, b, same):
    from extract.conflicts import same_body

    assert same_body(a, b) is same


@pytest.mark.parametrize(("text", "hedge"), [
    ("Lockers were reportedly broken open, with thieves taking about Rs 9 lakh in gold.", None),
    ("The mill reportedly paid Rs 3 crore, with the sale closing on Friday.", "reportedly"),
    ("The sale, which was reportedly worth $4m, closed.", "reportedly"),
])
def test_a_hedge_adverb_scopes_its_own_clause(nlp, text, hedge):
    (fact,) = _facts(nlp, text)
    assert fact.qualifiers.get("hedge") == hedge


def test_a_dummy_it_points_at_nothing(nlp):
    facts = _facts(nlp, "The Mint unveiled a new coin. It is estimated that 4% of the coins in circulation are forged.")
    assert facts[0].subject is not None and facts[0].subject.name == "coins"


def test_hackers_demanding_money_demand_a_ransom(nlp):
    (fact,) = _facts(nlp, "Servers of a Nashik dairy were locked, with the hackers demanding Rs 9 lakh in Bitcoin.")
    assert fact.predicate == "ransom"


def test_the_one_ransom_two_reports_give_is_compared_whoever_they_name(nlp):
    facts = _facts(nlp, "Nashik dairy hit by hackers\n\nServers of a Nashik-based dairy were locked on Monday, with "
                        "the hackers demanding about Rs 9 lakh in Bitcoin to unlock its billing records.",
                   "Godavari Milk Producers servers locked\n\nGodavari Milk Producers Ltd was asked for a 4 Bitcoin "
                   "ransom, equivalent to Rs 12.5 lakh, by hackers who locked the billing records of the Nashik "
                   "dairy on Monday.")
    report = find_conflicts(facts)
    assert [sorted(v.display for v in c.values) for c in report.conflicts] == [["INR 12.5 lakh", "~INR 9 lakh"]]
    assert "only one in each article" in report.conflicts[0].reason


# A dairy closure: an article (40 story terms) and a summary written from it.
_CLOSURE = ("Kestrel Foods to shut Nashik dairy plant\n\n"
            "Kestrel Foods will close its dairy plant at Nashik by March, the company told workers on Monday. "
            "The plant, which processes milk from 40 villages in the district, has made losses for three years. "
            "Kestrel Foods will pay Rs 18 crore in compensation to the plant's 600 workers, a company spokesperson "
            "said. Union leaders called the closure unfair and said farmers in the villages would lose their main "
            "buyer. The state dairy minister asked the company to reconsider and offered cheaper power for the "
            "plant. Production will move to the company's larger plant in Pune, which is being expanded this year. "
            "Analysts in Mumbai expect rivals such as Gokul and Amul to bid for the Nashik milk contracts soon.")
_CLOSURE_SUMMARY = ("Kestrel Foods to shut its Nashik dairy plant by March\n\n"
                    "Kestrel Foods will shut its dairy plant in Nashik by March after three years of losses. {} "
                    "Union leaders called the closure unfair, saying farmers in 40 villages would lose their main buyer.")


@pytest.mark.parametrize(("sentence", "found"), [
    # a summary's "reportedly" points at the article it was written from: held to that article
    ("Reportedly, the company will pay Rs 12 crore in compensation to the plant's 600 workers.", True),
    # a modal is an estimate, not the article's figure misreported
    ("The company could pay Rs 12 crore in compensation to the plant's 600 workers.", False),
])
def test_a_summarys_reportedly_is_held_to_its_source(nlp, sentence, found):
    facts = _facts(nlp, _CLOSURE, _CLOSURE_SUMMARY.format(sentence))
    conflicts = find_conflicts(facts).conflicts
    assert [sorted(v.display for v in c.values) for c in conflicts] == ([["INR 12 crore", "INR 18 crore"]] if found else [])


def test_the_period_prefilter_only_skips_what_no_period_can_start_with():
    """Every period pattern opens on a word, so the combined search may skip other characters;
    a pattern that opened otherwise (a bracket, a symbol) would have turned the skip off."""
    from extract.periods import _WORD_OPENING, _any, _top_level_parts

    assert _top_level_parts(r"\bweek(?:end|ly)|[|(]x|\b(?:day)") == [r"\bweek(?:end|ly)", "[|(]x", r"\b(?:day)"]
    assert not _WORD_OPENING.match("[|(]x") and _WORD_OPENING.match(r"\b(?:day)")
    assert _any().pattern.startswith(r"(?=\w)")
    assert _any().search("sales for the opening weekend rose") is not None


@pytest.mark.parametrize("phrase", [
    "running total", "overall takings", "so far", "to date", "taking its total to", "brought their tally to",
    "brings the overall collection to", "opening weekend", "debut week-end", "first day", "opening-day", "day one",
    "the weekend's", "three days", "3-day", "Friday to Sunday", "first half", "half-yearly", "six months", "H1",
    "third quarter", "quarterly", "Q3", "three months", "previous month", "over the past month", "monthly",
    "month-on-month", "a month earlier", "on the month", "on the year", "year-on-year", "on an annual basis",
    "same week", "in the last week", "weekly", "week-on-week",
    "a week before", "second place", "number one", "No. 1", "no 1", "box-office chart", "singles charts",
    "top of the charts", "RUNNING TOTAL"])
def test_every_period_match_holds_one_of_the_words_its_period_needs(phrase):
    """A clause is searched for periods only if it holds one of their ``needs`` words: each period's
    matches must hold one, or a clause naming the period would be skipped."""
    from extract.patterns import load_table
    from extract.periods import _names_a_period, _periods

    needs = {p["period"]: p["needs"] for p in load_table("periods.json")["periods"]}
    found = [(p.name, m.group()) for p in _periods() if (m := p.regex.search(phrase)) is not None]
    assert found
    assert all(any(word in text.lower() for word in needs[name]) for name, text in found)
    assert _names_a_period(f"sales {phrase} rose", 0, len(phrase) + 11)


def test_a_clause_without_any_periods_words_names_no_period():
    from extract.periods import _names_a_period

    assert not _names_a_period("revenue rose sharply", 0, 20)
    assert not _names_a_period("on Monday the company said", 0, 26)  # ("day" is there; no period is)
