"""Alignment: which figures of a story are comparable, paired one to one, and why."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.alignment import SOLE_MEASURE, STORY_OWNER, align, figures_of, nested_owner, same_measure
from extract.records import Evidence, MoneyFact, MoneyValue, PercentFact, PercentValue, Subject, fact_id
from extract.stories import Stories

ONE_STORY = Stories(story={"a": "a", "b": "a", "c": "a"}, origin={"a": "a", "b": "b", "c": "c"})


def money(doc: str, sentence: str, figure: str, amount: float, subject: str | None = "Tarn Valley Authority",
          predicate: str = "budget", label: str = "ORG", **qualifiers: str) -> MoneyFact:
    start = sentence.index(figure)
    return MoneyFact(
        id=fact_id(doc, "money", start, start + len(figure)),
        subject=Subject(text=subject, name=subject, label=label) if subject else None,
        predicate=predicate, qualifiers=qualifiers,
        value=MoneyValue(amount=amount, currency="INR", number=figure.split()[1], scale="crore", text=figure),
        evidence=Evidence(doc=doc, published=dt.date(2025, 3, 1), sentence=sentence, sentence_start=0,
                          start=start, end=start + len(figure)),
    )


def pairs_of(*facts: MoneyFact, stories: Stories = ONE_STORY, linked: frozenset[str] = frozenset(),
             terms: dict[str, list[str]] | None = None):
    figures = figures_of([(f, f) for f in facts], stories, {}, linked, terms)
    return align(figures, lambda x, y: x.value.amount == y.value.amount)


def test_totals_are_one_measure_whatever_they_are_called():
    assert same_measure("budget", "outlay") and same_measure("grant", "grant")
    assert not same_measure("grant", "outlay")


def test_budget_and_outlay_of_one_owner_are_paired_with_the_reason():
    [pair] = pairs_of(money("a", "The authority approved a budget of Rs 900 crore.", "Rs 900 crore", 9e9),
                      money("b", "Its outlay is Rs 950 crore.", "Rs 950 crore", 9.5e9, predicate="outlay"))
    assert "budget = outlay" in pair.reason or "outlay = budget" in pair.reason
    assert pair.differs is None and "Tarn Valley Authority" in pair.reason


def test_a_per_unit_amount_is_not_compared_with_a_total():
    assert pairs_of(money("a", "Farmers get Rs 15 crore each under the budget.", "Rs 15 crore", 1.5e8),
                    money("b", "The budget is Rs 90 crore in all.", "Rs 90 crore", 9e8)) == []


def test_other_owners_and_other_measures_are_not_compared():
    assert pairs_of(money("a", "A budget of Rs 90 crore.", "Rs 90 crore", 9e8),
                    money("b", "A budget of Rs 80 crore.", "Rs 80 crore", 8e8, subject="Kestrel Port Trust")) == []
    assert pairs_of(money("a", "A budget of Rs 90 crore.", "Rs 90 crore", 9e8),
                    money("b", "A grant of Rs 80 crore.", "Rs 80 crore", 8e8, predicate="grant")) == []


def test_a_figure_without_a_subject_belongs_to_the_storys_main_owner():
    [pair] = pairs_of(money("a", "The authority approved a budget of Rs 900 crore.", "Rs 900 crore", 9e9),
                      money("b", "A budget of Rs 950 crore was approved.", "Rs 950 crore", 9.5e9, subject=None))
    generic = pair.a if pair.a.doc == "b" else pair.b
    assert generic.owner == "Tarn Valley Authority" and generic.owner_how == STORY_OWNER


def test_without_a_named_figure_in_the_story_there_is_no_owner_to_borrow():
    [figure] = figures_of([(f, f) for f in [money("b", "A budget of Rs 950 crore.", "Rs 950 crore", 9.5e9,
                                                  subject=None)]], ONE_STORY, {}, frozenset())
    assert figure.owner == STORY_OWNER


def test_two_equally_good_partners_with_different_values_give_nothing():
    sentence = "The budget was Rs 900 crore, later Rs 700 crore."
    pairs = pairs_of(money("a", sentence, "Rs 900 crore", 9e9), money("a", sentence, "Rs 700 crore", 7e9),
                     money("b", "The budget was Rs 800 crore.", "Rs 800 crore", 8e9))
    assert pairs == []


def test_pairs_are_one_to_one_best_first():
    a1 = money("a", "The budget for roads is Rs 900 crore.", "Rs 900 crore", 9e9)
    a2 = money("a", "The budget for dams and canals is Rs 300 crore.", "Rs 300 crore", 3e9)
    b1 = money("b", "The budget for dams and canals: Rs 350 crore.", "Rs 350 crore", 3.5e9)
    [pair] = pairs_of(a1, a2, b1)
    assert {pair.a.fact.value.amount, pair.b.fact.value.amount} == {3e9, 3.5e9}


def test_a_different_year_is_kept_aside_as_a_different_period():
    [pair] = pairs_of(money("a", "The budget in 2023 was Rs 900 crore.", "Rs 900 crore", 9e9, year="2023",
                            date_precision="year"),
                      money("b", "The budget in 2024 was Rs 950 crore.", "Rs 950 crore", 9.5e9, year="2024",
                            date_precision="year"))
    assert pair.differs == "period"


def test_another_place_is_another_measure():
    assert pairs_of(money("a", "A budget of Rs 90 crore.", "Rs 90 crore", 9e8, place="Kerala"),
                    money("b", "A budget of Rs 80 crore.", "Rs 80 crore", 8e8, place="Odisha")) == []


def test_unrelated_stories_are_not_compared_unless_the_owner_is_linked():
    apart = Stories(story={"a": "a", "b": "b"}, origin={"a": "a", "b": "b"})
    facts = (money("a", "A budget of Rs 90 crore.", "Rs 90 crore", 9e8),
             money("b", "A budget of Rs 80 crore.", "Rs 80 crore", 8e8))
    assert pairs_of(*facts, stories=apart) == []
    assert len(pairs_of(*facts, stories=apart, linked=frozenset({"Tarn Valley Authority"}))) == 1


def test_near_copies_are_one_origin_and_never_paired():
    copies = Stories(story={"a": "a", "b": "a"}, origin={"a": "a", "b": "a"})
    assert pairs_of(money("a", "A budget of Rs 90 crore.", "Rs 90 crore", 9e8),
                    money("b", "A budget of Rs 80 crore.", "Rs 80 crore", 8e8), stories=copies) == []


def test_a_programmes_total_is_compared_across_one_story_even_between_distant_articles():
    distant = Stories(story={"a": "a", "b": "a"}, origin={"a": "a", "b": "b"})  # one story, never close
    facts = [money("a", "The mission has a total outlay of Rs 900 crore.", "Rs 900 crore", 9e9, predicate="outlay",
                   label="PROGRAMME"),
             money("b", "The mission's total budget is Rs 950 crore.", "Rs 950 crore", 9.5e9, label="PROGRAMME")]
    figures = figures_of([(f, f) for f in facts], distant, {}, frozenset({"Tarn Valley Authority"}))
    [pair] = align(figures, lambda x, y: x.value.amount == y.value.amount, distant)
    assert pair.a.scope == pair.b.scope == "linked:Tarn Valley Authority"
    unlinked = figures_of([(f, f) for f in facts], distant, {}, frozenset())
    assert align(unlinked, lambda x, y: x.value.amount == y.value.amount, distant) == []


def test_one_rate_of_a_list_needs_its_items_words_to_be_compared():
    listed = [money("a", f"From July, {item} will attract a levy of Rs {n} crore under the new tax regime.",
                    f"Rs {n} crore", n * 1e7) for item, n in (("gutkha", 204), ("pan masala", 60), ("cigars", 290))]
    other = money("b", "Smoking mixtures for pipes and cigars will attract Rs 5 crore, the council said.",
                  "Rs 5 crore", 5e7)
    # Three values of one owner and measure in article a: a list; 0.38 of clause words in common is
    # not enough to say which of its items the other article's figure is.
    assert pairs_of(*listed, other) == []
    assert len(pairs_of(listed[2], other)) == 1  # with one value only, owner and measure do say it


def test_a_seasonally_adjusted_rate_is_not_compared_with_a_raw_one():
    raw = money("a", "Joblessness in Varno rose to Rs 108 crore in all.", "Rs 108 crore", 1.08e9)
    adjusted = money("b", "Adjusted for seasonal changes, joblessness in Varno was Rs 117 crore.", "Rs 117 crore",
                     1.17e9, adjustment="seasonally adjusted")
    assert pairs_of(raw, adjusted) == []
    assert len(pairs_of(raw, money("b", "Joblessness in Varno came to Rs 117 crore in all.", "Rs 117 crore",
                                   1.17e9))) == 1


def test_a_difference_is_not_compared_with_a_total():
    total = money("a", "The authority will get a budget of Rs 900 crore this year.", "Rs 900 crore", 9e9)
    more = money("b", "The authority will get a budget Rs 300 crore more than the port.", "Rs 300 crore", 3e9,
                 comparison="difference")
    assert pairs_of(total, more) == []
    assert len(pairs_of(total, money("b", "The authority will get a budget of Rs 950 crore.", "Rs 950 crore",
                                     9.5e9))) == 1


def test_an_owner_name_cut_short_is_the_same_owner_when_its_sentence_says_the_rest():
    long = money("a", "The Fisheries and Coastal Welfare Department got Rs 80 crore.", "Rs 80 crore", 8e8,
                 subject="Fisheries and Coastal Welfare Department")
    short = money("b", "Funds for fisheries and Coastal Welfare rose to Rs 95 crore.", "Rs 95 crore", 9.5e8,
                  subject="Coastal Welfare")
    [pair] = pairs_of(long, short)
    assert "one name within the other" in pair.reason


def test_a_shorter_name_is_another_owner_when_the_longer_adds_a_word_its_sentence_does_not_say():
    assert pairs_of(money("a", "The Upper Tarn Valley Authority got Rs 80 crore.", "Rs 80 crore", 8e8,
                          subject="Upper Tarn Valley Authority"),
                    money("b", "The valley authority got Rs 95 crore.", "Rs 95 crore", 9.5e8,
                          subject="Tarn Valley Authority")) == []


def test_names_within_names():
    assert nested_owner("Coastal Welfare", "Fisheries and Coastal Welfare Department")
    assert not nested_owner("Kerala", "Bank of Kerala")  # one word is too little
    assert not nested_owner("Mira Joshi", "Mira Joshi and Ravi Nair")  # one of two owners


def _ransom(doc: str, sentence: str, figure: str, amount: float, subject: str, label: str) -> MoneyFact:
    return money(doc, sentence, figure, amount, subject=subject, predicate="ransom", label=label)


def test_the_only_ransom_of_each_article_is_one_figure_whoever_the_owners_came_out_as():
    a = _ransom("a", "Extortionists seeking Rs 9 lakh in Bitcoin locked the dairy's servers.", "Rs 9 lakh", 9e5,
                "Bitcoin", "NAME")
    b = _ransom("b", "The dairy was asked for a Rs 11 lakh ransom in Bitcoin by extortionists.", "Rs 11 lakh", 1.1e6,
                "Norway", "COUNTRY")
    [pair] = pairs_of(a, b)
    assert pair.measure_how.startswith(SOLE_MEASURE) and "read apart" in pair.reason


def test_a_second_ransom_in_one_article_or_a_common_measure_keeps_owners_apart():
    a = _ransom("a", "Extortionists seeking Rs 9 lakh in Bitcoin locked the dairy's servers.", "Rs 9 lakh", 9e5,
                "Bitcoin", "NAME")
    b = _ransom("b", "The dairy was asked for a Rs 11 lakh ransom in Bitcoin by extortionists.", "Rs 11 lakh", 1.1e6,
                "Norway", "COUNTRY")
    b2 = _ransom("b", "A mill nearby was asked for a Rs 3 lakh ransom in Bitcoin by extortionists.", "Rs 3 lakh",
                 3e5, "Norway", "COUNTRY")
    assert pairs_of(a, b, b2) == []
    assert pairs_of(money("a", "The dairy's budget in Bitcoin is Rs 9 lakh.", "Rs 9 lakh", 9e5, subject="Bitcoin"),
                    money("b", "The dairy's budget in Bitcoin is Rs 11 lakh.", "Rs 11 lakh", 1.1e6,
                          subject="Norway", label="COUNTRY")) == []


def _deal(doc: str, sentence: str, figure: str, amount: float, subject: str,
          predicate: str = "deal_value") -> MoneyFact:
    return money(doc, sentence, figure, amount, subject=subject, predicate=predicate, label="ORG")


@pytest.mark.parametrize("predicate", ["deal_value", "price"])  # "bought it for Rs 40 crore" is read as either
def test_the_only_deal_price_of_each_article_is_one_figure_when_the_clauses_say_the_same(predicate):
    # The trawler's price: one owner read as its nickname, the other as its name.
    a = _deal("a", "The state bought the trawler Kestrel for Rs 40 crore in 1992.", "Rs 40 crore", 4e8, "Kestrel",
              predicate)
    b = _deal("b", "The vessel, nicknamed the Old Gull, was bought by the state for Rs 3 crore in 1992.",
              "Rs 3 crore", 3e7, "Old Gull", predicate)
    # The second article names the trawler elsewhere: its story terms hold "kestrel".
    [pair] = pairs_of(a, b, terms={"a": ["trawler", "kestrel", "state"], "b": ["vessel", "kestrel", "gull"]})
    assert pair.measure_how.startswith(SOLE_MEASURE) and "read apart" in pair.reason


def test_two_named_actors_neither_article_speaks_of_the_other_are_two_fines():
    a = money("a", "Orvane Chemicals agreed to pay a Rs 2 crore fine for bribing an official.", "Rs 2 crore", 2e7,
              subject="Orvane Chemicals", predicate="fine", label="NAME")
    b = money("b", "Delta Arms agreed to pay Rs 13 crore in penalties for bribing officials.", "Rs 13 crore", 1.3e8,
              subject="Delta Arms", predicate="fine", label="NAME")
    terms = {"a": ["orvane", "chemical", "bribe", "fine"], "b": ["delta", "arms", "bribe", "penalty"]}
    assert pairs_of(a, b, terms=terms) == []
    terms["b"] += ["orvane", "chemical"]  # the second article also tells of Orvane's case: one fine read apart
    assert len(pairs_of(a, b, terms=terms)) == 1


def test_a_price_paid_and_a_bid_planned_are_two_deals():
    # Few words in common: a sole deal price needs half its clause's words in the other's.
    a = _deal("a", "Kestrel Oil bought the Tarn refinery for Rs 900 crore at Sunday's state auction.", "Rs 900 crore",
              9e9, "Kestrel Oil")
    b = _deal("b", "Gull Energy had planned a Rs 1000 crore bid for the Tarn refinery before Sunday, funded by banks.",
              "Rs 1000 crore", 1e10, "Gull Energy")
    assert pairs_of(a, b) == []


def test_a_figure_its_article_repeats_is_paired_too():
    headline = money("a", "Tarn Valley Authority budget raised to Rs 95 crore", "Rs 95 crore", 9.5e8)
    body = money("a", "The Tarn Valley Authority's budget was raised to about Rs 95 crore on Monday.",
                  "Rs 95 crore", 9.5e8)
    other = money("b", "The Tarn Valley Authority's budget was raised to Rs 80 crore.", "Rs 80 crore", 8e8)
    pairs = pairs_of(headline, body, other)
    assert sorted(p.a.fact.evidence.sentence[:3] + p.b.fact.evidence.sentence[:3] for p in pairs) == \
        ["TarThe", "TheThe"]


def test_a_bound_is_not_a_repetition():
    over = money("a", "The Tarn Valley Authority's budget is now over Rs 20 crore.", "Rs 20 crore", 2e8)
    over = over.model_copy(update={"value": over.value.model_copy(update={"approx": "over"})})
    body = money("a", "The Tarn Valley Authority's budget is now Rs 95 crore.", "Rs 95 crore", 9.5e8)
    other = money("b", "The Tarn Valley Authority's budget is now Rs 80 crore.", "Rs 80 crore", 8e8)
    figures = figures_of([(f, f) for f in (over, body, other)], ONE_STORY, {}, frozenset())
    # "Over Rs 20 crore" agrees with Rs 80 crore and with Rs 95 crore alike; Rs 95 crore is not its repetition.
    pairs = align(figures, lambda x, y: x.value.amount == y.value.amount or "over" in (x.value.approx, y.value.approx))
    assert [(p.a.fact.value.text, p.b.fact.value.text) for p in pairs] == [("Rs 20 crore", "Rs 80 crore")]


def share(doc: str, sentence: str, figure: str) -> PercentFact:
    start = sentence.index(figure)
    return PercentFact(
        id=fact_id(doc, "percent", start, start + len(figure)),
        subject=Subject(text="Tarn Valley Authority", name="Tarn Valley Authority", label="ORG"),
        predicate="share", qualifiers={},
        value=PercentValue(amount=float(figure.rstrip("%")), unit="%", number=figure.rstrip("%"), text=figure),
        evidence=Evidence(doc=doc, published=dt.date(2025, 3, 1), sentence=sentence, sentence_start=0,
                          start=start, end=start + len(figure)),
    )


def test_two_shares_that_make_up_the_whole_are_its_two_parts_not_one_share():
    [pair] = pairs_of(share("a", "The authority spent only 19% of the fund released for canal repairs.", "19%"),
                      share("b", "The authority left 81% of the fund released for canal repairs unspent.", "81%"))
    assert pair.differs == "scope"
    [pair] = pairs_of(share("a", "The authority spent only 19% of the fund released for canal repairs.", "19%"),
                      share("b", "The authority spent 25% of the fund released for canal repairs.", "25%"))
    assert pair.differs is None  # one share given two ways: a conflict


def test_a_programme_written_in_lower_case_is_the_programme_another_article_names():
    named = money("a", "Its Harbour Towns Renewal Fund grew from Rs 3 crore to Rs 4 crore.", "Rs 3 crore", 3e7,
                  subject="Harbour Towns Renewal Fund", predicate="funding", label="PROGRAMME")
    small = money("b", "The harbour towns renewal fund for councillors grew from Rs 60 lakh to Rs 4 crore a year.",
                  "Rs 60 lakh", 6e6, subject="Councillors", predicate="funding")
    figures = figures_of([(f, f) for f in (named, small)], ONE_STORY, {}, frozenset({"Harbour Towns Renewal Fund"}))
    assert figures[1].owner == "Harbour Towns Renewal Fund"
    [pair] = align(figures, lambda x, y: x.value.amount == y.value.amount)
    assert "programme named in lower case" in pair.reason
    # Two words of the name are any fund's words; and a name written in capitals is read by names.
    short = money("b", "The renewal fund for councillors grew from Rs 60 lakh.", "Rs 60 lakh", 6e6,
                  subject="Councillors", predicate="funding")
    [_, kept] = figures_of([(f, f) for f in (named, short)], ONE_STORY, {}, frozenset({"Harbour Towns Renewal Fund"}))
    assert kept.owner == "Councillors"


def test_a_changes_old_value_is_never_paired_with_its_new_one():
    old = money("a", "The budget was raised from Rs 50 crore to Rs 80 crore.", "Rs 50 crore", 5e8)
    new = money("b", "The budget was raised from Rs 60 crore to Rs 80 crore.", "Rs 80 crore", 8e8)
    assert pairs_of(old, new) == []
    other_old = money("b", "The budget was raised from Rs 60 crore to Rs 80 crore.", "Rs 60 crore", 6e8)
    [pair] = pairs_of(old, new, other_old)
    assert {pair.a.fact.value.text, pair.b.fact.value.text} == {"Rs 50 crore", "Rs 60 crore"}


def test_a_bound_far_from_a_value_does_not_say_the_other_source_gives_it():
    # The summary's "over Rs 1 crore" (another measure) holds Rs 50 crore, but does not restate it:
    # Rs 50 crore is still paired with the summary's Rs 70 crore budget.
    over = money("a", "Members' pay rises to over Rs 1 crore.", "Rs 1 crore", 1e7, predicate="salary")
    over = over.model_copy(update={"value": over.value.model_copy(update={"approx": "over"})})
    budget = money("a", "The Tarn Valley Authority's budget is Rs 70 crore.", "Rs 70 crore", 7e8)
    source = money("b", "The Tarn Valley Authority's budget is Rs 50 crore.", "Rs 50 crore", 5e8)
    figures = figures_of([(f, f) for f in (over, budget, source)], ONE_STORY, {}, frozenset())
    pairs = align(figures, lambda x, y: x.value.amount == y.value.amount
                  or (x.value.approx == "over" and y.value.amount > x.value.amount)
                  or (y.value.approx == "over" and x.value.amount > y.value.amount))
    assert [(p.a.fact.value.text, p.b.fact.value.text) for p in pairs] == [("Rs 70 crore", "Rs 50 crore")]


def test_a_share_price_is_a_moment_and_two_articles_prices_are_not_compared():
    suspended = money("a", "Kestrel Wines' shares were suspended at Rs 425.", "Rs 425", 425.0, subject="Kestrel Wines",
                      predicate="price")
    risen = money("b", "Kestrel Wines' shares rose 12% to Rs 476 on news of the bid.", "Rs 476", 476.0,
                  subject="Kestrel Wines", predicate="price")
    assert pairs_of(suspended, risen) == []
    # An offer's price per share is one figure, whichever article gives it.
    offer = money("a", "Orvex offered Rs 417 a share for Kestrel Wines.", "Rs 417", 417.0, subject="Kestrel Wines",
                  predicate="price")
    other = money("b", "Orvex's offer of Rs 430 a share for Kestrel Wines was rejected.", "Rs 430", 430.0,
                  subject="Kestrel Wines", predicate="price")
    assert len(pairs_of(offer, other)) == 1


def test_what_was_spent_and_what_remained_unspent_are_two_parts_not_one_figure():
    # The same clause words but for one word and its "un" form: two parts of one sum, as two shares
    # that add up to 100% are; without the "un" word the two are one figure given two ways (a conflict).
    unspent = "Of the Rs 900 crore budget the authority released for dams, Rs 700 crore remained unspent."
    spent = "Of the Rs 900 crore budget the authority released for dams, only Rs 200 crore was spent."
    [pair] = pairs_of(money("a", unspent, "Rs 700 crore", 7e9), money("b", spent, "Rs 200 crore", 2e9))
    assert pair.differs == "scope"
    said = spent.replace("only Rs 200 crore was spent", "Rs 700 crore was spent")
    [pair] = pairs_of(money("a", said, "Rs 700 crore", 7e9), money("b", spent, "Rs 200 crore", 2e9))
    assert pair.differs is None
