"""Conflicts: the real disagreements in samples/ and the tricky fixtures, nothing else."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extract.articles import Article, read_articles
from extract.cli import app
from extract.conflicts import CONFLICT_ADAPTER, cluster_values, find_conflicts
from extract.facts import facts_from_articles
from extract.records import Evidence, MoneyFact, MoneyValue, Subject, fact_id

from .conftest import SAMPLES, TRICKY

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_report(sample_facts):
    return find_conflicts(sample_facts)


@pytest.fixture(scope="module")
def tricky_facts(nlp):
    articles = list(read_articles([str(TRICKY)], glob="*.txt"))
    return [f for _, facts in facts_from_articles(nlp, articles) for f in facts]


def _by_subject(report):
    return {(c.subject.name if c.subject else None, c.predicate): c for c in report.conflicts}


def test_ncmm_outlay_conflict_is_found_with_both_values_and_the_hint(sample_report):
    conflict = _by_subject(sample_report)[("National Critical Mineral Mission", "outlay")]
    assert [v.value.amount for v in conflict.values] == [163000000000.0, 343000000000.0]
    assert conflict.values[1].articles == ["ncmm-explainer.md"]
    assert len(conflict.values[0].articles) >= 4
    assert conflict.severity.level == "high" and conflict.severity.spread == pytest.approx(0.5248, abs=1e-3)
    assert "18,000 crore" in conflict.hint and "ncmm-cabinet-approval.txt" in conflict.hint


def test_trust_expansion_conflict_is_found(sample_report):
    conflict = _by_subject(sample_report)[("TRUST", "stands_for")]
    assert {v.display for v in conflict.values} == {
        "Transforming the Relationship Utilizing Strategic Technology",
        "Technology and Resilient United States-India Supply Chains for Trusted partners"}


def test_msfn_joining_date_conflict_is_found(sample_report):
    [conflict] = [c for c in sample_report.conflicts if c.kind == "date"]
    assert conflict.subject.name == "Minerals Security Finance Network"
    assert sorted(v.display for v in conflict.values) == ["2023", "2024-09"]


def test_consistent_sample_figures_are_not_flagged(sample_report):
    flagged = {v.value.amount for c in sample_report.conflicts if c.kind == "value" for v in c.values}
    for consistent in (70000000000.0, 15000000000.0, 675000000.0, 70.0):
        assert consistent not in flagged
    # Only the three deliberate disagreements.
    assert len(sample_report.real_conflicts) == 3


def test_msp_june_2023_agrees_with_2023(sample_report):
    assert not [c for c in sample_report.conflicts if c.subject and c.subject.name == "Minerals Security Partnership"]


def test_tricky_fixtures_have_exactly_the_one_true_conflict(tricky_facts):
    report = find_conflicts(tricky_facts)
    [conflict] = report.conflicts
    assert conflict.subject.name == "Battery and Critical Mineral Recycling Program"
    assert conflict.predicate == "grant" and conflict.qualifiers["year"] == "2024"
    assert [v.value.amount for v in conflict.values] == [125000000.0, 192000000.0]


def test_three_notations_of_one_figure_agree(tricky_facts):
    outlays = [f for f in tricky_facts if f.kind == "money" and f.predicate == "outlay"
               and f.subject.name == "National Critical Mineral Mission" and "hedge" not in f.qualifiers]
    assert {f.value.text for f in outlays} >= {"Rs 16,300 crore", "₹163 billion", "Rs 1,63,00,00,00,000"}
    assert len(cluster_values(outlays, 0.01)) == 1


def test_rumoured_figure_is_qualified_not_compared(tricky_facts):
    rumour = next(f for f in tricky_facts if getattr(f.value, "text", "") == "Rs 20,000 crore")
    assert rumour.qualifiers["hedge"] in ("could", "reportedly")


def _money(doc: str, amount: float, approx: str | None = None, predicate: str = "outlay") -> MoneyFact:
    text = f"Rs {amount / 1e7:,.0f} crore"
    return MoneyFact(
        id=fact_id(doc, "money", 0, len(text)), subject=Subject(text="NCMM", name="NCMM", label="PROGRAMME"),
        predicate=predicate, value=MoneyValue(amount=amount, currency="INR", number="x", text=text, approx=approx),
        evidence=Evidence(doc=doc, published=dt.date(2025, 2, 1), sentence=text, sentence_start=0, start=0,
                          end=len(text)),
    )


def test_spelling_variants_of_a_programme_are_one_owner(nlp):
    # one programme written two ways in two articles: each keeps its own spelling, and the
    # outlays are still compared
    texts = {"a.txt": "Fishery plan\n\nThe Coastal Fisheries Programme has an outlay of Rs 500 crore, "
                      "the ministry said on Monday.",
             "b.txt": "Fishery plan cleared\n\nThe Coastal Fishery Program has an outlay of Rs 700 crore, "
                      "officials said on Monday."}
    articles = [Article(id=doc, text=text, published=dt.date(2025, 2, 1)) for doc, text in texts.items()]
    facts = [f for _, found in facts_from_articles(nlp, articles) for f in found]
    assert {f.subject.name for f in facts if f.kind == "money"} == {"Coastal Fisheries Programme",
                                                                  "Coastal Fishery Program"}
    conflict, = [c for c in find_conflicts(facts).conflicts if c.kind == "value"]
    assert sorted(v.value.amount for v in conflict.values) == [5e9, 7e9]


def test_approximate_figure_agrees_within_the_wider_tolerance():
    assert find_conflicts([_money("a", 7.0e10, "about"), _money("b", 6.8e10)]).conflicts == []
    assert len(find_conflicts([_money("a", 7.0e10), _money("b", 6.8e10)]).conflicts) == 1


def test_two_bounds_the_same_way_compare_by_the_numbers_they_state():
    # "over Rs 3,000 crore" and "over Rs 5,000 crore" fit one value as intervals, but each source
    # states its own number; a bound and an exact figure inside it still agree.
    assert len(find_conflicts([_money("a", 3.0e10, "over"), _money("b", 5.0e10, "over")]).conflicts) == 1
    assert len(find_conflicts([_money("a", 3.0e10, "under"), _money("b", 5.0e10, "under")]).conflicts) == 1
    assert find_conflicts([_money("a", 3.0e10, "over"), _money("b", 5.0e10)]).conflicts == []
    assert find_conflicts([_money("a", 3.0e10, "over"), _money("b", 5.0e10, "under")]).conflicts == []
    assert find_conflicts([_money("a", 3.0e10, "over"), _money("b", 3.0e10, "over")]).conflicts == []


def test_tolerance_option_changes_what_counts_as_the_same():
    facts = [_money("a", 1.00e10), _money("b", 1.015e10)]
    assert len(find_conflicts(facts, tolerance=0.01).conflicts) == 1
    assert find_conflicts(facts, tolerance=0.02).conflicts == []


def test_different_currencies_are_not_compared():
    usd = _money("b", 2.0e9).model_copy(update={"value": MoneyValue(amount=2.0e9, currency="USD", number="2",
                                                                  text="$2 billion")})
    assert find_conflicts([_money("a", 1.63e11), usd]).conflicts == []


def test_rates_let_different_currencies_be_compared():
    usd = _money("b", 2.0e9).model_copy(update={"value": MoneyValue(amount=2.0e9, currency="USD", number="2",
                                                                  text="$2 billion")})
    same = find_conflicts([_money("a", 1.66e11), usd], rates={"USD": 83.0}, base="INR")
    assert same.conflicts == [] and same.groups_compared == 1
    differ = find_conflicts([_money("a", 3.43e11), usd], rates={"USD": 83.0}, base="INR")
    [conflict] = differ.conflicts
    assert {v.value.currency for v in conflict.values} == {"INR", "USD"}  # shown as written


def test_cli_rate_without_base_is_a_usage_error():
    result = runner.invoke(app, ["conflicts", str(SAMPLES), "--rate", "USD=83"])
    assert result.exit_code == 2 and "--base" in result.stderr


amounts = st.lists(st.sampled_from([1.63e11, 3.43e11, 7.0e10, 1.5e10]), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=amounts, order=st.randoms())
def test_conflicts_do_not_depend_on_article_order(values, order):
    facts = [_money(f"doc{i}", v) for i, v in enumerate(values)]
    shuffled = list(facts)
    order.shuffle(shuffled)
    dump = lambda r: CONFLICT_ADAPTER.dump_json(r.conflicts)  # noqa: E731
    assert dump(find_conflicts(facts)) == dump(find_conflicts(shuffled))


@settings(max_examples=30, deadline=None)
@given(copies=st.integers(min_value=1, max_value=5), value=st.sampled_from([1.63e11, 3.43e11]))
def test_copies_of_one_article_have_no_conflicts(copies, value):
    facts = [_money(f"copy{i}", value) for i in range(copies)] + [_money(f"copy{i}", 7.0e10, predicate="allocation")
                                                               for i in range(copies)]
    assert find_conflicts(facts).conflicts == []


def test_sample_articles_shuffled_give_the_same_report(sample_facts):
    import random

    shuffled = list(sample_facts)
    random.Random(7).shuffle(shuffled)
    assert CONFLICT_ADAPTER.dump_json(find_conflicts(shuffled).conflicts) == \
        CONFLICT_ADAPTER.dump_json(find_conflicts(sample_facts).conflicts)


def test_one_sample_article_alone_has_no_conflicts(nlp):
    for path in sorted(SAMPLES.iterdir()):
        articles = list(read_articles([str(path)]))
        facts = [f for _, fs in facts_from_articles(nlp, articles) for f in fs]
        singles = [c for c in find_conflicts(facts).conflicts if len({a for v in c.values for a in v.articles}) < 2
                   and c.status == "conflict"]
        assert singles == [] or path.suffix == ".jsonl"


# -- the command --------------------------------------------------------------------------------

def test_cli_json_output_validates_and_fail_on_conflict_exits_1():
    result = runner.invoke(app, ["conflicts", str(SAMPLES), "--format", "json", "--fail-on-conflict"])
    assert result.exit_code == 1
    conflicts = CONFLICT_ADAPTER.validate_json(result.stdout)
    assert len([c for c in conflicts if c.status == "conflict"]) == 3
    assert "3 conflicts" in result.stderr


def test_cli_composes_with_extract_through_a_pipe():
    facts = runner.invoke(app, ["extract", str(SAMPLES)]).stdout
    piped = runner.invoke(app, ["conflicts", "-", "--format", "json"], input=facts)
    direct = runner.invoke(app, ["conflicts", str(SAMPLES), "--format", "json"])
    assert piped.exit_code == 0 and json.loads(piped.stdout) == json.loads(direct.stdout)


def test_cli_reports_malformed_fact_lines_with_line_numbers():
    facts = runner.invoke(app, ["extract", str(SAMPLES)]).stdout.splitlines()
    broken = "\n".join([facts[0], '{"kind": "money"}', *facts[1:]]) + "\n"
    result = runner.invoke(app, ["conflicts", "-", "--format", "json"], input=broken)
    assert result.exit_code == 1 and "<stdin>:2" in result.stderr
    assert len([c for c in json.loads(result.stdout) if c["status"] == "conflict"]) == 3


def test_cli_table_report_fits_80_columns():
    result = runner.invoke(app, ["conflicts", str(SAMPLES), "--format", "table"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "National Critical Mineral Mission" in result.stdout and "hint" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_conflict_schema_is_published():
    schema = json.loads(runner.invoke(app, ["schema", "conflict"]).stdout)
    assert schema["type"] == "array" and "Conflict" in schema["$defs"]


# -- stories, alignment and labels (issue 10) ------------------------------------------------------

TEXTILE_A = ("India's textile exports: a strong quarter for Tiruppur mills\n\nIndia's textile exports grew 9% in the "
             "April-June quarter, the textile ministry said. Knitwear makers in Tiruppur led the rise, with orders "
             "from European buyers of cotton garments. Exporters in Tiruppur said freight costs had eased.")
TEXTILE_B = ("Tiruppur knitwear orders lift India's textile exports\n\nIndia's textile exports grew 6% in the "
             "April-June quarter, according to the textile ministry. Tiruppur knitwear makers reported more orders "
             "for cotton garments from European buyers, while freight costs eased for mills.")
CRICKET = ("Bengaluru Test ends in a draw as rain stops play\n\nRain at the Chinnaswamy stadium washed out the final "
           "day of the Bengaluru Test. India's exports grew 2% in the quarter, the commentators noted between "
           "showers, as the groundstaff covered the pitch and the spinners waited.")


def _facts_of(nlp, texts: dict[str, str]):
    from extract.articles import Article

    articles = [Article(id=doc, text=text) for doc, text in texts.items()]
    return [f for _, facts in facts_from_articles(nlp, articles) for f in facts]


def test_the_same_measure_in_one_story_conflicts_and_an_unrelated_story_is_left_out(nlp):
    report = find_conflicts(_facts_of(nlp, {"textile-a.txt": TEXTILE_A, "textile-b.txt": TEXTILE_B,
                                            "cricket.txt": CRICKET}))
    [conflict] = report.conflicts
    assert [v.display for v in conflict.values] == ["6%", "9%"]
    assert {a for v in conflict.values for a in v.articles} == {"textile-a.txt", "textile-b.txt"}
    assert conflict.label == "conflict" and conflict.confidence >= 0.5
    assert conflict.story == "textile-a.txt" and "growth" in conflict.reason
    assert report.stories == 2


def test_rounding_is_labelled_and_left_out_under_the_default_confidence(nlp):
    rounded = TEXTILE_B.replace("grew 6%", "grew 9.4%")
    facts = _facts_of(nlp, {"textile-a.txt": TEXTILE_A, "textile-b.txt": rounded})
    assert find_conflicts(facts).conflicts == []
    [finding] = find_conflicts(facts, min_confidence=0).conflicts
    assert finding.label == "rounding" and finding.confidence < 0.5


def test_a_figure_cut_to_fewer_digits_is_rounding_and_a_large_cut_is_not(nlp):
    # "16%" for 16.6% is the figure with its decimals cut off (rounded, it would be 17%); "20%" for
    # 25% (cut to tens) is a different figure: 20% apart is more than any rounding.
    def pair(a: str, b: str) -> dict[str, str]:
        return {"textile-a.txt": TEXTILE_A.replace("grew 9%", f"grew {a}"),
                "textile-b.txt": TEXTILE_B.replace("grew 6%", f"grew {b}")}

    [finding] = find_conflicts(_facts_of(nlp, pair("16%", "16.6%")), min_confidence=0).conflicts
    assert finding.label == "rounding"
    [finding] = find_conflicts(_facts_of(nlp, pair("20%", "25%"))).conflicts
    assert finding.label == "conflict"


def _outlay(doc: str, sentence: str, figure: str, amount: float, published: dt.date, terms: list[str]) -> MoneyFact:
    start = sentence.index(figure)
    return MoneyFact(
        id=fact_id(doc, "money", start, start + len(figure)), predicate="outlay", story_terms=terms,
        subject=Subject(text="the mission", name="National Tidal Energy Mission", label="PROGRAMME"),
        value=MoneyValue(amount=amount, currency="INR", number=figure.split()[1], scale="crore", text=figure),
        evidence=Evidence(doc=doc, published=published, sentence=sentence, sentence_start=0, start=start,
                          end=start + len(figure)))


def test_a_later_article_revising_a_programmes_figure_is_a_revision():
    early = _outlay("a", "The mission's total outlay is Rs 16,300 crore.", "Rs 16,300 crore", 1.63e11,
                    dt.date(2025, 2, 1), ["mission", "tidal", "outlay", "cabinet"])
    later = _outlay("b", "The mission's total outlay was revised to Rs 18,000 crore.", "Rs 18,000 crore", 1.8e11,
                    dt.date(2025, 6, 1), ["mission", "tidal", "outlay", "revised"])
    [finding] = find_conflicts([early, later], min_confidence=0).conflicts
    assert finding.label == "revision" and finding.story is None  # months apart: two stories, one programme
    assert find_conflicts([early, later]).conflicts == []


def _ransom(doc: str, sentence: str, figure: str, amount: float, owner: str, label: str) -> MoneyFact:
    start = sentence.index(figure)
    return MoneyFact(
        id=fact_id(doc, "money", start, start + len(figure)), predicate="ransom",
        story_terms=["tarn", "dairy", "hacker", "ransom", "bitcoin", "server", doc],
        subject=Subject(text=owner, name=owner, label=label),
        value=MoneyValue(amount=amount, currency="INR", number=figure.split()[1], scale="lakh", text=figure),
        evidence=Evidence(doc=doc, published=None, sentence=sentence, sentence_start=0, start=start,
                          end=start + len(figure)))


def test_a_finding_on_owners_read_apart_is_named_by_the_owner_both_articles_are_about():
    # "Norwegian bitcoins" made the first figure's owner Norway; both articles are about the Tarn dairy.
    a = _ransom("a", "Hackers asked the Tarn dairy for 4 Norwegian bitcoins, worth Rs 9 lakh.", "Rs 9 lakh", 9e5,
                "Norway", "COUNTRY")
    b = _ransom("b", "The Tarn Dairy was asked for a ransom of Rs 12 lakh by hackers.", "Rs 12 lakh", 1.2e6,
                "Tarn Dairy", "COMPANY")
    [finding] = find_conflicts([a, b]).conflicts
    assert "read apart" in finding.reason
    assert finding.subject.name == "Tarn Dairy" and finding.subject.label == "COMPANY"


def test_two_values_from_one_article_are_never_a_conflict(nlp):
    both = TEXTILE_A.replace("Exporters in Tiruppur said", "Exporters in Tiruppur said textile exports grew 6% and")
    report = find_conflicts(_facts_of(nlp, {"one.txt": both}), min_confidence=0)
    assert report.conflicts == []


def test_acronyms_expanded_differently_in_unrelated_stories_are_not_a_conflict(nlp):
    police = ("Constables deployed for the Meerut fair\n\nThe Provincial Armed Constabulary (PAC) sent four "
              "companies to the Meerut fair, where crowds gathered at the temple for the festival.")
    audit = ("Auditors question the Kolkata metro contract\n\nThe Public Accounts Committee (PAC) of the state "
             "assembly asked the metro corporation for its tender papers and the auditors' notes.")
    audit_again = audit.replace("Public Accounts Committee", "Pension Appeals Council")
    assert find_conflicts(_facts_of(nlp, {"police.txt": police, "audit.txt": audit})).conflicts == []
    [conflict] = find_conflicts(_facts_of(nlp, {"audit.txt": audit, "audit2.txt": audit_again})).conflicts
    assert conflict.kind == "definition" and conflict.story == "audit.txt"


def test_cli_min_confidence_shows_the_labelled_findings(tmp_path):
    (tmp_path / "a.txt").write_text(TEXTILE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXTILE_B.replace("grew 6%", "grew 9.4%"), encoding="utf-8")
    quiet = runner.invoke(app, ["conflicts", str(tmp_path), "--format", "json", "--workers", "1"])
    shown = runner.invoke(app, ["conflicts", str(tmp_path), "--format", "json", "--workers", "1",
                                "--min-confidence", "0"])
    assert json.loads(quiet.stdout) == [] and "1 findings under --min-confidence" in quiet.stderr
    [finding] = json.loads(shown.stdout)
    assert finding["label"] == "rounding" and finding["reason"] and finding["values"][0]["evidence"]


def test_careless_spellings_of_one_body_are_one_body_and_two_names_are_two():
    from extract.conflicts import same_body

    assert same_body("Gorkha Janmukti Morcha", "Gorkhaland Jan Mukti Morcha")
    assert same_body("Board of Control for Cricket in India", "Board of Cricket Control for India")
    assert same_body("Cafe Coffee Day", "Café Coffee Day")
    assert same_body("United States Anti-Doping Agency", "US Anti-Doping Agency")
    assert not same_body("Public Accounts Committee", "Provincial Armed Constabulary")


def test_the_library_call_gives_what_the_command_gives():
    from extract.articles import article_sources
    from extract.batch import run_linked

    facts = (f for r in run_linked(lambda: article_sources([str(SAMPLES)]), workers=1) for f in r.facts)
    library = json.loads(CONFLICT_ADAPTER.dump_json(find_conflicts(facts).conflicts))
    command = runner.invoke(app, ["conflicts", str(SAMPLES), "--format", "json", "--workers", "1"])
    assert library == json.loads(command.stdout) and len(library) == 3


DAIRY_A = ("Dairy group Vallecrest collapses under its debts\n\nThe Italian dairy group Vallecrest sought "
           "protection from creditors on Monday after revealing debts of 14bn euros ($18.3bn; £9.6bn). "
           "Vallecrest's farmers and milk suppliers in Parma fear they will not be paid.")
DAIRY_B = ("Vallecrest creditors meet in Parma\n\nCreditors of the dairy group Vallecrest met in Parma, where "
           "the firm collapsed with debts of about 14bn euros ($19bn; £10bn). Vallecrest's farmers and milk "
           "suppliers are owed money, and Parma's dairy creditors want the firm sold.")


def test_a_writers_conversion_in_brackets_is_not_compared(nlp):
    facts = _facts_of(nlp, {"dairy-a.txt": DAIRY_A, "dairy-b.txt": DAIRY_B})
    converted = [f for f in facts if f.kind == "money" and f.value.currency != "EUR"]
    assert converted and all(f.qualifiers["conversion_of"] == "14bn euros" for f in converted)
    # the euros agree; $18.3bn vs $19bn is two exchange rates, not two sources disagreeing
    assert find_conflicts(facts, min_confidence=0).conflicts == []


def test_the_reconciliation_hint_comes_only_from_the_findings_own_articles(sample_facts):
    # The same 18,000 crore, moved to an article outside the finding, explains nothing.
    moved = [f.model_copy(update={"evidence": f.evidence.model_copy(update={"doc": "elsewhere/other-story.txt"})})
             if isinstance(f, MoneyFact) and f.value.amount == 1.8e11 else f for f in sample_facts]
    assert any(f.evidence.doc == "elsewhere/other-story.txt" for f in moved)
    conflict = _by_subject(find_conflicts(moved))[("National Critical Mineral Mission", "outlay")]
    assert conflict.hint is None
