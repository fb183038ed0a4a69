"""Stories: articles on the same news grouped, near-copies one origin, unrelated news apart."""

from __future__ import annotations

import datetime as dt
import random

from extract.records import parse_fact_line
from extract.stories import group_stories, rank_weight, similar_pairs, story_terms

FLOOD = ("Floods in Assam: Brahmaputra breaches embankments near Dibrugarh",
         "The Brahmaputra rose above the danger mark at Dibrugarh on Tuesday and breached two embankments, "
         "flooding villages across Assam. The state disaster response force moved 4,000 residents to relief "
         "camps, and the Dibrugarh district administration closed schools. Officials said the river could "
         "rise further as rain continues in Arunachal Pradesh upstream. Assam's chief minister visited the "
         "relief camps at Dibrugarh and promised compensation for damaged homes and crops.")
FLOOD_SUMMARY = ("Brahmaputra breaches embankments in Assam's Dibrugarh. The Brahmaputra breached two embankments "
                 "at Dibrugarh in Assam after rising above the danger mark, and 4,000 residents were moved to "
                 "relief camps, officials said.")
CHIP = ("Semiconductor plant: Gujarat clears fabrication unit at Dholera",
        "The Gujarat cabinet cleared a semiconductor fabrication plant at Dholera on Monday. The fabrication "
        "unit will make chips for cars and phones, and the semiconductor company expects production in two "
        "years. Dholera was picked for its water supply and power grid, the company said.")
CRICKET = ("Rain stops play as Bengaluru Test ends in a draw",
           "Rain at the Chinnaswamy stadium in Bengaluru washed out the final day of the Test, which ended in a "
           "draw. The visiting captain praised the Bengaluru groundstaff, and the spinners shared the wickets "
           "on the earlier days.")


def _text(article: tuple[str, str]) -> str:
    return "\n\n".join(article)


def _terms(texts: dict[str, str]) -> dict[str, list[str]]:
    return {doc: story_terms(text) for doc, text in texts.items()}


def test_terms_rank_names_and_repeated_words_first_and_skip_stop_words():
    terms = story_terms("Then the Dibrugarh embankment broke. The embankment was old, said Dibrugarh officials.")
    assert terms[:2] == ["dibrugarh", "embankment"]
    assert "the" not in terms and "said" not in terms and "was" not in terms


def test_a_summary_joins_its_source_and_other_news_stays_apart():
    stories = group_stories(_terms({"flood.txt": _text(FLOOD), "flood-summary.txt": FLOOD_SUMMARY,
                                    "chip.txt": _text(CHIP), "cricket.txt": _text(CRICKET)}))
    assert stories.story_of("flood-summary.txt") == stories.story_of("flood.txt") == "flood-summary.txt"
    assert len({stories.story_of(d) for d in ("flood.txt", "chip.txt", "cricket.txt")}) == 3


def test_a_reprint_is_one_origin_and_a_summary_is_not():
    reprint = _text(FLOOD).replace("on Tuesday", "on Tuesday evening") + "\n\n(With inputs from agencies)"
    stories = group_stories(_terms({"a.txt": _text(FLOOD), "b.txt": reprint, "s.txt": FLOOD_SUMMARY}))
    assert stories.origin_of("a.txt") == stories.origin_of("b.txt")
    assert stories.origin_of("s.txt") != stories.origin_of("a.txt")


def test_dated_articles_months_apart_are_different_stories():
    texts = _terms({"june.txt": _text(FLOOD), "august.txt": _text(FLOOD)})
    apart = group_stories(texts, {"june.txt": dt.date(2024, 6, 1), "august.txt": dt.date(2024, 8, 20)})
    assert apart.story_of("june.txt") != apart.story_of("august.txt")
    undated = group_stories(texts, {"june.txt": dt.date(2024, 6, 1), "august.txt": None})
    assert undated.story_of("june.txt") == undated.story_of("august.txt")


def test_grouping_does_not_depend_on_input_order():
    texts = _terms({"flood.txt": _text(FLOOD), "s.txt": FLOOD_SUMMARY, "chip.txt": _text(CHIP),
                    "cricket.txt": _text(CRICKET)})
    items = list(texts.items())
    random.Random(3).shuffle(items)
    assert group_stories(dict(items)) == group_stories(texts)


def test_thousands_of_articles_are_grouped_without_scoring_all_pairs(monkeypatch):
    """Counted, not timed: all pairs of 6,000 articles would be 18 million cosines."""
    from extract import stories as stories_module

    scored = []
    after = stories_module._Candidates.after
    monkeypatch.setattr(stories_module._Candidates, "after",
                        lambda self, i, floor: scored.append(len(found := after(self, i, floor))) or found)
    rng = random.Random(0)
    vocabulary = [f"word{i}" for i in range(20_000)]
    terms = {f"doc{i:05d}": rng.sample(vocabulary, 40) for i in range(6_000)}
    stories = group_stories(terms)
    assert len(scored) == 6_000  # every article looked for its candidates
    assert sum(scored) < 6_000  # fewer pairs scored than there are articles (43 here)
    assert len(set(stories.story.values())) > 5_000  # random word lists are unrelated


def test_facts_carry_the_story_terms_through_json_lines(sample_facts):
    fact = next(f for f in sample_facts if f.kind == "money")
    assert fact.story_terms and len(fact.story_terms) <= 40
    assert parse_fact_line(fact.model_dump_json()).story_terms == fact.story_terms
    same_article = {tuple(f.story_terms or ()) for f in sample_facts if f.evidence.doc == fact.evidence.doc}
    assert len(same_article) == 1


def test_terms_that_lead_both_lists_count_more_than_terms_mentioned_in_passing():
    # Two articles with the same words: by the lead cosine the one about what the summary leads with
    # is the closer; with equal weights the two score the same.
    words = [f"w{i:02d}" for i in range(30)]
    summary = ["crèche", "nutrition", "allocation", *words[:5]]
    about = ["crèche", "nutrition", "allocation", *words]
    passing = [*words, "crèche", "nutrition", "allocation"]
    filler = {f"other{i}.txt": [f"z{i}{j}" for j in range(30)] + ["crèche", "nutrition", "w00"] for i in range(6)}
    terms = {"s.txt": summary, "about.txt": about, "passing.txt": passing, **filler}
    flat = {frozenset((a, b)): cosine for a, b, cosine in similar_pairs(terms)}
    lead = {frozenset((a, b)): cosine for a, b, cosine in similar_pairs(terms, lead=True)}
    about_pair, passing_pair = frozenset(("s.txt", "about.txt")), frozenset(("s.txt", "passing.txt"))
    assert flat[about_pair] == flat[passing_pair]
    assert lead[about_pair] > lead[passing_pair] + 0.05
    assert rank_weight(0) == 1.0 and rank_weight(20) == 0.5


def test_a_summary_is_the_same_news_as_the_article_it_leads_with_even_when_another_shares_more_words():
    # The summary leads with what the article leads with (kestrel, ransom, tarnvale); another short
    # text shares more of its words overall (the x's), which the article mentions only at the end.
    article = ["kestrel", "ransom", "tarnvale", *[f"a{i:02d}" for i in range(30)], "x1", "x2", "x3"]
    summary = ["kestrel", "ransom", "tarnvale", "x1", "x2", "x3", "x4"]
    other = [*[f"b{i}" for i in range(8)], "x1", "x2", "x3", "x4"]
    filler = {f"f{i}.txt": [f"z{i}{j}" for j in range(20)] + ["x1", "b0", "a00"] for i in range(5)}
    stories = group_stories({"article.txt": article, "summary.txt": summary, "other.txt": other, **filler})
    flat = {b: stories.similarity("summary.txt", b) for b in ("article.txt", "other.txt")}
    assert flat["other.txt"] > flat["article.txt"]  # by the plain cosine the other text is nearer
    assert stories.same_news("summary.txt", "article.txt")
    assert not stories.same_news("article.txt", "other.txt")


def _summary_among_cousins(summary: list[str]) -> dict[str, list[str]]:
    """A summary, its article (kestrel, ransom, tarnvale), another summary sharing the summary's x's,
    three articles sharing the article's long tail (cousins), and unrelated filler."""
    article = ["kestrel", "ransom", "tarnvale", *[f"a{i:02d}" for i in range(37)]]
    other = ["x1", "x2", "x3", "x4", "b1", "b2", "b3", "b4"]
    cousins = {f"cousin{k}.txt": [*[f"a{i:02d}" for i in range(12 * k, 12 * k + 15)], *[f"c{k}{j}" for j in range(25)]]
               for k in range(3)}
    filler = {f"f{i}.txt": [f"z{i}{j}" for j in range(20)] + ["x1", "b1", "c00"] for i in range(5)}
    return {"article.txt": article, "summary.txt": summary, "other.txt": other, **cousins, **filler}


def test_a_summary_joins_the_article_it_is_clearly_nearest_to_among_articles():
    # The summary's nearest text is another summary (the x's), and the article has three closer
    # articles of its own; among articles (texts with a full list of terms) the summary's source is
    # the only one near it, so it joins it.
    stories = group_stories(_summary_among_cousins(["kestrel", "ransom", "tarnvale", "x1", "x2", "x3", "x4"]))
    assert stories.similarity("summary.txt", "other.txt") > stories.similarity("summary.txt", "article.txt")
    assert all(stories.similarity("article.txt", f"cousin{k}.txt") > stories.similarity("article.txt", "summary.txt")
               for k in range(3))
    assert stories.story_of("summary.txt") == stories.story_of("article.txt")


def test_a_summary_and_an_article_each_the_others_nearest_of_its_kind_are_one_story_and_the_same_news():
    # The summary's nearest text is another summary (the x's it leads with), the article's nearest
    # are articles that share its own long tail; but of the articles the summary is nearest to this
    # one, and of the summaries the article is nearest to this one: a summary and its source, one
    # story whatever their nearest neighbours joined.
    stories = group_stories(_summary_among_cousins(["x1", "x2", "x3", "x4", "kestrel", "ransom", "tarnvale"]))
    assert stories.similarity("summary.txt", "other.txt") > stories.similarity("summary.txt", "article.txt")
    assert stories.same_news("summary.txt", "article.txt")
    assert stories.story_of("summary.txt") == stories.story_of("article.txt")
    assert not stories.same_news("other.txt", "article.txt")


def test_a_summary_and_its_source_are_one_story_even_when_no_neighbour_or_margin_joins_them():
    # Three other summaries share the summary's x's (its nearest texts), the article's nearest are its
    # cousins, and a rival article leads with the same three words as the article (so the summary's
    # best article is not clearly the best): only "each the other's nearest of the other kind" says
    # the two are a summary and its source, and that alone makes them one story.
    texts = _summary_among_cousins(["x1", "x2", "x3", "x4", "kestrel", "ransom", "tarnvale"])
    texts.update({f"other{j}.txt": ["x1", "x2", "x3", "x4", f"o{j}1", f"o{j}2"] for j in range(3)})
    texts["rival.txt"] = ["ransom", "tarnvale", "kestrel", "x1", *[f"r{i:02d}" for i in range(36)]]
    stories = group_stories(texts)
    assert stories.similarity("summary.txt", "rival.txt") > stories.similarity("summary.txt", "article.txt") / 1.5
    assert stories.summarises("summary.txt", "article.txt")
    assert stories.story_of("summary.txt") == stories.story_of("article.txt")


def test_a_renamed_place_is_one_term_under_either_name():
    # "Gurgaon" and "Gurugram" are one city (patterns/story_terms.json), so a summary and its source
    # that each use one name share the name that tells their story apart.
    assert story_terms("Gurgaon police registered a case.")[0] == story_terms("Gurugram police registered a case.")[0]
    assert "madras" not in story_terms("The Madras High Court heard it.")
