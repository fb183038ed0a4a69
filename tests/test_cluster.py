"""The Dask path: a LocalCluster on loopback, started here, must give the single-process results."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from extract.batch import run
from extract.cli import app

from .conftest import SAMPLES
from .test_batch import mixed_items, snapshot

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as local:
        with distributed.Client(local, set_as_default=False) as client:
            yield local.scheduler_address, client


@pytest.fixture(scope="module")
def items():
    return mixed_items(120)


def _cli(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.slow
def test_cluster_results_equal_the_in_process_run(cluster, items, nlp):
    from extract.batch import PipelineSpec
    from extract.cluster import run_on_cluster

    address, _ = cluster
    expected = snapshot(run(items, workers=1, nlp=nlp))
    # Small partitions and a small window: many tasks, most of them submitted only as earlier ones finish.
    got = snapshot(run_on_cluster(iter(items), PipelineSpec(), address, partition_size=16, window=3))
    assert got == expected


@pytest.mark.slow
def test_each_worker_builds_the_pipeline_once(cluster, items):
    from extract.batch import PipelineSpec
    from extract.cluster import run_on_cluster, worker_builds

    address, client = cluster
    for _ in range(2):
        assert len(list(run_on_cluster(items, PipelineSpec(), client, partition_size=8))) == len(items)
    builds = client.run(worker_builds)  # {worker address: {spec: times built}}
    assert len(builds) == 2
    assert any(builds.values()), builds
    assert all(counts in ({}, {repr(PipelineSpec()): 1}) for counts in builds.values()), builds


@pytest.mark.slow
def test_cli_extract_on_the_cluster_prints_the_single_process_output(cluster):
    address, _ = cluster
    local = _cli("extract", str(SAMPLES), "--workers", "1", "--format", "jsonl")
    remote = _cli("extract", str(SAMPLES), "--scheduler", address, "--format", "jsonl")
    assert local.exit_code == remote.exit_code == 0, remote.stderr
    assert remote.stdout and remote.stdout == local.stdout


@pytest.mark.slow
def test_cli_extract_part_files_concatenate_to_the_single_process_output(cluster, tmp_path):
    address, _ = cluster
    local = _cli("extract", str(SAMPLES), "--workers", "1", "--format", "jsonl")
    out = tmp_path / "facts"
    remote = _cli("extract", str(SAMPLES), "--scheduler", address, "--output", str(out))
    assert remote.exit_code == 0, remote.stderr
    parts = sorted(out.glob("part-*.jsonl"))
    assert parts and "".join(p.read_text(encoding="utf-8") for p in parts) == local.stdout
    assert f"{local.stdout.count(chr(10))} facts" in remote.stderr
    assert not list(out.glob(".*"))  # no temporary files left behind
    again = _cli("extract", str(SAMPLES), "--scheduler", address, "--output", str(out))
    assert again.exit_code == 2 and "part files" in again.stderr


@pytest.mark.slow
def test_cli_conflicts_on_the_cluster_equal_the_single_process_report(cluster):
    address, _ = cluster
    local = _cli("conflicts", str(SAMPLES), "--workers", "1", "--format", "json")
    remote = _cli("conflicts", str(SAMPLES), "--scheduler", address, "--format", "json")
    assert local.exit_code == remote.exit_code
    assert json.loads(remote.stdout) == json.loads(local.stdout) and json.loads(local.stdout)


def test_without_dask_scheduler_exits_2_saying_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = _cli("extract", str(SAMPLES), "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2
    assert "install newsfacts[dask]" in result.stderr


def test_part_folder_needs_a_scheduler(tmp_path):
    result = _cli("extract", str(SAMPLES), "--output", str(tmp_path))
    assert result.exit_code == 2 and "--scheduler" in result.stderr
