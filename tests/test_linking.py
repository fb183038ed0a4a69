"""Corpus-wide acronym linking: defined in one article, resolved in another."""

from __future__ import annotations

from extract.articles import Article
from extract.facts import extract_facts
from extract.linking import collect_definitions
from extract.pipeline import build_pipeline

DEFINES = Article(id="a.txt", text="The Green Steel Transition Plan (GSTP) was launched on Monday.")
BARE = Article(id="b.txt", text="The GSTP has an outlay of Rs 500 crore.")
OTHER = Article(id="c.txt", text="The Green Steel Transition Plans (GSTP) will run till 2030.")
CLASH = Article(id="d.txt", text="The GSTP (Global Shipping Trade Pact) was signed.")


def test_one_expansion_is_collected():
    assert collect_definitions([DEFINES, BARE]) == {"GSTP": "Green Steel Transition Plan"}


def test_variant_expansions_still_link():
    assert collect_definitions([OTHER, DEFINES]) == {"GSTP": "Green Steel Transition Plan"}


def test_conflicting_expansions_are_not_linked():
    assert collect_definitions([DEFINES, CLASH]) == {}


def test_bare_acronym_in_another_article_gets_the_defined_name():
    nlp = build_pipeline(batch_definitions=collect_definitions([DEFINES, BARE]))
    [fact] = [f for f in extract_facts(nlp(BARE.text), BARE) if f.kind == "money"]
    assert fact.subject.name == "Green Steel Transition Plan" and fact.subject.acronym == "GSTP"
    assert fact.subject.label == "PROGRAMME" and fact.predicate == "outlay"


def test_without_the_batch_table_the_bare_acronym_is_unknown():
    nlp = build_pipeline()
    [fact] = [f for f in extract_facts(nlp(BARE.text), BARE) if f.kind == "money"]
    assert fact.subject is None or fact.subject.name != "Green Steel Transition Plan"


def test_cli_links_an_acronym_defined_in_another_file(tmp_path):
    from typer.testing import CliRunner

    from extract.cli import app
    import json

    (tmp_path / "a.txt").write_text(DEFINES.text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BARE.text, encoding="utf-8")
    runner = CliRunner()
    linked = [json.loads(line) for line in runner.invoke(app, ["extract", str(tmp_path), "--workers", "1"]).stdout.splitlines()]
    [money] = [f for f in linked if f["kind"] == "money"]
    assert money["subject"]["name"] == "Green Steel Transition Plan"
    unlinked = runner.invoke(app, ["extract", str(tmp_path), "--workers", "1", "--no-link"]).stdout.splitlines()
    # Unlinked, the acronym is only a name as written: no canonical name from the other file.
    assert [json.loads(line)["subject"]["name"] for line in unlinked if '"money"' in line] == ["GSTP"]
    # stdin is read once and used for both passes
    piped = runner.invoke(app, ["extract", "-", str(tmp_path / "a.txt"), "--workers", "1"], input=BARE.text)
    [money] = [json.loads(line) for line in piped.stdout.splitlines() if '"money"' in line]
    assert money["subject"]["name"] == "Green Steel Transition Plan"


def test_a_gazetteer_entity_keeps_its_label_and_id_when_an_article_defines_it():
    """'United States (US)' in one article must not turn every 'US' of the batch into an ORG."""
    defines = Article(id="us.txt", text="The United States (US) joined the talks.")
    bare = Article(id="bare.txt", text="The US pledged $50 million to the fund.")
    table = collect_definitions([defines, bare])
    assert table == {"US": "United States"}
    nlp = build_pipeline(batch_definitions=table)
    for article in (defines, bare):
        ents = [(e.text, e.label_, e.ent_id_) for e in nlp(article.text).ents]
        assert ("US", "COUNTRY", "United States") in ents, ents
    [fact] = [f for f in extract_facts(nlp(bare.text), bare) if f.kind == "money"]
    assert (fact.subject.name, fact.subject.label) == ("United States", "COUNTRY")


def test_piped_input_larger_than_the_spool_is_read_twice_from_disk(tmp_path, monkeypatch):
    """--link reads standard input twice; past STDIN_SPOOL_BYTES the copy lives in a temporary file."""
    import json

    from typer.testing import CliRunner

    from extract import cli

    monkeypatch.setattr(cli, "STDIN_SPOOL_BYTES", 16)
    (tmp_path / "a.txt").write_text(DEFINES.text, encoding="utf-8")
    feed = "".join(json.dumps({"id": f"bare-{i}", "text": BARE.text}) + "\n" for i in range(50))
    result = CliRunner().invoke(cli.app, ["extract", "-", str(tmp_path / "a.txt"), "--workers", "1"], input=feed)
    assert result.exit_code == 0, result.output
    money = [json.loads(line) for line in result.stdout.splitlines() if '"money"' in line]
    assert len(money) == 50 and {m["subject"]["name"] for m in money} == {"Green Steel Transition Plan"}
