"""The command line, driven with Typer's CliRunner on samples/: exact values, formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.records import FACT_ADAPTER

from .conftest import ROOT, SAMPLES

runner = CliRunner()
EXPECTED = json.loads((ROOT / "tests" / "data" / "sample_facts.json").read_text(encoding="utf-8"))


def _sample_texts() -> dict[str, str]:
    texts = {}
    for path in sorted(SAMPLES.iterdir()):
        raw = path.read_bytes().decode("utf-8")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                obj = json.loads(line)
                texts[obj["id"]] = obj["text"]
        else:
            texts[path.name] = raw
    return texts


@pytest.fixture(scope="module")
def extracted():
    result = runner.invoke(app, ["extract", str(SAMPLES)])
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def facts(extracted):
    return [json.loads(line) for line in extracted.stdout.splitlines()]


def test_jsonl_when_not_a_terminal_and_summary_on_stderr(extracted):
    assert all(line.startswith("{") for line in extracted.stdout.splitlines())
    assert "10 articles read" in extracted.stderr and "0 failed" in extracted.stderr


def test_every_line_validates_against_the_published_schema(extracted):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    for line in extracted.stdout.splitlines():
        jsonschema.validate(json.loads(line), schema)
        FACT_ADAPTER.validate_json(line)


def test_evidence_offsets_point_into_the_original_text(facts):
    texts = _sample_texts()
    for fact in facts:
        ev = fact["evidence"]
        text = texts[ev["doc"]]
        if fact["kind"] in ("money", "percent"):
            assert text[ev["start"]:ev["end"]] == fact["value"]["text"]
        assert text[ev["sentence_start"]:ev["sentence_start"] + len(ev["sentence"])] == ev["sentence"]
        assert ev["sentence_start"] <= ev["start"] < ev["end"]


@pytest.mark.parametrize("case", EXPECTED, ids=[f"{c['doc']}:{c['text']}" for c in EXPECTED])
def test_every_sample_figure_is_found_with_its_exact_value(facts, case):
    found = [f for f in facts if f["kind"] in ("money", "percent") and f["evidence"]["doc"] == case["doc"]
             and f["value"]["text"] == case["text"]]
    assert found, f"{case['text']} not found in {case['doc']}"
    value = found[0]["value"]
    assert value["amount"] == pytest.approx(case["amount"])
    assert value.get("currency") == case["currency"]


def test_no_figures_beyond_the_expected_table(facts):
    figures = sorted((f["evidence"]["doc"], f["value"]["text"]) for f in facts if f["kind"] in ("money", "percent"))
    assert figures == sorted((c["doc"], c["text"]) for c in EXPECTED)


def test_boilerplate_and_datelines_give_no_facts(facts):
    for fact in facts:
        assert "Story continues below" not in fact["evidence"]["sentence"]
        assert not fact["evidence"]["sentence"].startswith(("Last Updated", "Topics"))


def test_published_dates_come_from_the_articles_own_lines(facts):
    published = {f["evidence"]["doc"]: f["evidence"]["published"] for f in facts}
    assert published["ncmm-cabinet-approval.txt"] == "2025-01-29"
    assert published["ncmm-explainer.md"] == "2025-02-17"
    assert published["us-grants.txt"] == "2025-02-14"
    assert published["mining-ministry-brief.txt"] == "2025-02-14"
    assert published["wire-pharma-2025-02-19"] == "2025-02-19"


def test_ids_are_stable_across_runs(extracted):
    again = runner.invoke(app, ["extract", str(SAMPLES)])
    assert again.stdout == extracted.stdout


def test_stdin_dash():
    result = runner.invoke(app, ["extract", "-"], input="Headline\nThe mission has an outlay of Rs 16,300 crore.\n")
    assert result.exit_code == 0
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    assert fact["value"]["amount"] == 163000000000.0 and fact["evidence"]["doc"] == "<stdin>"


def test_csv_format_has_a_header_and_one_row_per_fact(facts):
    result = runner.invoke(app, ["extract", str(SAMPLES), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(facts)
    row = next(r for r in rows if r["text"] == "Rs 34,300 crore")
    assert row["currency"] == "INR" and float(row["amount"]) == 343000000000.0 and row["doc"] == "ncmm-explainer.md"


def test_json_format_is_one_array(facts):
    result = runner.invoke(app, ["extract", str(SAMPLES), "--format", "json"])
    assert json.loads(result.stdout) == facts


def test_output_file_is_written_atomically(tmp_path, facts):
    target = tmp_path / "facts.csv"
    result = runner.invoke(app, ["extract", str(SAMPLES), "--output", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("id,kind,doc")
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


def test_output_to_a_pipe_is_written_in_place_not_renamed_over(tmp_path):
    # "--output /dev/null" once renamed a regular file over the device: a pipe stands in for it here.
    import os
    import stat
    import threading

    fifo = tmp_path / "facts.pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = runner.invoke(app, ["extract", str(SAMPLES / "us-grants.txt"), "--format", "jsonl", "--output", str(fifo)])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert any('"$125 million"' in line or "125000000" in line for line in received[0].splitlines())
    assert [p.name for p in tmp_path.iterdir()] == ["facts.pipe"]


def test_missing_input_exits_1_names_the_file_and_processes_the_rest(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), str(SAMPLES / "us-grants.txt")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "nope.txt" in errors[0] and "no such file" in errors[0]
    assert any("$125 million" in line for line in result.stdout.splitlines())


def test_no_input_at_all_exits_2(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "no input" in result.stderr


def test_malformed_pattern_file_exits_2_naming_file_and_line(tmp_path):
    (tmp_path / "mine.jsonl").write_text('{"label": "ORG", "pattern": "acme"}\n{"label": "ORG"\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(SAMPLES / "us-grants.txt"), "--patterns", str(tmp_path)])
    assert result.exit_code == 2
    assert "mine.jsonl:2" in result.stderr and result.stdout == ""


def test_user_patterns_extend_the_gazetteer(tmp_path):
    (tmp_path / "mine.jsonl").write_text(
        json.dumps({"label": "PROGRAMME", "pattern": "zinc futures fund", "id": "Zinc Futures Fund"}) + "\n",
        encoding="utf-8")
    result = runner.invoke(app, ["extract", "-", "--patterns", str(tmp_path)],
                           input="The Zinc Futures Fund has an outlay of Rs 900 crore.\n")
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    assert fact["subject"]["name"] == "Zinc Futures Fund" and fact["predicate"] == "outlay"


def test_date_option_fills_undated_input():
    result = runner.invoke(app, ["extract", "-", "--date", "2025-03-01"], input="It spent Rs 5 crore last year.\n")
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    assert fact["evidence"]["published"] == "2025-03-01" and fact["qualifiers"]["year"] == "2024"


def test_schema_is_a_json_schema_with_every_kind():
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    kinds = set(schema["discriminator"]["mapping"])
    assert {"money", "percent", "definition", "membership", "ranking", "usage", "quote"} <= kinds


def test_version_and_short_help():
    assert runner.invoke(app, ["--version"]).stdout.startswith("newsfacts ")
    assert "extract" in runner.invoke(app, ["-h"]).stdout


def test_help_does_not_import_spacy():
    code = ("import sys; from extract.cli import main; sys.argv=['newsfacts','--help']\n"
            "try: main()\nexcept SystemExit: pass\nassert 'spacy' not in sys.modules, 'spacy imported'")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_python_dash_m_extract_help():
    proc = subprocess.run([sys.executable, "-m", "extract", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "conflicts" in proc.stdout


def test_every_command_has_help_and_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0 and len(command.callback.__doc__ or "") > 20, name
        assert f"newsfacts {name}" in readme, f"README does not show 'newsfacts {name}'"


def test_conflicts_counts_a_finding_that_awaits_a_reference_date(tmp_path):
    # one dated article, one undated with a relative date: listed as a conflict, counted apart
    (tmp_path / "a.txt").write_text("Minerals pact widens\n\nNew Delhi, March 3, 2025: India joined the Minerals "
                                    "Security Finance Network in 2023, officials said on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Minerals pact widens\n\nIndia joined the Minerals Security Finance Network in "
                                    "September last year, officials said.\n", encoding="utf-8")
    result = runner.invoke(app, ["conflicts", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json"])
    findings = json.loads(result.stdout)
    assert [(f["status"], f["label"]) for f in findings] == [("needs_reference_date", "conflict")]
    assert ("1 groups compared, 0 conflicts, 1 awaiting a reference date, 0 findings under --min-confidence"
            in result.stderr)
