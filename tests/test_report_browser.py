"""The report for samples/ opened in headless Chromium: every conflict and every figure is drawn, no script error.

Skipped, with a message, where no Chromium is installed (``apt-get install chromium``);
``.ci/run`` installs it in CI.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.report import write_report

from .browser import Browser, find_chromium
from .conftest import SAMPLES
from .test_report import facts_of, hostile_articles

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(find_chromium() is None,
                       reason="chromium is not installed (apt-get install chromium): browser test skipped"),
]

# What the page shows, read from its live DOM once the script has run.
DOM_STATE = """(() => {
  const data = JSON.parse(document.getElementById('nf-data').textContent);
  const marks = [...document.querySelectorAll('#articles mark.fact')];
  const textOf = id => marks.filter(m => m.dataset.facts.split(' ').includes(id)).map(m => m.textContent).join('');
  return {
    ready: document.documentElement.dataset.ready || null,
    conflicts: [...document.querySelectorAll('#conflicts article.conflict')].map(c => ({
      subject: c.querySelector('.subject').textContent,
      predicate: c.querySelector('.measure').textContent,
      values: [...c.querySelectorAll('.value .display')].map(d => d.textContent),
      figures: [...c.querySelectorAll('li.evidence mark.fig')].map(m => m.textContent),
      evidence: c.querySelectorAll('li.evidence').length,
      shown: c.getBoundingClientRect().height > 0,
    })),
    facts: data.articles.flatMap(a => a.facts.map(f => ({id: f.id, kind: f.k, value: f.v, drawn: textOf(f.id)}))),
    articlesDrawn: document.querySelectorAll('#articles details.article[open] .article-text').length,
    articles: data.articles.length,
  };
})()"""


@pytest.fixture(scope="module")
def samples_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    out = folder / "report.html"
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(SAMPLES), "-o", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["conflicts", str(SAMPLES), "--format", "json", "--workers", "1", "--quiet"])
    return out, json.loads(listed.stdout)


def test_samples_report_draws_every_conflict_and_figure_without_errors(samples_report, tmp_path):
    report, expected = samples_report
    with Browser(width=1280, height=900) as browser:
        browser.open(report.as_uri())
        shot = browser.screenshot(tmp_path / "report.png")
        state = browser.evaluate(DOM_STATE)
        errors = list(browser.errors)
    assert errors == []
    assert state["ready"] == "1"
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000  # a blank page compresses to a few kB

    assert len(state["conflicts"]) == len(expected)
    shown = {(c["subject"], c["predicate"]): c for c in state["conflicts"]}
    for conflict in expected:
        drawn = shown[(conflict["subject"]["name"], conflict["predicate"])]
        assert drawn["shown"]
        assert drawn["values"] == [v["display"] for v in conflict["values"]]
        assert drawn["evidence"] == len(drawn["figures"]) == sum(len(v["evidence"]) for v in conflict["values"])

    assert state["articlesDrawn"] == state["articles"]  # a small batch opens every article
    assert state["facts"]
    for fact in state["facts"]:
        assert fact["drawn"], f"fact {fact['id']} is not highlighted"
        if fact["kind"] in ("money", "percent"):
            assert fact["drawn"] == fact["value"]


def test_filter_and_record_panel_work(samples_report):
    report, expected = samples_report
    subject = expected[0]["subject"]["name"]
    with Browser() as browser:
        browser.open(report.as_uri())
        visible = browser.evaluate(f"""new Promise(done => {{
          const box = document.getElementById('filter');
          box.value = {json.dumps(subject.lower())};
          box.dispatchEvent(new Event('input'));
          setTimeout(() => done([...document.querySelectorAll('#conflicts article.conflict')]
            .filter(c => !c.classList.contains('hidden')).map(c => c.querySelector('.subject').textContent)), 400);
        }})""")
        record = browser.evaluate("""(() => {
          const mark = document.querySelector('#articles mark.fact');
          mark.click();
          const panel = document.getElementById('record');
          return {hidden: panel.hidden, text: panel.textContent};
        })()""")
        errors = list(browser.errors)
    assert errors == []
    assert visible and set(visible) == {subject}
    assert not record["hidden"] and "predicate" in record["text"] and "kind" in record["text"]


def test_markup_in_an_article_stays_text_in_the_browser(nlp, tmp_path):
    articles = hostile_articles()
    report = write_report(tmp_path / "hostile.html", facts_of(nlp, articles), articles)
    with Browser() as browser:
        browser.open(report.as_uri())
        state = browser.evaluate("""({
          pwned: document.body.dataset.pwned || null,
          images: document.images.length,
          texts: [...document.querySelectorAll('.article-text')].map(t => t.textContent),
          quoted: [...document.querySelectorAll('#conflicts q')].map(q => q.textContent).join(' '),
        })""")
        errors = list(browser.errors)
    assert errors == []
    assert state["pwned"] is None and state["images"] == 0
    assert state["texts"] == [a.text for a in articles]
    assert "<script>" in state["quoted"]


def test_fits_a_phone_and_prints_without_the_controls(samples_report):
    report, _ = samples_report
    with Browser(width=390, height=844) as browser:
        browser.call("Emulation.setDeviceMetricsOverride", session=True, width=390, height=844,
                     deviceScaleFactor=2, mobile=True)
        browser.open(report.as_uri())
        sideways = browser.evaluate("document.documentElement.scrollWidth")
        browser.call("Emulation.setEmulatedMedia", session=True, media="print")
        printed = browser.evaluate("""[...document.querySelectorAll('.filters, .pager, #record')]
          .map(node => getComputedStyle(node).display)""")
        pdf = browser.call("Page.printToPDF", session=True)["data"]
        errors = list(browser.errors)
    assert errors == []
    assert sideways <= 390
    assert printed and set(printed) == {"none"}
    assert len(pdf) > 10_000
