"""The HTML evidence report, checked through an HTML parser: structure, escaping, data, the CLI."""

from __future__ import annotations

import json
import os
import stat
from types import SimpleNamespace

import lxml.html
import pytest
from typer.testing import CliRunner

from extract.articles import Article, read_articles
from extract.cli import app
from extract.conflicts import find_conflicts
from extract.facts import facts_from_articles
from extract.report import OPEN_ALL_UP_TO, build_report, render_report, write_report

from .conftest import SAMPLES

HOSTILE = ('<script>document.body.setAttribute("data-pwned", "1")</script>'
           '</script><img src=x onerror="document.body.setAttribute(\'data-pwned\', \'2\')">')


def hostile_articles() -> list[Article]:
    """Two articles that disagree on a figure; one carries markup meant to run in the reader's browser."""
    return [
        Article(id="drains-a.txt", text=(
            "Coastal Drainage Mission gets funds\n\n"
            f"The Coastal Drainage Mission has an outlay of Rs 4,000 crore, says a note headed {HOSTILE} on Monday.\n")),
        Article(id="drains-b.txt", text=(
            "Drainage plan approved\n\n"
            "The Coastal Drainage Mission has an outlay of Rs 5,500 crore, the ministry said on Monday.\n")),
    ]


def facts_of(nlp, articles: list[Article]) -> list:
    return [fact for _, facts in facts_from_articles(nlp, articles) for fact in facts]


def parse(html: str):
    return lxml.html.document_fromstring(html)


def embedded(doc) -> dict:
    [script] = doc.xpath('//script[@id="nf-data"]')
    return json.loads(script.text)


@pytest.fixture(scope="module")
def sample_articles() -> list[Article]:
    return [a for a in read_articles([str(SAMPLES)]) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def sample_report(sample_facts, sample_articles):
    found = find_conflicts(sample_facts)
    return found, parse(render_report(sample_facts, sample_articles, found))


def test_every_conflict_is_shown_strongest_first(sample_report):
    found, doc = sample_report
    cards = doc.xpath('//section[@id="conflicts"]/article[contains(@class, "conflict")]')
    assert len(cards) == len(found.conflicts) >= 2
    ranks = {"high": 0, "medium": 1, "low": 2, "unknown": 3}
    levels = [next(c for c in card.get("class").split() if c.startswith("level-"))[6:] for card in cards]
    assert [ranks[lv] for lv in levels] == sorted(ranks[lv] for lv in levels)
    subjects = {card.xpath('.//span[@class="subject"]')[0].text_content() for card in cards}
    assert subjects == {c.subject.name for c in found.conflicts if c.subject}


def test_each_value_lists_its_articles_and_marks_the_figure_in_each_sentence(sample_report):
    found, doc = sample_report
    by_subject = {(c.subject.name, c.predicate): c for c in found.conflicts}
    for card in doc.xpath('//article[contains(@class, "conflict")]'):
        subject = card.xpath('.//span[@class="subject"]')[0].text_content()
        predicate = card.xpath('.//span[@class="measure"]')[0].text_content()
        conflict = by_subject[(subject, predicate)]
        values = card.xpath('.//div[contains(concat(" ", @class, " "), " value ")]')
        assert [v.xpath('./p[@class="display"]')[0].text_content() for v in values] == [v.display for v in conflict.values]
        for node, value in zip(values, conflict.values):
            linked = [a.text_content() for a in node.xpath('./p[@class="sources"]/a')]
            assert linked == value.articles
            items = node.xpath('.//li[@class="evidence"]')
            assert len(items) == len(value.evidence)
            for item, evidence in zip(items, value.evidence):
                [mark] = item.xpath('.//mark[@class="fig"]')
                assert " ".join(mark.text_content().split()) == " ".join(evidence.sentence[
                    evidence.start - evidence.sentence_start:evidence.end - evidence.sentence_start].split())
                assert item.xpath('.//time')[0].text_content() == (evidence.published.isoformat()
                                                                   if evidence.published else "undated")


def test_the_hint_and_severity_are_shown(sample_report):
    found, doc = sample_report
    hinted = [c for c in found.conflicts if c.hint]
    assert hinted, "the samples carry a reconciliation hint"
    hints = [p.text_content() for p in doc.xpath('//p[@class="hint"]')]
    assert sorted(hints) == sorted(c.hint for c in hinted)
    badges = {b.text_content() for b in doc.xpath('//span[contains(@class, "badge")]')}
    assert badges <= {"high", "medium", "low", "unknown", "needs reference date"}


def test_article_links_point_at_the_embedded_article(sample_report):
    _, doc = sample_report
    docs = [a["doc"] for a in embedded(doc)["articles"]]
    links = doc.xpath('//section[@id="conflicts"]//a[@class="doc"]')
    assert links
    for link in links:
        target = link.get("href").lstrip("#").split("@")[0]
        assert docs[int(target[1:])] == link.text_content()


def test_embedded_articles_carry_full_text_and_every_fact_at_its_offsets(sample_report, sample_facts, sample_articles):
    _, doc = sample_report
    data = embedded(doc)
    assert [a["doc"] for a in data["articles"]] == [a.id for a in sample_articles]
    assert data["openAll"] is (len(sample_articles) <= OPEN_ALL_UP_TO)
    assert sum(len(a["facts"]) for a in data["articles"]) == len(sample_facts)
    for article, source in zip(data["articles"], sample_articles):
        assert article["full"] and article["segments"] == [[0, source.text]]
        for fact in article["facts"]:
            if fact["k"] in ("money", "percent"):
                assert source.text[fact["b"]:fact["e"]] == fact["v"]


def test_counts_and_filter_options_follow_the_facts(sample_report, sample_facts, sample_articles):
    _, doc = sample_report
    kinds = sorted({f.kind for f in sample_facts})
    assert [o.get("value") for o in doc.xpath('//select[@id="kind"]/option')] == ["", *kinds]
    assert doc.xpath('//span[@data-count="facts"]')[0].text_content() == f"{len(sample_facts)} facts"
    assert doc.xpath('//span[@data-count="articles"]')[0].text_content() == f"{len(sample_articles)} articles"
    for kind in kinds:
        count = doc.xpath(f'//span[@data-kind-count="{kind}"]')[0].text_content()
        assert count == f"{kind} {sum(f.kind == kind for f in sample_facts)}"


def test_the_page_is_self_contained(sample_report):
    _, doc = sample_report
    assert not doc.xpath('//link[@rel="stylesheet"] | //script[@src] | //img[@src]')
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]')[0].get("content")
    assert "default-src 'none'" in csp
    assert doc.xpath('//meta[@name="viewport"]')


def test_markup_in_an_article_is_shown_as_text(nlp):
    articles = hostile_articles()
    facts = facts_of(nlp, articles)
    html = render_report(facts, articles)
    doc = parse(html)
    assert len(doc.xpath("//script")) == 2  # the data block and the page's own script, nothing injected
    assert not doc.xpath("//img")
    [card] = doc.xpath('//article[contains(@class, "conflict")]')
    quoted = " ".join(q.text_content() for q in card.xpath('.//q'))
    assert '<script>document.body.setAttribute("data-pwned", "1")</script>' in quoted
    texts = [a["segments"][0][1] for a in embedded(doc)["articles"]]
    assert texts == [a.text for a in articles]


def test_facts_without_articles_show_their_sentences(sample_facts):
    doc = parse(render_report(sample_facts))
    data = embedded(doc)
    assert data["articles"] and not any(a["full"] for a in data["articles"])
    for article in data["articles"]:
        starts = [start for start, _ in article["segments"]]
        assert starts == sorted(set(starts))
        for fact in article["facts"]:
            assert any(start <= fact["b"] and fact["e"] <= start + len(text) for start, text in article["segments"])


def test_fields_of_richer_conflict_records_are_shown_and_confidence_orders_them(sample_facts):
    found = find_conflicts(sample_facts)
    real = [c for c in found.conflicts if c.status == "conflict" and c.severity.level == "high"]
    assert len(real) >= 2
    richer = [c.model_copy(update={"confidence": conf, "label": "conflict", "story": f"story {n}"})
              for n, (c, conf) in enumerate(zip(real, [0.2, 0.9]))]
    doc = parse(render_report(sample_facts, conflict_report=SimpleNamespace(conflicts=richer, groups_compared=2)))
    cards = doc.xpath('//article[contains(@class, "conflict")]')
    fields = [{s.get("data-field"): s.text_content() for s in card.xpath('.//span[@class="extra"]')} for card in cards]
    assert fields == [{"label": "label: conflict", "confidence": "confidence: 0.9", "story": "story: story 1"},
                      {"label": "label: conflict", "confidence": "confidence: 0.2", "story": "story: story 0"}]


def test_build_report_is_plain_data(sample_facts):
    context = build_report(sample_facts)
    json.dumps(context)  # everything a renderer needs, nothing that only Python can read


def test_write_report_is_atomic_and_readable_by_others(tmp_path, sample_facts):
    target = write_report(tmp_path / "report.html", sample_facts)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_cli_report_from_articles_and_from_piped_facts(tmp_path):
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(SAMPLES), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    from_articles = parse(out.read_text(encoding="utf-8"))
    facts = runner.invoke(app, ["extract", str(SAMPLES), "--format", "jsonl", "--workers", "1", "--quiet"])
    assert facts.exit_code == 0
    piped = runner.invoke(app, ["report", "-", "--quiet"], input=facts.stdout)
    assert piped.exit_code == 0
    from_facts = parse(piped.stdout)
    cards = '//article[contains(@class, "conflict")]//span[@class="subject"]'
    assert [n.text_content() for n in from_facts.xpath(cards)] == [n.text_content() for n in from_articles.xpath(cards)]
    assert embedded(from_facts)["articles"][0]["full"] is False


def test_cli_report_with_no_input_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "no input" in result.output
    assert not (tmp_path / "r.html").exists()


def test_inputs_that_could_not_be_read_are_listed_and_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "note.txt").write_text("The Harbour Fund has an outlay of Rs 90 crore.\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(tmp_path), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1
    doc = parse(out.read_text(encoding="utf-8"))
    assert [li.text_content() for li in doc.xpath('//section[@id="failures"]//li')] == ["empty.txt: empty article"]
    assert [a["doc"] for a in embedded(doc)["articles"]] == ["note.txt"]
