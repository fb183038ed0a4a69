"""The wheel, installed into a fresh virtual environment, finds its packaged patterns from any directory."""

from __future__ import annotations

import json
import subprocess
import sys
import venv

import pytest

from .conftest import ROOT, SAMPLES


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_runs_on_samples(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    [wheel] = dist.glob("newsfacts-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(python), "-c", "from extract.patterns import packaged_patterns_dir as p; print(p())"],
                           cwd=elsewhere, check=True, capture_output=True, text=True).stdout.strip()
    assert "site-packages" in where and not where.startswith(str(ROOT))

    run = subprocess.run([str(env_dir / "bin" / "newsfacts"), "extract", str(SAMPLES)], cwd=elsewhere,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    facts = [json.loads(line) for line in run.stdout.splitlines()]
    assert any(f["kind"] == "money" and f["value"]["text"] == "Rs 34,300 crore" for f in facts)
    assert any(f["subject"] and f["subject"]["name"] == "National Critical Mineral Mission" for f in facts)

    # The report's templates are package data: they must reach the wheel.
    report = subprocess.run([str(env_dir / "bin" / "newsfacts"), "report", str(SAMPLES), "-o", "report.html"],
                            cwd=elsewhere, capture_output=True, text=True)
    assert report.returncode == 0, report.stderr
    assert 'class="conflict' in (elsewhere / "report.html").read_text(encoding="utf-8")
